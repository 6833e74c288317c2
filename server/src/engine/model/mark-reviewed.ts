// The "Mark reviewed today" change: review-overdue's fix and the editor's refactoring on a review date.
import { addDays } from "../dates";
import type { Fix } from "../types";
import type { RuleContext } from "../rules/rule";

/**
 * "Mark reviewed today": sets `last_updated` to `today` and `next_review_due` to today plus
 * `config.reviewIntervalDays` (dates YYYY-MM-DD). A suggestion (it changes the frontmatter).
 * Undefined when either date has no value in the frontmatter to replace.
 */
export function markReviewedFix({ seed, today, config }: Pick<RuleContext, "seed" | "today" | "config">): Fix | undefined {
  const updated = seed.nodes?.valueSpan(["last_updated"]);
  const due = seed.nodes?.valueSpan(["next_review_due"]);
  if (!updated || !due) return undefined;
  const next = addDays(today, config.reviewIntervalDays);
  return {
    title: `Mark reviewed today (last_updated: ${today}, next_review_due: ${next})`,
    safe: false,
    edits: [
      { ...updated, newText: today },
      { ...due, newText: next },
    ],
  };
}
