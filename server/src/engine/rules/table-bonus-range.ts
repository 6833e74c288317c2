import type { Rule } from "./rule";
import { cellFindings } from "../model/cell-findings";

const rule: Rule = {
  id: "table-bonus-range",
  severity: "warning",
  category: "body",
  description: "A bonus range in the table (`5–15%`) is also in the frontmatter as `bonus_pct_high`.",
  check({ seed, report }) {
    for (const finding of cellFindings(seed)) if (finding.rule === "table-bonus-range") report(finding);
  },
};
export default rule;
