import type { ParseProblem } from "../parse/frontmatter";
import type { RuleCheck } from "../rules/rule";

/** A rule that reports what the parser could not read. */
export function parseRule(id: ParseProblem["rule"], description: string): RuleCheck {
  return {
    id,
    severity: "error",
    category: "file",
    description,
    check(context) {
      for (const problem of context.seed.problems) if (problem.rule === id) context.report(problem);
    },
  };
}
