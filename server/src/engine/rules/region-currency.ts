import { unusualCurrency } from "../model/entry-values";
import type { Rule } from "./rule";
import { entries, spanAt } from "../model/frontmatter-data";

const rule: Rule = {
  id: "region-currency",
  severity: "warning",
  category: "frontmatter",
  description: "A known region uses its usual currency (London with GBP, not USD). Unknown regions are not checked.",
  fixable: "never",
  hasSuggestions: true,
  docs: {
    why: "A known region paid in another currency is almost always a copied entry whose currency was not changed; the amounts then mean something else.",
    configuration: '`regions` in `seeds.config.json` adds regions and their usual currency, or changes a known region\'s (`{"regions": {"Lisbon": "EUR"}}`).',
    valid: { change: [] },
    invalid: {
      change: [["    currency: EUR", "    currency: GBP"]],
      findings: [{ line: 20, column: 15, endLine: 20, endColumn: 18, message: "Berlin is usually paid in EUR, but this entry says GBP." }],
    },
  },
  check({ seed, config, report }) {
    for (const entry of entries(seed)) {
      // A currency that is no ISO 4217 code is currency-code's one finding (with this fix as a suggestion).
      const usual = unusualCurrency(config, entry);
      if (!usual) continue;
      const span = spanAt(seed, ["compensation", entry.index, "currency"]);
      report({
        span,
        message: `${entry.region} is usually paid in ${usual}, but this entry says ${entry.currency}.`,
        fixes: [{ title: `Set the currency of ${entry.region} to ${usual}`, safe: false, edits: [{ ...span, newText: usual }] }],
      });
    }
  },
};
export default rule;
