import { schemaRule } from "../rule-factories/schema-rule";
import type { Rule } from "./rule";
const rule: Rule = {
  ...schemaRule("invalid-date", "error", "Dates are real calendar dates (no 2026-02-30)."),
  fixable: "never",
  hasSuggestions: false,
  docs: {
    why: "Review reminders and freshness checks compute with these dates; a date that does not exist makes every such check silently wrong.",
    valid: { change: [] },
    invalid: {
      change: [["last_updated: 2026-06-01", "last_updated: 2026-02-30"]],
      findings: [{ line: 7, column: 15, endLine: 7, endColumn: 25, message: "'last_updated' is not a real calendar date (got the text \"2026-02-30\")." }],
    },
  },
};
export default rule;
