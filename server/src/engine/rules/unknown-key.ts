import { schemaRule } from "../rule-factories/schema-rule";
import type { Rule } from "./rule";
const rule: Rule = {
  ...schemaRule("unknown-key", "error", 'Every frontmatter key is one the format defines (a likely typo gets a "did you mean").'),
  fixable: "never",
  hasSuggestions: true,
  docs: {
    why: "A misspelt key is ignored by every reader: its value is lost while the seed looks complete.",
    valid: { change: [] },
    invalid: {
      change: [["    bonus_pct: 10", "    bonus_pc: 10"]],
      findings: [
        { line: 17, column: 5, endLine: 17, endColumn: 13, message: "Unknown key 'bonus_pc' in compensation entry 1 (Berlin); did you mean 'bonus_pct'?" },
      ],
    },
  },
};
export default rule;
