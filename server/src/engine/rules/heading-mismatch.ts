import { headingText } from "../body-text";
import { labelledLineRule } from "../rule-factories/labelled-line-rule";
import type { Rule } from "./rule";

const rule: Rule = {
  ...labelledLineRule({
    id: "heading-mismatch",
    severity: "warning",
    description: "The body's heading reads `{role_display} | {company_display} Global Negotiation Guide`.",
    label: "heading",
    expected: (seed) => headingText(seed.data),
    found: (seed) => seed.body.heading && { valueSpan: seed.body.heading.textSpan, value: seed.body.heading.text },
    line: (value) => `### ${value}`,
    insertAfter: () => undefined,
  }),
  fixable: "sometimes",
  hasSuggestions: true,
  docs: {
    why: "The heading is what readers see first; it restates the frontmatter, which is the truth, so a different heading is a stale copy.",
    valid: { change: [] },
    invalid: {
      change: [["### Software Engineer | Acme", "### Senior Engineer | Acme"]],
      findings: [
        {
          line: 28,
          column: 5,
          endLine: 28,
          endColumn: 52,
          message:
            "The heading says 'Senior Engineer | Acme Global Negotiation Guide' but the frontmatter says 'Software Engineer | Acme Global Negotiation Guide'.",
        },
      ],
    },
  },
};
export default rule;
