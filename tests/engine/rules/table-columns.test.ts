import { describe, expect, it } from "vitest";
import { CLEAN, removeLine, ROWS, SMALL, variant } from "../fixtures";
import { ruleFindings, ruleTester, withCrlf, type InvalidCase } from "../rule-tester";

const HEADER = "| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |";
/** SMALL with a sixth column, Notes, in the header, the delimiter row and Berlin's row (holding `cell`). */
const withNotesColumn = (cell: string) =>
  variant(
    SMALL,
    [HEADER, `${HEADER} Notes |`],
    ["|--------|-------------|-----------------|-------|------------|", "|--------|-------------|-----------------|-------|------------|-------|"],
    ["€98K–€130K |", `€98K–€130K | ${cell} |`],
  );
const shortNames: InvalidCase = {
  name: "short column names: the table is regenerated",
  text: variant(SMALL, [HEADER, "| Region | Base | Stock | Bonus | Total |"]),
  findings: [
    {
      line: 32,
      column: 1,
      endLine: 32,
      endColumn: 42,
      message:
        "The table's columns are 'Region', 'Base', 'Stock', 'Bonus', 'Total'; expected 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp'.",
    },
  ],
  output: SMALL,
};

const SHORT = "| Region | Base | Stock | Bonus | Total |";

// One mistake, one finding: the titles of two columns swapped over cells in the expected order
// gave a finding for the header and two for every row (regression); moving the titles back is safe.
const SWAPPED_HEADER = "| Region | Stock (RSU/4yr) | Base Salary | Bonus | Total Comp |";
const SWAPPED_LIST = "'Region', 'Stock (RSU/4yr)', 'Base Salary', 'Bonus', 'Total Comp'";
const swappedText = variant(CLEAN, [HEADER, SWAPPED_HEADER]);
const titlesSwapped: InvalidCase = {
  name: "two titles swapped over cells in the expected order: one finding, the titles move back",
  text: swappedText,
  findings: [
    {
      line: 52,
      column: 1,
      endLine: 52,
      endColumn: 64,
      message: `The table's columns are ${SWAPPED_LIST}; expected 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp': the cells below are in the expected order, so the titles are swapped.`,
    },
  ],
  output: CLEAN,
  suggestions: [{ title: "Rebuild the table with the expected columns (keeping its cells)", output: CLEAN }],
};
// The whole columns moved, cells too: each row's base and stock cells trade places.
const SWAPPED_CELLS: [string, string][] = [
  [ROWS.sanFrancisco, "| San Francisco | $170K–$310K | $195K–$255K | 5% | $268K–$395K |"],
  [ROWS.newYork, "| New York | $170K–$310K | $190K–$250K | 5% | $263K–$388K |"],
  [ROWS.london, "| London | £128K–£233K | £148K–£194K | 5% | £203K–£300K |"],
];
const EXPECTED_LIST = "expected 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp'.";
/** CLEAN with short column names and `changes`: one finding on the header, rebuilt to `output` (safe) or suggested. */
function shortClean(name: string, changes: [string, string][], rebuild: { safe: boolean; output?: string }): InvalidCase {
  const text = variant(CLEAN, [HEADER, SHORT], ...changes);
  return {
    name,
    text,
    findings: [
      { line: 52, column: 1, endLine: 52, endColumn: 42, message: `The table's columns are 'Region', 'Base', 'Stock', 'Bonus', 'Total'; ${EXPECTED_LIST}` },
    ],
    output: rebuild.safe ? (rebuild.output ?? CLEAN) : null,
    suggestions: rebuild.safe ? [] : [{ title: "Rebuild the table from the frontmatter (drops what only the table says)", output: rebuild.output ?? CLEAN }],
  };
}
const LETTERS = ["A", "B", "C", "D", "E", "F", "G", "H"];
/** SMALL with `count` more (empty) columns named A, B, … in the header and delimiter row. */
function moreColumns(count: number): string {
  const names = LETTERS.slice(0, count);
  return variant(
    SMALL,
    [HEADER, `${HEADER}${names.map((letter) => ` ${letter} |`).join("")}`],
    [
      "|--------|-------------|-----------------|-------|------------|",
      `|--------|-------------|-----------------|-------|------------|${names.map(() => "---|").join("")}`,
    ],
  );
}
const NOTES_CLEAN = variant(
  CLEAN,
  [HEADER, `${HEADER} Notes |`],
  ["|--------|-------------|-----------------|-------|------------|", "|--------|-------------|-----------------|-------|------------|---|"],
  [ROWS.sanFrancisco, `${ROWS.sanFrancisco} |`],
  [ROWS.newYork, `${ROWS.newYork} |`],
  [ROWS.london, `${ROWS.london} Remote OK |`],
);
const NO_ENTRIES = variant(SMALL, ["compensation:\n  - region: Berlin", "compensation: none\nx:\n  - region: Berlin"]);

ruleTester("table-columns", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    { name: "column names in another case, extra spaces", text: variant(SMALL, [HEADER, "|  region | BASE SALARY | Stock  (RSU/4yr) | bonus | Total Comp |"]) },
    { name: "no outer pipes", text: variant(SMALL, [HEADER, "Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp"]) },
    { name: "no table", text: CLEAN.slice(0, CLEAN.indexOf(HEADER)) },
  ],
  invalid: [
    titlesSwapped,
    withCrlf(titlesSwapped),
    {
      name: "titles swapped over cells that follow them: the columns moved, nothing to put back by moving titles",
      text: variant(CLEAN, [HEADER, SWAPPED_HEADER], ...SWAPPED_CELLS),
      findings: [{ line: 52, column: 1, endLine: 52, endColumn: 64, message: `The table's columns are ${SWAPPED_LIST}; ${EXPECTED_LIST}` }],
      output: CLEAN,
    },
    {
      name: "a column title with words of the author's (Base Salary (EUR)): rebuilding the header is a suggestion (regression: dropped by --fix)",
      text: variant(SMALL, ["| Region | Base Salary |", "| Region | Base Salary (EUR) |"]),
      findings: [
        {
          line: 32,
          column: 1,
          endLine: 32,
          endColumn: 70,
          message:
            "The table's columns are 'Region', 'Base Salary (EUR)', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp'; expected 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp'.",
        },
      ],
      output: null,
      suggestions: [{ title: "Rebuild the table from the frontmatter (drops what only the table says)", output: SMALL }],
    },
    {
      // Regression: the rows were read one column off, and --fix added a Berlin row on every pass.
      name: "a stray cell before the header's first pipe: the header and the delimiter row disagree, one finding, nothing safe to fix",
      text: variant(SMALL, [HEADER, `!${HEADER}`]),
      findings: [
        {
          line: 32,
          column: 1,
          endLine: 32,
          endColumn: 65,
          message: "The table's header has 6 cells and its delimiter row 5, so GFM shows no table here; make them agree.",
        },
      ],
      output: null,
      suggestions: [{ title: "Rebuild the table from the frontmatter (drops what only the table says)", output: SMALL }],
    },
    {
      name: "a column added to the header only",
      text: variant(SMALL, [HEADER, `${HEADER} Notes |`]),
      findings: [
        {
          line: 32,
          column: 1,
          endLine: 32,
          endColumn: 72,
          message: "The table's header has 6 cells and its delimiter row 5, so GFM shows no table here; make them agree.",
        },
      ],
      output: null,
      suggestions: [{ title: "Rebuild the table from the frontmatter (drops what only the table says)", output: SMALL }],
    },
    shortNames,
    withCrlf(shortNames),
    shortClean("a cell that contradicts the frontmatter is restated by the rebuild (safe)", [["| $190K–$250K |", "| $190K–$251K |"]], { safe: true }),
    shortClean(
      "a row for a region the frontmatter lacks: rebuilding is a suggestion",
      [[ROWS.london, `${ROWS.london}\n${ROWS.london.replace("London", "Paris")}`]],
      {
        safe: false,
      },
    ),
    shortClean("a row that looks like a renamed region: rebuilding is a suggestion", [["| San Francisco |", "| SF |"]], { safe: false }),
    shortClean("a missing row is written from the frontmatter", [[`${ROWS.newYork}\n`, ""]], { safe: true }),
    shortClean("an empty cell is written from the frontmatter", [["| $190K–$250K |", "|  |"]], { safe: true }),
    {
      name: "an empty cell for a value the entry lacks: the rebuild writes '?' there, as a new row would",
      text: variant(removeLine(SMALL, "    bonus_pct: 10"), [HEADER, SHORT], ["| 10% |", "|  |"]),
      findings: [
        { line: 31, column: 1, endLine: 31, endColumn: 42, message: `The table's columns are 'Region', 'Base', 'Stock', 'Bonus', 'Total'; ${EXPECTED_LIST}` },
      ],
      output: variant(removeLine(SMALL, "    bonus_pct: 10"), ["| 10% |", "| ? |"]),
    },
    {
      name: "an extra column with text in one row of three: rebuilding is a suggestion",
      text: NOTES_CLEAN,
      findings: [
        {
          line: 52,
          column: 1,
          endLine: 52,
          endColumn: HEADER.length + 9,
          message: `The table's columns are 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp', 'Notes'; ${EXPECTED_LIST}`,
        },
      ],
      output: null,
      suggestions: [{ title: "Rebuild the table from the frontmatter (drops what only the table says)", output: CLEAN }],
    },
    {
      name: "a header of 13 cells is named by its first 12",
      text: moreColumns(8),
      findings: [
        {
          line: 32,
          column: 1,
          endLine: 32,
          endColumn: HEADER.length + 33,
          message: `The table's columns are 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp', 'A', 'B', 'C', 'D', 'E', 'F', 'G', …; ${EXPECTED_LIST}`,
        },
      ],
      output: SMALL,
    },
    {
      name: "a header of 12 cells is named whole",
      text: moreColumns(7),
      findings: [
        {
          line: 32,
          column: 1,
          endLine: 32,
          endColumn: HEADER.length + 29,
          message: `The table's columns are 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp', 'A', 'B', 'C', 'D', 'E', 'F', 'G'; ${EXPECTED_LIST}`,
        },
      ],
      output: SMALL,
    },
    {
      name: "no readable entries: nothing to rebuild the table from",
      text: variant(NO_ENTRIES, [HEADER, SHORT]),
      findings: [
        { line: 33, column: 1, endLine: 33, endColumn: 42, message: `The table's columns are 'Region', 'Base', 'Stock', 'Bonus', 'Total'; ${EXPECTED_LIST}` },
      ],
      output: null,
    },
    {
      name: "a misaligned table and no readable entries: nothing to rebuild it from",
      text: variant(NO_ENTRIES, [HEADER, `${HEADER} Notes |`]),
      findings: [
        {
          line: 33,
          column: 1,
          endLine: 33,
          endColumn: 72,
          message: "The table's header has 6 cells and its delimiter row 5, so GFM shows no table here; make them agree.",
        },
      ],
      output: null,
    },
    {
      name: "two columns swapped (the cells are regenerated too)",
      text: variant(
        SMALL,
        [HEADER, "| Region | Stock (RSU/4yr) | Base Salary | Bonus | Total Comp |"],
        ["| Berlin | €80K–€100K | €40K–€80K |", "| Berlin | €40K–€80K | €80K–€100K |"],
      ),
      findings: [
        {
          line: 32,
          column: 1,
          endLine: 32,
          endColumn: 64,
          message:
            "The table's columns are 'Region', 'Stock (RSU/4yr)', 'Base Salary', 'Bonus', 'Total Comp'; expected 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp'.",
        },
      ],
      output: SMALL,
    },
    {
      name: "a missing column",
      text: variant(
        CLEAN,
        [HEADER, "| Region | Base Salary | Stock (RSU/4yr) | Total Comp |"],
        ["|--------|-------------|-----------------|-------|------------|", "|---|---|---|---|"],
        ["| 5% | $268K", "| $268K"],
        ["| 5% | $263K", "| $263K"],
        ["| 5% | £203K", "| £203K"],
      ),
      findings: [
        {
          line: 52,
          column: 1,
          endLine: 52,
          endColumn: 56,
          message:
            "The table's columns are 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Total Comp'; expected 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp'.",
        },
      ],
      output: CLEAN,
    },
    {
      name: "an extra column with text in it: rebuilding would drop it, so that is a suggestion",
      text: withNotesColumn("ok"),
      findings: [
        {
          line: 32,
          column: 1,
          endLine: 32,
          endColumn: 72,
          message:
            "The table's columns are 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp', 'Notes'; expected 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp'.",
        },
      ],
      output: null,
      suggestions: [{ title: "Rebuild the table from the frontmatter (drops what only the table says)", output: SMALL }],
    },
    {
      name: "an empty extra column is dropped by --fix",
      text: withNotesColumn(""),
      findings: [
        {
          line: 32,
          column: 1,
          endLine: 32,
          endColumn: 72,
          message:
            "The table's columns are 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp', 'Notes'; expected 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp'.",
        },
      ],
      output: SMALL,
    },
    {
      name: "short column names: the author's forms of the cells are kept (regression: $195,000 became $195K)",
      text: variant(
        CLEAN,
        [HEADER, "| Region | Base | Stock | Bonus | Total |"],
        ["| $195K–$255K |", "| $195,000–$255,000 |"],
        ["| London |", "| **London** |"],
      ),
      findings: [
        {
          line: 52,
          column: 1,
          endLine: 52,
          endColumn: 42,
          message:
            "The table's columns are 'Region', 'Base', 'Stock', 'Bonus', 'Total'; expected 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp'.",
        },
      ],
      output: variant(CLEAN, ["| $195K–$255K |", "| $195,000–$255,000 |"], ["| London |", "| **London** |"]),
    },
    {
      name: "a cell that says more than the frontmatter (a bonus range): rebuilding is a suggestion",
      text: variant(SMALL, [HEADER, "| Region | Base | Stock | Bonus | Total |"], ["| 10% |", "| 10–20% |"]),
      findings: [
        {
          line: 32,
          column: 1,
          endLine: 32,
          endColumn: 42,
          message:
            "The table's columns are 'Region', 'Base', 'Stock', 'Bonus', 'Total'; expected 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp'.",
        },
      ],
      output: null,
      suggestions: [{ title: "Rebuild the table from the frontmatter (drops what only the table says)", output: SMALL }],
    },
  ],
});

// The tester compares the titles of suggestions only; a safe fix's title is what the editor's
// quick fix menu shows too.
describe("table-columns: the title of its safe fix", () => {
  it("rebuilding that keeps every cell says so", () => {
    expect(ruleFindings("table-columns", shortNames.text).flatMap((finding) => finding.fixes?.map((fix) => [fix.title, fix.safe]) ?? [])).toEqual([
      ["Rebuild the table with the expected columns (keeping its cells)", true],
    ]);
  });
});
