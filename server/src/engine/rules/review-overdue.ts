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
  fixable: "never",
  hasSuggestions: true,
  docs: {
    why: "Pay data goes stale; the review date is the author's promise to look again, and this is the reminder.",
    configuration: '`reviewIntervalDays` (default 90): the "Mark reviewed today" suggestion sets `next_review_due` this many days after today.',
    valid: { change: [] },
    invalid: {
      change: [["next_review_due: 2027-01-15", "next_review_due: 2026-09-01"]],
      findings: [{ line: 10, column: 18, endLine: 10, endColumn: 28, message: "Review overdue: 'next_review_due' was 2026-09-01, 88 days ago." }],
    },
  },
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
