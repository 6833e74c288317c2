import type { Rule } from "./rule";
import { validDate } from "../model/valid-dates";
import { spanAt } from "../model/frontmatter-data";

const rule: Rule = {
  id: "future-update",
  severity: "error",
  category: "frontmatter",
  description: "`last_updated` is not in the future.",
  fixable: "never",
  hasSuggestions: false,
  docs: {
    why: "A seed cannot have been updated after today; a future date is a typo that also postpones every freshness check.",
    valid: { change: [] },
    invalid: {
      change: [["last_updated: 2026-06-01", "last_updated: 2026-12-01"]],
      findings: [{ line: 7, column: 15, endLine: 7, endColumn: 25, message: "'last_updated' (2026-12-01) is in the future (today is 2026-11-28)." }],
    },
  },
  check({ seed, today, report }) {
    const updated = validDate(seed, "last_updated");
    if (!updated || updated <= today) return;
    report({ span: spanAt(seed, ["last_updated"]), message: `'last_updated' (${updated}) is in the future (today is ${today}).` });
  },
};
export default rule;
