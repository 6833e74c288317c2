import { parseRule } from "../rule-factories/parse-rule";
import type { Rule } from "./rule";
const rule: Rule = {
  ...parseRule("not-text", "The file is binary or not UTF-8 text, so it cannot be a seed."),
  fixable: "never",
  hasSuggestions: false,
  docs: {
    why: "A binary file or one in another encoding that the seed globs match would be read as garbage, and every other rule would report noise about it: one finding says what is wrong.",
    valid: { change: [] },
    invalid: {
      change: [["company: acme", "company: ac\u0000me"]],
      findings: [{ line: 2, column: 12, endLine: 2, endColumn: 13, message: "This is not a text seed: it contains a binary control character (U+0000)." }],
    },
  },
};
export default rule;
