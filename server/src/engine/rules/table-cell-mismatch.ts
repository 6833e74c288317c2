import type { Rule } from "./rule";
import { cellFindings } from "../model/cell-findings";

const rule: Rule = {
  id: "table-cell-mismatch",
  severity: "error",
  category: "body",
  description: "Every table cell denotes the frontmatter's numbers in the entry's currency (`$195K–$255K` for base_low 195000, base_high 255000, USD).",
  fixable: "sometimes",
  hasSuggestions: true,
  docs: {
    why: "The table restates the frontmatter's figures for readers; a cell that says something else is the figure readers would act on.",
    valid: { change: [] },
    invalid: { change: [["| Berlin | €80K–€100K |", "| Berlin | €80K–€110K |"]], findings: [{ line: 34, column: 12, endLine: 34, endColumn: 22, message: "Base Salary for Berlin says €80K–€110K but the frontmatter says €80K–€100K." }] },
  },
  check({ seed, report }) {
    for (const finding of cellFindings(seed)) if (finding.rule === "table-cell-mismatch") report(finding);
  },
};
export default rule;
