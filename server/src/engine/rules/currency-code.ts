import { schemaRule } from "../rule-factories/schema-rule";
import type { Rule } from "./rule";
const rule: Rule = {
  ...schemaRule("currency-code", "error", "Currencies are ISO 4217 codes in upper case (USD, GBP, EUR)."),
  fixable: "never",
  hasSuggestions: true,
  docs: {
    why: "Amounts are formatted and compared by currency, and only an ISO 4217 code names one unambiguously (`$` is several currencies).",
    valid: { change: [] },
    invalid: {
      change: [["    currency: EUR", "    currency: eur"]],
      findings: [
        {
          line: 20,
          column: 15,
          endLine: 20,
          endColumn: 18,
          message: "'currency' in compensation entry 1 (Berlin) is not an ISO 4217 currency code (upper case, e.g. USD, GBP, EUR) (got the text \"eur\").",
        },
      ],
    },
  },
};
export default rule;
