import { parseRule } from "../rule-factories/parse-rule";
import type { Rule } from "./rule";
const rule: Rule = {
  ...parseRule("yaml-syntax", "The frontmatter must be valid YAML: a mapping, unique keys, no alias expansion bombs."),
  fixable: "never",
  hasSuggestions: false,
  docs: {
    why: "Frontmatter that YAML cannot read is a seed without facts, and a key written twice silently keeps only one of its two values.",
    valid: { change: [] },
    invalid: {
      change: [["role: software-engineer", "role: software-engineer\ncompany: acme"]],
      findings: [
        {
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 8,
          message: "Duplicate key 'company': a key may appear once in a mapping (it is already set on line 2); remove or rename one.",
        },
      ],
    },
  },
};
export default rule;
