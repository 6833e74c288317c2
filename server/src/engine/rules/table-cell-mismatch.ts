import { cellRule } from "../rule-factories/cell-rule";
import type { Rule } from "./rule";

const rule: Rule = {
  ...cellRule(
    "table-cell-mismatch",
    "error",
    "Every table cell denotes the frontmatter's numbers in the entry's currency (`$195K–$255K` for base_low 195000, base_high 255000, USD).",
  ),
  fixable: "sometimes",
  hasSuggestions: true,
  docs: {
    why: "The table restates the frontmatter's figures for readers; a cell that says something else is the figure readers would act on.",
    valid: { change: [] },
    invalid: {
      change: [["| Berlin | €80K–€100K |", "| Berlin | €80K–€110K |"]],
      findings: [{ line: 34, column: 12, endLine: 34, endColumn: 22, message: "Base Salary for Berlin says €80K–€110K but the frontmatter says €80K–€100K." }],
    },
  },
};
export default rule;
