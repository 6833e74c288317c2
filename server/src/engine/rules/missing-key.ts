import { schemaRule } from "../rule-factories/schema-rule";
import type { Rule } from "./rule";
const rule: Rule = {
  ...schemaRule("missing-key", "error", "Every required frontmatter key is present."),
  fixable: "never",
  hasSuggestions: true,
  docs: {
    why: "Renderers, the workspace index and the other rules rely on every required key; a missing one leaves a hole in the guide that nothing else reports.",
    configuration:
      "`regions`: the suggestion that adds a compensation entry's missing `currency` writes the region's usual currency (USD for an unknown region).",
    valid: { change: [] },
    invalid: {
      change: [["data_quality: medium\n", ""]],
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: 4, message: "Missing required key 'data_quality'." }],
    },
  },
};
export default rule;
