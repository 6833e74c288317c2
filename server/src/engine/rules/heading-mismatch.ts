import { headingText } from "../render-text";
import { labelledLineRule } from "../rule-factories/labelled-line-rule";

export default labelledLineRule({
  id: "heading-mismatch",
  severity: "warning",
  description: "The body's heading reads `{role_display} | {company_display} Global Negotiation Guide`.",
  label: "heading",
  expected: (seed) => headingText(seed.data),
  found: (seed) => seed.body.heading && { valueSpan: seed.body.heading.textSpan, value: seed.body.heading.text },
  line: (value) => `### ${value}`,
  insertAfter: () => undefined,
});
