import type { Rule } from "./rule";
import { cellFindings } from "../model/cell-findings";

const rule: Rule = {
  id: "table-cell-mismatch",
  severity: "error",
  category: "body",
  description: "Every table cell denotes the frontmatter's numbers in the entry's currency (`$195K–$255K` for base_low 195000, base_high 255000, USD).",
  check({ seed, report }) {
    for (const finding of cellFindings(seed)) if (finding.rule === "table-cell-mismatch") report(finding);
  },
};
export default rule;
