import { CLEAN, removeLine, ROWS, SMALL, variant } from "../fixtures";
import { ruleTester, withCrlf, type InvalidCase } from "../rule-tester";

const newYorkMissing: InvalidCase = {
  name: "a middle row missing: added after the previous region's row",
  text: removeLine(CLEAN, ROWS.newYork),
  findings: [{ line: 52, column: 1, endLine: 52, endColumn: 64, message: "The table has no row for New York." }],
  output: CLEAN,
};

ruleTester("table-row-missing", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    { name: "a row whose region is bold and differently spaced", text: variant(CLEAN, ["| New York |", "| **New  York** |"]) },
    { name: "an entry still being typed (- region: Tokyo) wants no row yet: missing-key is its one finding", text: variant(SMALL, ["level_mapping:", "  - region: Tokyo\nlevel_mapping:"]) },
    { name: "a duplicated region wants no second row (duplicate-region reports it)", text: variant(CLEAN, ["  - region: New York", "  - region: San Francisco"], [`${ROWS.newYork}\n`, ""]) },
  ],
  invalid: [
    newYorkMissing,
    withCrlf(newYorkMissing),
    {
      name: "the first row missing: added after the delimiter row",
      text: removeLine(CLEAN, ROWS.sanFrancisco),
      findings: [{ line: 52, column: 1, endLine: 52, endColumn: 64, message: "no row for San Francisco" }],
      output: CLEAN,
    },
    {
      name: "the last row missing",
      text: removeLine(CLEAN, ROWS.london),
      findings: [{ line: 52, column: 1, endLine: 52, endColumn: 64, message: "no row for London" }],
      output: CLEAN,
    },
    {
      name: "every row missing: added one pass after another, in order",
      text: removeLine(removeLine(removeLine(CLEAN, ROWS.sanFrancisco), ROWS.newYork), ROWS.london),
      findings: [
        { line: 52, column: 1, endLine: 52, endColumn: 64, message: "San Francisco" },
        { line: 52, column: 1, endLine: 52, endColumn: 64, message: "New York" },
        { line: 52, column: 1, endLine: 52, endColumn: 64, message: "London" },
      ],
      output: CLEAN,
    },
  ],
});
