import { CLEAN, REMOTE, ROWS, SMALL, variant } from "../fixtures";
import { ruleTester, withCrlf, type InvalidCase } from "../rule-tester";

const PARIS = "| Paris | €150K–€200K | €100K–€200K | 5% | €180K–€260K |";
/** The frontmatter entry "Add Paris to the frontmatter's compensation" writes from PARIS. */
const PARIS_ENTRY =
  '  - region: "Paris"\n    base_low: 150000\n    base_high: 200000\n    stock_low: 100000\n    stock_high: 200000\n    bonus_pct: 5\n    total_comp_low: 180000\n    total_comp_high: 260000\n    currency: EUR\n';
const extra: InvalidCase = {
  name: "a region the frontmatter does not list: removing the row is a suggestion, never applied by --fix",
  text: variant(CLEAN, [ROWS.london, `${ROWS.london}\n${PARIS}`]),
  findings: [
    { line: 57, column: 1, endLine: 57, endColumn: 57, message: "The table has a row for Paris, which the frontmatter's 'compensation' does not list." },
  ],
  output: null,
  suggestions: [
    {
      title: "Add Paris to the frontmatter's compensation (from the table)",
      output: variant(CLEAN, [ROWS.london, `${ROWS.london}\n${PARIS}`], ["    currency: GBP\n", `    currency: GBP\n${PARIS_ENTRY}`]),
    },
    { title: "Remove the row for Paris", output: CLEAN },
  ],
};
const SOURCES = "Sources: Levels.fyi | Glassdoor | Blind (Feb 2026 pull)";
const prose: InvalidCase = {
  name: "a line of prose with pipes right under the table is a row (as GFM renders it): kept, with a blank line or removal suggested",
  text: variant(CLEAN, [`${ROWS.london}\n`, `${ROWS.london}\n${SOURCES}\n`]),
  findings: [
    {
      line: 57,
      column: 1,
      endLine: 57,
      endColumn: 56,
      message: "The table has a row for Sources: Levels.fyi, which the frontmatter's 'compensation' does not list.",
    },
  ],
  output: null,
  suggestions: [
    { title: "End the table before this line (insert a blank line)", output: variant(CLEAN, [`${ROWS.london}\n`, `${ROWS.london}\n\n${SOURCES}\n`]) },
    { title: "Remove the row for Sources: Levels.fyi", output: CLEAN },
  ],
};
/** CLEAN with `row` added after London's: an extra row whose figures cannot become an entry (only its removal is suggested). */
function notAnEntry(row: string, name: string): InvalidCase {
  return {
    name,
    text: variant(CLEAN, [ROWS.london, `${ROWS.london}\n${row}`]),
    findings: [
      {
        line: 57,
        column: 1,
        endLine: 57,
        endColumn: row.length + 1,
        message: "The table has a row for Paris, which the frontmatter's 'compensation' does not list.",
      },
    ],
    output: null,
    suggestions: [{ title: "Remove the row for Paris", output: CLEAN }],
  };
}
const PARIS_BONUS_RANGE = PARIS.replace("| 5% |", "| 10–15% |");
const NO_LEADING_PIPE = PARIS.slice(2);
const INDENTED = `  ${PARIS}`;
/** SMALL with its compensation list written in flow style, line for line. */
const SMALL_FLOW = variant(
  SMALL,
  [
    "  - region: Berlin\n    base_low: 80000\n    base_high: 100000\n    stock_low: 40000\n    stock_high: 80000\n    bonus_pct: 10\n    total_comp_low: 98000\n    total_comp_high: 130000\n    currency: EUR\n",
    "  [{region: Berlin,\n    base_low: 80000,\n    base_high: 100000,\n    stock_low: 40000,\n    stock_high: 80000,\n    bonus_pct: 10,\n    total_comp_low: 98000,\n    total_comp_high: 130000,\n    currency: EUR}]\n",
  ],
  ["| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |\n", `| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |\n${PARIS}\n`],
);
const BERLIN = "| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |";
const SMALL_TABLE_LAST = SMALL.slice(0, SMALL.indexOf(BERLIN) + BERLIN.length);

ruleTester("table-row-extra", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    { name: "a region with an escaped pipe is the frontmatter's region, not an extra row (regression)", text: REMOTE },
    { name: "a region in emphasis is the region (regression: `*London*` was an extra row)", text: variant(CLEAN, ["| London |", "| *London* |"]) },
    { name: "a table ends at a blank line", text: variant(CLEAN, [`${ROWS.london}\n`, `${ROWS.london}\n\n${PARIS}\n`]) },
    // As markdown-it (the preview) and GFM end a table: at the start of another block.
    ...["> Sources: A | B", "- Sources: A | B", "1. Sources: A | B", "### Sources | B", "```", "---", "    Sources: A | B"].map((line) => ({
      name: `a table ends at ${JSON.stringify(line)}`,
      text: variant(CLEAN, [`${ROWS.london}\n`, `${ROWS.london}\n${line}\n`]),
    })),
    {
      name: "invalid YAML: the rows are not deleted for want of a frontmatter",
      text: variant(CLEAN, ['company_display: "Weights & Biases"', 'company_display: "Weights & Biases']),
    },
    { name: "compensation that is not a list", text: variant(SMALL, ["compensation:\n  - region: Berlin", "compensation: none\nx:\n  - region: Berlin"]) },
    { name: "an empty compensation list", text: variant(SMALL, ["compensation:\n  - region: Berlin", "compensation: []\nx:\n  - region: Berlin"]) },
    { name: "an entry whose region key has a typo", text: variant(SMALL, ["  - region: Berlin", "  - regon: Berlin"]) },
  ],
  invalid: [
    notAnEntry(PARIS.replace("| 5% |", "| n/a |"), "a row whose bonus is no percentage: not offered as an entry"),
    notAnEntry(PARIS.replace("| €100K–€200K |", "| $100K–$200K |"), "a row with figures in two currencies: not offered as an entry"),
    notAnEntry(PARIS.replace("| €100K–€200K |", "| TBD |"), "a row with a cell that is no money range: not offered as an entry"),
    notAnEntry(PARIS.replace("| €150K–€200K |", "| TBD |"), "a row whose base is no money range: not offered as an entry"),
    {
      name: "a bonus range in the row: the entry gets both ends",
      text: variant(CLEAN, [ROWS.london, `${ROWS.london}\n${PARIS_BONUS_RANGE}`]),
      findings: [
        {
          line: 57,
          column: 1,
          endLine: 57,
          endColumn: PARIS_BONUS_RANGE.length + 1,
          message: "The table has a row for Paris, which the frontmatter's 'compensation' does not list.",
        },
      ],
      output: null,
      suggestions: [
        {
          title: "Add Paris to the frontmatter's compensation (from the table)",
          output: variant(
            CLEAN,
            [ROWS.london, `${ROWS.london}\n${PARIS_BONUS_RANGE}`],
            ["    currency: GBP\n", `    currency: GBP\n${PARIS_ENTRY.replace("bonus_pct: 5\n", "bonus_pct: 10\n    bonus_pct_high: 15\n")}`],
          ),
        },
        { title: "Remove the row for Paris", output: CLEAN },
      ],
    },
    {
      name: "a row without a leading pipe (ending in one) may be a paragraph",
      text: variant(CLEAN, [ROWS.london, `${ROWS.london}\n${NO_LEADING_PIPE}`]),
      findings: [
        {
          line: 57,
          column: 1,
          endLine: 57,
          endColumn: NO_LEADING_PIPE.length + 1,
          message: "The table has a row for Paris, which the frontmatter's 'compensation' does not list.",
        },
      ],
      output: null,
      suggestions: [
        { title: "End the table before this line (insert a blank line)", output: variant(CLEAN, [ROWS.london, `${ROWS.london}\n\n${NO_LEADING_PIPE}`]) },
        {
          title: "Add Paris to the frontmatter's compensation (from the table)",
          output: variant(CLEAN, [ROWS.london, `${ROWS.london}\n${NO_LEADING_PIPE}`], ["    currency: GBP\n", `    currency: GBP\n${PARIS_ENTRY}`]),
        },
        { title: "Remove the row for Paris", output: CLEAN },
      ],
    },
    {
      name: "an indented row with a leading pipe is no paragraph",
      text: variant(CLEAN, [ROWS.london, `${ROWS.london}\n${INDENTED}`]),
      findings: [
        {
          line: 57,
          column: 1,
          endLine: 57,
          endColumn: INDENTED.length + 1,
          message: "The table has a row for Paris, which the frontmatter's 'compensation' does not list.",
        },
      ],
      output: null,
      suggestions: [
        {
          title: "Add Paris to the frontmatter's compensation (from the table)",
          output: variant(CLEAN, [ROWS.london, `${ROWS.london}\n${INDENTED}`], ["    currency: GBP\n", `    currency: GBP\n${PARIS_ENTRY}`]),
        },
        { title: "Remove the row for Paris", output: CLEAN },
      ],
    },
    {
      name: "a compensation list in flow style: the row is not offered as an entry (no block item to append)",
      text: SMALL_FLOW,
      findings: [
        { line: 35, column: 1, endLine: 35, endColumn: 57, message: "The table has a row for Paris, which the frontmatter's 'compensation' does not list." },
      ],
      output: null,
      suggestions: [{ title: "Remove the row for Paris", output: SMALL_FLOW.replace(`${PARIS}\n`, "") }],
    },
    extra,
    withCrlf(extra),
    prose,
    withCrlf(prose),
    {
      name: "a region twice in the table with other figures: the second row holds them, so removing it is a suggestion",
      text: variant(CLEAN, [ROWS.london, `${ROWS.london}\n${ROWS.newYork.replace("$190K", "$191K")}`]),
      findings: [
        {
          line: 57,
          column: 1,
          endLine: 57,
          endColumn: 60,
          message: "The table has a row for New York, which the frontmatter's 'compensation' does not list again.",
        },
      ],
      output: null,
      suggestions: [{ title: "Remove the row for New York", output: CLEAN }],
    },
    {
      name: "a region twice in the table, the same row again: removed by --fix (nothing is lost)",
      text: variant(CLEAN, [ROWS.london, `${ROWS.london}\n${ROWS.newYork.replace("| New York |", "| **New York** |")}`]),
      findings: [
        {
          line: 57,
          column: 1,
          endLine: 57,
          endColumn: 64,
          message: "The table has a row for New York, which the frontmatter's 'compensation' does not list again.",
        },
      ],
      output: CLEAN,
    },
    {
      // Regression: the table pairs rows by regionKey, so this row is New York's second, but the
      // rule compared regions in lower case only: it said "does not list" and offered to add New
      // York to the frontmatter a second time.
      name: "a region twice in the table, with two spaces the second time: still the region again",
      text: variant(CLEAN, [ROWS.london, `${ROWS.london}\n${ROWS.newYork.replace("| New York |", "| New  York |")}`]),
      findings: [
        {
          line: 57,
          column: 1,
          endLine: 57,
          endColumn: 61,
          message: "The table has a row for New  York, which the frontmatter's 'compensation' does not list again.",
        },
      ],
      output: null,
      suggestions: [{ title: "Remove the row for New  York", output: CLEAN }],
    },
    {
      name: "a row without a region that holds figures: removing it is a suggestion",
      text: variant(CLEAN, [ROWS.london, `${ROWS.london}\n|  | $1K | $1K | 5% | $1K |`]),
      findings: [
        {
          line: 57,
          column: 1,
          endLine: 57,
          endColumn: 28,
          message: "The table has a row for (no region), which the frontmatter's 'compensation' does not list.",
        },
      ],
      output: null,
      suggestions: [{ title: "Remove the row for (no region)", output: CLEAN }],
    },
    {
      name: "an empty row: removed by --fix",
      text: variant(CLEAN, [ROWS.london, `${ROWS.london}\n|  |  |  |  |  |`]),
      findings: [
        {
          line: 57,
          column: 1,
          endLine: 57,
          endColumn: 17,
          message: "The table has a row for (no region), which the frontmatter's 'compensation' does not list.",
        },
      ],
      output: CLEAN,
    },
    {
      name: "the last line of the file: its preceding line ending goes with it",
      text: `${SMALL_TABLE_LAST}\n${PARIS}`,
      findings: [
        { line: 35, column: 1, endLine: 35, endColumn: 57, message: "The table has a row for Paris, which the frontmatter's 'compensation' does not list." },
      ],
      output: null,
      suggestions: [
        {
          title: "Add Paris to the frontmatter's compensation (from the table)",
          output: variant(`${SMALL_TABLE_LAST}\n${PARIS}`, ["    currency: EUR\n", `    currency: EUR\n${PARIS_ENTRY}`]),
        },
        { title: "Remove the row for Paris", output: SMALL_TABLE_LAST },
      ],
    },
    withCrlf({
      name: "the last line of the file",
      text: `${SMALL_TABLE_LAST}\n${PARIS}`,
      findings: [
        { line: 35, column: 1, endLine: 35, endColumn: 57, message: "The table has a row for Paris, which the frontmatter's 'compensation' does not list." },
      ],
      output: null,
      suggestions: [
        {
          title: "Add Paris to the frontmatter's compensation (from the table)",
          output: variant(`${SMALL_TABLE_LAST}\n${PARIS}`, ["    currency: EUR\n", `    currency: EUR\n${PARIS_ENTRY}`]),
        },
        { title: "Remove the row for Paris", output: SMALL_TABLE_LAST },
      ],
    }),
  ],
});
