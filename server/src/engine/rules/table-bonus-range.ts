import type { Rule } from "./rule";
import { cellFindings } from "../model/cell-findings";

const rule: Rule = {
  id: "table-bonus-range",
  severity: "warning",
  category: "body",
  description: "A bonus range in the table (`5–15%`) is also in the frontmatter as `bonus_pct_high`.",
  fixable: "never",
  hasSuggestions: true,
  docs: {
    why: "A bonus range in the table that the frontmatter lacks is a figure nothing checks; the author decides which of the two is right.",
    valid: { change: [] },
    invalid: { change: [["| 10% |", "| 10–15% |"]], findings: [{ line: 34, column: 37, endLine: 34, endColumn: 43, message: "The bonus for Berlin is the range 10–15% in the table, but the frontmatter has only 'bonus_pct: 10': add 'bonus_pct_high: 15' or write 10%." }] },
  },
  check({ seed, report }) {
    for (const finding of cellFindings(seed)) if (finding.rule === "table-bonus-range") report(finding);
  },
};
export default rule;
