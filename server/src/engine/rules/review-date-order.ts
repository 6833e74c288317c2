import type { Rule } from "./rule";
import { validDate } from "../model/valid-dates";
import { spanAt } from "../model/frontmatter-data";

const rule: Rule = {
  id: "review-date-order",
  severity: "error",
  category: "frontmatter",
  description: "`next_review_due` is after `last_updated`.",
  check({ seed, report }) {
    const updated = validDate(seed, "last_updated");
    const due = validDate(seed, "next_review_due");
    if (!updated || !due || due > updated) return;
    report({ span: spanAt(seed, ["next_review_due"]), message: `'next_review_due' (${due}) must be after 'last_updated' (${updated}).` });
  },
};
export default rule;
