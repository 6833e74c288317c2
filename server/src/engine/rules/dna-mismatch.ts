import { labelledLineRule } from "../rule-factories/labelled-line-rule";
import { str } from "../model/frontmatter-data";
import type { Rule } from "./rule";
import { setValue } from "../yaml-edits";

const rule: Rule = {
  ...labelledLineRule({
    id: "dna-mismatch",
    severity: "warning",
    description: "The `**Negotiation DNA:**` line restates `negotiation_dna_summary`.",
    label: "Negotiation DNA line",
    expected: (seed) => str(seed.data.negotiation_dna_summary),
    found: (seed) => seed.body.dna,
    line: (value) => `**Negotiation DNA:** ${value}`,
    fromBody: (seed, value) => setValue(seed, ["negotiation_dna_summary"], JSON.stringify(value)),
    insertAfter: (seed) => seed.body.heading?.line,
  }),
  fixable: "sometimes",
  hasSuggestions: true,
  docs: {
    why: "The body restates the frontmatter for readers; a line that says something else is a stale copy that readers would believe.",
    valid: { change: [] },
    invalid: {
      change: [["**Negotiation DNA:** Cash-heavy offers", "**Negotiation DNA:** Equity-heavy offers"]],
      findings: [
        {
          line: 30,
          column: 22,
          endLine: 30,
          endColumn: 41,
          message: "The Negotiation DNA line says 'Equity-heavy offers' but the frontmatter says 'Cash-heavy offers'.",
        },
      ],
    },
  },
};
export default rule;
