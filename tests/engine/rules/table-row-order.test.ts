import { expect, it } from "vitest";
import { CLEAN, ROWS, variant } from "../fixtures";
import { ruleFindings, ruleTester, withCrlf, type InvalidCase } from "../rule-tester";

const swapped: InvalidCase = {
  name: "two rows swapped: reported on the first row out of order",
  text: variant(CLEAN, [`${ROWS.sanFrancisco}\n${ROWS.newYork}`, `${ROWS.newYork}\n${ROWS.sanFrancisco}`]),
  findings: [
    { line: 55, column: 1, endLine: 55, endColumn: 65, message: "The table lists San Francisco after New York; the frontmatter has the opposite order." },
  ],
  output: CLEAN,
};

ruleTester("table-row-order", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    { name: "a missing row does not make the others out of order", text: variant(CLEAN, [`${ROWS.newYork}\n`, ""]) },
  ],
  invalid: [
    swapped,
    withCrlf(swapped),
    {
      // Found by the safe-fix invariant's property test: reordering put the copy (€1K… here $1K)
      // first, the next pass took it for New York's row and restated it, losing its figure.
      name: "out of order with a second row for a region: reordering is a suggestion",
      text: variant(CLEAN, [`${ROWS.sanFrancisco}\n${ROWS.newYork}`, `${ROWS.newYork}\n${ROWS.newYork.replace("$190K", "$1K")}\n${ROWS.sanFrancisco}`]),
      findings: [
        { line: 56, column: 1, endLine: 56, endColumn: 65, message: "The table lists San Francisco after New York; the frontmatter has the opposite order." },
      ],
      output: null,
      suggestions: [
        {
          title: "Reorder the table's rows as in the frontmatter",
          output: variant(CLEAN, [`${ROWS.sanFrancisco}\n${ROWS.newYork}`, `${ROWS.sanFrancisco}\n${ROWS.newYork.replace("$190K", "$1K")}\n${ROWS.newYork}`]),
        },
      ],
    },
    {
      name: "the last row first",
      text: variant(CLEAN, [`${ROWS.sanFrancisco}\n${ROWS.newYork}\n${ROWS.london}`, `${ROWS.london}\n${ROWS.sanFrancisco}\n${ROWS.newYork}`]),
      findings: [
        { line: 55, column: 1, endLine: 55, endColumn: 65, message: "The table lists San Francisco after London; the frontmatter has the opposite order." },
      ],
      output: CLEAN,
    },
    {
      name: "out of order with a row that names no region: the row is no region's copy, so reordering stays safe",
      text: variant(CLEAN, [`${ROWS.sanFrancisco}\n${ROWS.newYork}`, `${ROWS.newYork}\n${ROWS.sanFrancisco}\n${ROWS.london.replace("| London |", "| |")}`]),
      findings: [
        { line: 55, column: 1, endLine: 55, endColumn: 65, message: "The table lists San Francisco after New York; the frontmatter has the opposite order." },
      ],
      output: variant(CLEAN, [ROWS.newYork, `${ROWS.newYork}\n${ROWS.london.replace("| London |", "| |")}`]),
    },
    {
      name: "reversed, with the cells kept as written",
      text: variant(CLEAN, [
        `${ROWS.sanFrancisco}\n${ROWS.newYork}\n${ROWS.london}`,
        `${ROWS.london}\n${ROWS.newYork.replace("5%", "5 %")}\n${ROWS.sanFrancisco}`,
      ]),
      findings: [
        { line: 55, column: 1, endLine: 55, endColumn: 61, message: "The table lists New York after London; the frontmatter has the opposite order." },
      ],
      output: variant(CLEAN, [ROWS.newYork, ROWS.newYork.replace("5%", "5 %")]),
    },
  ],
});

it("table-row-order edits only the rows that move (the middle row of three reversed stays as it is)", () => {
  const text = variant(CLEAN, [`${ROWS.sanFrancisco}\n${ROWS.newYork}\n${ROWS.london}`, `${ROWS.london}\n${ROWS.newYork}\n${ROWS.sanFrancisco}`]);
  const [finding] = ruleFindings("table-row-order", text);
  expect(finding!.fixes.map((fix) => fix.edits.map((edit) => edit.newText))).toEqual([[ROWS.sanFrancisco, ROWS.london]]);
});
