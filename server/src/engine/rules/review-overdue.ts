import { addDays, daysBetween } from "../dates";
import type { Fix } from "../types";
import type { Rule } from "./rule";
import { validDate } from "../model/valid-dates";
import { spanAt } from "../model/frontmatter-data";
import type { RuleContext } from "./rule";

/** "Mark reviewed today": last_updated = today, next_review_due = today + the review interval. */
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

const rule: Rule = {
  id: "review-overdue",
  severity: "warning",
  category: "frontmatter",
  description: "`next_review_due` has not passed: the figures are due for another look once it has.",
  check(context) {
    const due = validDate(context.seed, "next_review_due");
    if (!due || due >= context.today) return;
    const days = daysBetween(due, context.today);
    const fix = markReviewedFix(context);
    context.report({
      span: spanAt(context.seed, ["next_review_due"]),
      message: `Review overdue: 'next_review_due' was ${due}, ${days} day${days === 1 ? "" : "s"} ago.`,
      fixes: fix ? [fix] : [],
    });
  },
};
export default rule;
