import { CLEAN, ROWS, SMALL, variant } from "../fixtures";
import { ruleTester, withCrlf, type InvalidCase } from "../rule-tester";

const PARIS = "| Paris | €150K–€200K | €100K–€200K | 5% | €180K–€260K |";
const extra: InvalidCase = {
  name: "a region the frontmatter does not list: the row is removed",
  text: variant(CLEAN, [ROWS.london, `${ROWS.london}\n${PARIS}`]),
  findings: [{ line: 57, column: 1, endLine: 57, endColumn: 57, message: "The table has a row for Paris, which the frontmatter's 'compensation' does not list." }],
  output: CLEAN,
};
const BERLIN = "| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |";
const SMALL_TABLE_LAST = SMALL.slice(0, SMALL.indexOf(BERLIN) + BERLIN.length);

ruleTester("table-row-extra", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    { name: "a table ends at a blank line", text: variant(CLEAN, [`${ROWS.london}\n`, `${ROWS.london}\n\n${PARIS}\n`]) },
    { name: "invalid YAML: the rows are not deleted for want of a frontmatter", text: variant(CLEAN, ['company_display: "Weights & Biases"', 'company_display: "Weights & Biases']) },
    { name: "compensation that is not a list", text: variant(SMALL, ["compensation:\n  - region: Berlin", "compensation: none\nx:\n  - region: Berlin"]) },
    { name: "an empty compensation list", text: variant(SMALL, ["compensation:\n  - region: Berlin", "compensation: []\nx:\n  - region: Berlin"]) },
    { name: "an entry whose region key has a typo", text: variant(SMALL, ["  - region: Berlin", "  - regon: Berlin"]) },
  ],
  invalid: [
    extra,
    withCrlf(extra),
    {
      name: "a region twice in the table: the second row is extra",
      text: variant(CLEAN, [ROWS.london, `${ROWS.london}\n${ROWS.newYork.replace("$190K", "$191K")}`]),
      findings: [{ line: 57, column: 1, endLine: 57, endColumn: 60, message: "which the frontmatter's 'compensation' does not list again." }],
      output: CLEAN,
    },
    {
      name: "a row without a region",
      text: variant(CLEAN, [ROWS.london, `${ROWS.london}\n|  | $1K | $1K | 5% | $1K |`]),
      findings: [{ line: 57, column: 1, endLine: 57, endColumn: 28, message: "The table has a row for (no region)" }],
      output: CLEAN,
    },
    {
      name: "the last line of the file: its preceding line ending goes with it",
      text: `${SMALL_TABLE_LAST}\n${PARIS}`,
      findings: [{ line: 35, column: 1, endLine: 35, endColumn: 57 }],
      output: SMALL_TABLE_LAST,
    },
    withCrlf({
      name: "the last line of the file",
      text: `${SMALL_TABLE_LAST}\n${PARIS}`,
      findings: [{ line: 35, column: 1, endLine: 35, endColumn: 57 }],
      output: SMALL_TABLE_LAST,
    }),
  ],
});
