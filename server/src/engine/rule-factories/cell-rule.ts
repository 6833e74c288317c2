import type { Severity } from "../types";
import type { RuleCheck } from "../rules/rule";
import { cellFindings, type CellFinding } from "../model/cell-findings";

/** A rule that reports the table cells' disagreements with the frontmatter of one kind. */
export function cellRule(id: CellFinding["rule"], severity: Severity, description: string): RuleCheck {
  return {
    id,
    severity,
    category: "body",
    description,
    check({ seed, config, report }) {
      for (const finding of cellFindings(seed, config)) if (finding.rule === id) report(finding);
    },
  };
}
