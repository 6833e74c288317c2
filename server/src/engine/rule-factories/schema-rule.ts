import type { Severity } from "../types";
import type { RuleCheck } from "../rules/rule";
import { schemaFindings, type SchemaRuleId } from "../model/schema-findings";

/** A rule that reports the zod schema's issues of one kind. */
export function schemaRule(id: SchemaRuleId, severity: Severity, description: string): RuleCheck {
  return {
    id,
    severity,
    category: "frontmatter",
    description,
    check(context) {
      for (const finding of schemaFindings(context.seed, context.config)) if (finding.rule === id) context.report(finding);
    },
  };
}
