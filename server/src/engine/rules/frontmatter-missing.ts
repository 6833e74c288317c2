import { parseRule } from "../rule-factories/parse-rule";
import type { Rule } from "./rule";
const rule: Rule = {
  ...parseRule("frontmatter-missing", "The seed must start with a YAML frontmatter block between `---` lines."),
  fixable: "never",
  hasSuggestions: false,
  docs: {
    why: "Every fact a seed states lives in its frontmatter; without the block nothing can be checked against it, rendered or indexed.",
    valid: { change: [] },
    invalid: {
      text: "### Software Engineer | Acme Global Negotiation Guide\n\nNo frontmatter here.\n",
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 54,
          message: "The seed has no frontmatter: its first line must be '---', followed by the YAML keys and another '---' line.",
        },
      ],
    },
  },
};
export default rule;
