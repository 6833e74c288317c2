import { labelledLineRule } from "../rule-factories/labelled-line-rule";
import { str } from "../model/frontmatter-data";

export default labelledLineRule({
  id: "dna-mismatch",
  severity: "warning",
  description: "The `**Negotiation DNA:**` line restates `negotiation_dna_summary`.",
  label: "Negotiation DNA line",
  expected: (seed) => str(seed.data.negotiation_dna_summary),
  found: (seed) => seed.body.dna,
  line: (value) => `**Negotiation DNA:** ${value}`,
  insertAfter: (seed) => seed.body.heading?.line,
});
