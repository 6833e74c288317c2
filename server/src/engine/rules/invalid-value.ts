import { schemaRule } from "../rule-factories/schema-rule";
import type { Rule } from "./rule";
const rule: Rule = {
  ...schemaRule("invalid-value", "error", "Every value has the right type and format: slugs, enums, whole non-negative amounts, percentages 0–100."),
  fixable: "never",
  hasSuggestions: true,
  docs: {
    why: "A value of the wrong type or format cannot be compared, summed or rendered: an amount written as text is not an amount to the checker, the chart or the index.",
    valid: { change: [] },
    invalid: {
      change: [["data_quality: medium", "data_quality: mediun"]],
      findings: [
        {
          line: 8,
          column: 15,
          endLine: 8,
          endColumn: 21,
          message: "'data_quality' must be one of 'high', 'medium', 'low', not the text \"mediun\"; did you mean 'medium'?",
        },
      ],
    },
  },
};
export default rule;
