import type { Rule } from "./rule";
import { validDate } from "../model/valid-dates";
import { spanAt } from "../model/frontmatter-data";

const rule: Rule = {
  id: "review-date-order",
  severity: "error",
  category: "frontmatter",
  description: "`next_review_due` is after `last_updated`.",
  fixable: "never",
  hasSuggestions: false,
  docs: {
    why: "A review due before the last update is a typo in one of the two dates, and the overdue reminder would fire at the wrong time.",
    valid: { change: [] },
    invalid: {
      change: [["next_review_due: 2027-01-15", "next_review_due: 2026-05-01"]],
      findings: [{ line: 10, column: 18, endLine: 10, endColumn: 28, message: "'next_review_due' (2026-05-01) must be after 'last_updated' (2026-06-01)." }],
    },
  },
  check({ seed, report }) {
    const updated = validDate(seed, "last_updated");
    const due = validDate(seed, "next_review_due");
    if (!updated || !due || due > updated) return;
    report({ span: spanAt(seed, ["next_review_due"]), message: `'next_review_due' (${due}) must be after 'last_updated' (${updated}).` });
  },
};
export default rule;
