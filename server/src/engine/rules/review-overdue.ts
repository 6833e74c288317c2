import { daysBetween } from "../dates";
import type { Rule } from "./rule";
import { validDate } from "../model/valid-dates";
import { spanAt } from "../model/frontmatter-data";
import { markReviewedFix } from "../model/mark-reviewed";

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
