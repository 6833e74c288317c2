import { CLEAN, removeLine, SMALL, variant } from "../fixtures";
import { ruleTester, withCrlf, type InvalidCase } from "../rule-tester";

const HYBRID = variant(SMALL, ["| Berlin | €80K", "| Berlin | Hybrid | €80K"]);
const hybrid: InvalidCase = {
  name: "a cell inserted after the region (regression: Hybrid and the base were overwritten cell by cell): one finding, suggestions only",
  text: HYBRID,
  findings: [
    {
      line: 34,
      column: 1,
      endLine: 34,
      endColumn: 64,
      message: "The row for Berlin has 6 cells but the header has 5, so GFM drops '€98K–€130K'; make the row's cells match the header's.",
    },
  ],
  output: null,
  suggestions: [
    { title: "Remove the cell 'Hybrid' (the cells after it move one column left)", output: SMALL },
    { title: "Remove the cells past the header ('€98K–€130K')", output: variant(HYBRID, [" | €98K–€130K |", " |"]) },
    { title: "Rewrite the row for Berlin from the frontmatter", output: SMALL },
  ],
};
const NOTE = variant(SMALL, ["| €98K–€130K |", "| €98K–€130K | Remote OK |"]);
const note: InvalidCase = {
  name: "a note in a cell past the header: GFM drops it",
  text: NOTE,
  findings: [
    {
      line: 34,
      column: 1,
      endLine: 34,
      endColumn: 67,
      message: "The row for Berlin has 6 cells but the header has 5, so GFM drops 'Remote OK'; make the row's cells match the header's.",
    },
  ],
  output: null,
  suggestions: [
    { title: "Remove the cells past the header ('Remote OK')", output: SMALL },
    { title: "Rewrite the row for Berlin from the frontmatter", output: SMALL },
  ],
};

ruleTester("table-row-cells", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    { name: "no table", text: removeLine(removeLine(removeLine(SMALL, "| Region |"), "|--------|"), "| Berlin |") },
    { name: "an empty cell past the header (a trailing pipe too many) drops nothing", text: variant(SMALL, ["| €98K–€130K |", "| €98K–€130K | |"]) },
    { name: "a row with fewer cells is table-cell-mismatch's", text: variant(SMALL, [" | €98K–€130K |", " |"]) },
    {
      name: "a Notes column in the header: the row's extra cell is under it",
      text: variant(
        SMALL,
        ["Total Comp |\n", "Total Comp | Notes |\n"],
        ["-------|------------|\n", "-------|------------|---|\n"],
        ["| €98K–€130K |", "| €98K–€130K | Remote OK |"],
      ),
    },
  ],
  invalid: [
    {
      name: "a row without a region that drops two cells: both named",
      text: variant(SMALL, ["| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |", "| | €80K–€100K | €40K–€80K | 10% | €98K–€130K | a | b |"]),
      findings: [
        {
          line: 34,
          column: 1,
          endLine: 34,
          endColumn: 56,
          message: "The row for (no region) has 7 cells but the header has 5, so GFM drops 'a', 'b'; make the row's cells match the header's.",
        },
      ],
      output: null,
      suggestions: [
        {
          title: "Remove the cell 'a' (the cells after it move one column left)",
          output: variant(SMALL, ["| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |", "| | €80K–€100K | €40K–€80K | 10% | €98K–€130K | b |"]),
        },
        {
          title: "Remove the cells past the header ('a', 'b')",
          output: variant(SMALL, ["| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |", "| | €80K–€100K | €40K–€80K | 10% | €98K–€130K |"]),
        },
      ],
    },
    {
      name: "a misaligned table (its columns unknown): any cell without a figure may be the one too many",
      text: variant(SMALL, ["|-------|------------|", "|-------|"], ["| Berlin | €80K", "| Berlin | Hybrid | €80K"]),
      findings: [
        {
          line: 34,
          column: 1,
          endLine: 34,
          endColumn: 64,
          message: "The row for (no region) has 6 cells but the header has 5, so GFM drops '€98K–€130K'; make the row's cells match the header's.",
        },
      ],
      output: null,
      suggestions: [
        {
          title: "Remove the cell 'Berlin' (the cells after it move one column left)",
          output: variant(SMALL, ["|-------|------------|", "|-------|"], ["| Berlin | €80K", "| Hybrid | €80K"]),
        },
        { title: "Remove the cell 'Hybrid' (the cells after it move one column left)", output: variant(SMALL, ["|-------|------------|", "|-------|"]) },
        {
          title: "Remove the cells past the header ('€98K–€130K')",
          output: variant(SMALL, ["|-------|------------|", "|-------|"], ["| Berlin | €80K", "| Berlin | Hybrid | €80K"], [" | €98K–€130K |", " |"]),
        },
      ],
    },
    {
      name: "a cell lost in the middle (regression: one finding per shifted cell): one finding, the rewrite a suggestion",
      text: variant(SMALL, ["| Berlin | €80K–€100K | €40K–€80K |", "| Berlin | €40K–€80K |"]),
      findings: [
        {
          line: 34,
          column: 1,
          endLine: 34,
          endColumn: 42,
          message:
            "The row for Berlin has 4 cells but the header has 5, and its cells disagree with the frontmatter: a cell seems missing, and those after it sit a column to the left.",
        },
      ],
      output: null,
      suggestions: [{ title: "Rewrite the row for Berlin from the frontmatter", output: SMALL }],
    },
    {
      name: "a cell lost in the middle of the second row: the finding names that row's region",
      text: variant(CLEAN, ["| New York | $190K–$250K | $170K–$310K |", "| New York | $170K–$310K |"]),
      findings: [
        {
          line: 55,
          column: 1,
          endLine: 55,
          endColumn: 46,
          message:
            "The row for New York has 4 cells but the header has 5, and its cells disagree with the frontmatter: a cell seems missing, and those after it sit a column to the left.",
        },
      ],
      output: null,
      suggestions: [{ title: "Rewrite the row for New York from the frontmatter", output: CLEAN }],
    },
    hybrid,
    withCrlf(hybrid),
    note,
    withCrlf(note),
    {
      name: "a row for a region the frontmatter lacks: no rewrite from the frontmatter",
      text: variant(SMALL, ["| €98K–€130K |", "| €98K–€130K |\n| Paris | €80K–€100K | €40K–€80K | 10% | €98K–€130K | x |"]),
      findings: [
        {
          line: 35,
          column: 1,
          endLine: 35,
          endColumn: 58,
          message: "The row for Paris has 6 cells but the header has 5, so GFM drops 'x'; make the row's cells match the header's.",
        },
      ],
      output: null,
      suggestions: [
        {
          title: "Remove the cells past the header ('x')",
          output: variant(SMALL, ["| €98K–€130K |", "| €98K–€130K |\n| Paris | €80K–€100K | €40K–€80K | 10% | €98K–€130K |"]),
        },
      ],
    },
  ],
});
