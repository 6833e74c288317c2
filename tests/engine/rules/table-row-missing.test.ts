import { CLEAN, crlf, REMOTE, REMOTE_ROW, removeLine, ROWS, SMALL, variant } from "../fixtures";
import { ruleTester, withCrlf, type InvalidCase } from "../rule-tester";

const newYorkMissing: InvalidCase = {
  name: "a middle row missing: added after the previous region's row",
  text: removeLine(CLEAN, ROWS.newYork),
  findings: [{ line: 52, column: 1, endLine: 52, endColumn: 64, message: "The table has no row for New York." }],
  output: CLEAN,
};

/** CLEAN with London's region written as an alias of role_display, and its row with a typo. */
const ALIAS = variant(
  CLEAN,
  ["role_display: ML/AI Engineer", "role_display: &role ML/AI Engineer"],
  ["  - region: London", "  - region: *role"],
  ["| London |", "| ML/AI Enginer |"],
);

/** CLEAN with San Francisco's row renamed `written`, and what each suggestion gives. */
function renamed(written: string, columns: [number, number], name: string): InvalidCase {
  const text = variant(CLEAN, ["| San Francisco |", `| ${written} |`]);
  return {
    name,
    text,
    findings: [
      {
        line: 54,
        column: columns[0],
        endLine: 54,
        endColumn: columns[1],
        message: `The table has no row for San Francisco; is '${written}' its row? Rows are matched to regions by name.`,
      },
    ],
    output: null,
    suggestions: [
      { title: `Rename the row '${written}' to San Francisco`, output: CLEAN },
      { title: `Rename San Francisco to '${written}' in the frontmatter`, output: variant(text, ["  - region: San Francisco", `  - region: "${written}"`]) },
      { title: "Add the row for San Francisco from the frontmatter", output: variant(text, [`| ${written} |`, `${ROWS.sanFrancisco}\n| ${written} |`]) },
    ],
  };
}
const initials = renamed("SF", [3, 5], "a row named by the region's initials (SF): no second row is added, renaming is a suggestion (regression)");
const longer = renamed("San Francisco (Bay Area)", [3, 27], "a row whose region says more (San Francisco (Bay Area)): no second row is added (regression)");
const nyc = (() => {
  const text = variant(CLEAN, ["| New York |", "| NYC |"]);
  const testCase: InvalidCase = {
    name: "NYC for New York (regression: a second New York row was added)",
    text,
    findings: [
      { line: 55, column: 3, endLine: 55, endColumn: 6, message: "The table has no row for New York; is 'NYC' its row? Rows are matched to regions by name." },
    ],
    output: null,
    suggestions: [
      { title: "Rename the row 'NYC' to New York", output: CLEAN },
      { title: "Rename New York to 'NYC' in the frontmatter", output: variant(text, ["  - region: New York", '  - region: "NYC"']) },
      { title: "Add the row for New York from the frontmatter", output: variant(text, ["| NYC |", `${ROWS.newYork}\n| NYC |`]) },
    ],
  };
  return testCase;
})();
const marked = renamed("(*) San Francisco", [3, 20], "a row whose region carries a mark of the author's: no second row is added");
const typo = renamed("San Fransisco", [3, 16], "a row whose region has a typo: no second row is added");

ruleTester("table-row-missing", {
  valid: [
    {
      name: "a row written in NFD for a region in NFC (regression: a second row was added)",
      text: variant(CLEAN, ["  - region: London", "  - region: Zürich"], ["| London |", "| Zu\u0308rich |"]),
    },
    { name: "the clean seed", text: CLEAN },
    { name: "a row whose region is bold and differently spaced", text: variant(CLEAN, ["| New York |", "| **New  York** |"]) },
    // Cells are GFM inline text: what the region renders to is what counts (regressions).
    { name: "a region with an escaped pipe (`Remote (US\\|Canada)`)", text: REMOTE },
    { name: "the same, CRLF", text: crlf(REMOTE) },
    { name: "a region in emphasis (`*London*`)", text: variant(CLEAN, ["| London |", "| *London* |"]) },
    {
      name: "a region in underscores, a code span, a link, with an entity",
      text: variant(
        CLEAN,
        ["| London |", "| _London_ |"],
        ["| New York |", "| `New York` |"],
        ["| San Francisco |", "| [San&#32;Francisco](https://en.wikipedia.org/wiki/San_Francisco) |"],
      ),
    },
    {
      name: "an entry still being typed (- region: Tokyo) wants no row yet: missing-key is its one finding",
      text: variant(SMALL, ["level_mapping:", "  - region: Tokyo\nlevel_mapping:"]),
    },
    { name: "no table: table-missing's finding", text: CLEAN.slice(0, CLEAN.indexOf("| Region")) },
    {
      name: "an entry still being typed with a row that looks like its region: no guess yet",
      text: variant(CLEAN, ["level_mapping:", "  - region: Tokyo\nlevel_mapping:"], [ROWS.london, `${ROWS.london}\n${ROWS.london.replace("London", "Tokio")}`]),
    },
    {
      name: "a duplicated region wants no second row (duplicate-region reports it)",
      text: variant(CLEAN, ["  - region: New York", "  - region: San Francisco"], [`${ROWS.newYork}\n`, ""]),
    },
  ],
  invalid: [
    {
      name: "a row named '..' is no renamed one-word region: the row is added (regression: '..' was read as London's initials)",
      text: variant(CLEAN, ["| London |", "| .. |"]),
      findings: [{ line: 52, column: 1, endLine: 52, endColumn: 64, message: "The table has no row for London." }],
      output: variant(CLEAN, ["| London |", "| .. |"], [ROWS.newYork, `${ROWS.newYork}\n${ROWS.london}`]),
    },
    newYorkMissing,
    withCrlf(newYorkMissing),
    {
      name: "a renamed row for a region written as an alias: the frontmatter is not renamed (the anchor is another key's)",
      text: ALIAS,
      findings: [
        {
          line: 56,
          column: 3,
          endLine: 56,
          endColumn: 16,
          message: "The table has no row for ML/AI Engineer; is 'ML/AI Enginer' its row? Rows are matched to regions by name.",
        },
      ],
      output: null,
      suggestions: [
        {
          title: "Rename the row 'ML/AI Enginer' to ML/AI Engineer",
          output: variant(ALIAS, ["| ML/AI Enginer |", "| ML/AI Engineer |"]),
        },
        {
          title: "Add the row for ML/AI Engineer from the frontmatter",
          output: variant(ALIAS, [ROWS.newYork, `${ROWS.newYork}\n${ROWS.london.replace("London", "ML/AI Engineer")}`]),
        },
      ],
    },
    initials,
    withCrlf(initials),
    longer,
    withCrlf(longer),
    typo,
    withCrlf(typo),
    marked,
    nyc,
    ...[false, true].map((useCrlf) => {
      const testCase: InvalidCase = {
        name: "a region with a pipe: the added row writes it `\\|`, so the cell is not split (regression)",
        text: removeLine(REMOTE, REMOTE_ROW),
        findings: [{ line: 52, column: 1, endLine: 52, endColumn: 64, message: "The table has no row for Remote (US|Canada)." }],
        output: REMOTE,
      };
      return useCrlf ? withCrlf(testCase) : testCase;
    }),
    {
      name: "the first row missing: added after the delimiter row",
      text: removeLine(CLEAN, ROWS.sanFrancisco),
      findings: [{ line: 52, column: 1, endLine: 52, endColumn: 64, message: "The table has no row for San Francisco." }],
      output: CLEAN,
    },
    {
      name: "the last row missing",
      text: removeLine(CLEAN, ROWS.london),
      findings: [{ line: 52, column: 1, endLine: 52, endColumn: 64, message: "The table has no row for London." }],
      output: CLEAN,
    },
    {
      name: "every row missing: added one pass after another, in order",
      text: removeLine(removeLine(removeLine(CLEAN, ROWS.sanFrancisco), ROWS.newYork), ROWS.london),
      findings: [
        { line: 52, column: 1, endLine: 52, endColumn: 64, message: "The table has no row for San Francisco." },
        { line: 52, column: 1, endLine: 52, endColumn: 64, message: "The table has no row for New York." },
        { line: 52, column: 1, endLine: 52, endColumn: 64, message: "The table has no row for London." },
      ],
      output: CLEAN,
    },
  ],
});
