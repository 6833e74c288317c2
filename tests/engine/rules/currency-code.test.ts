import { CLEAN, SMALL, variant, withThirdRegion } from "../fixtures";
import { ruleTester } from "../rule-tester";

const figures = { base: [150000, 200000] as [number, number], stock: [100000, 200000] as [number, number], total: [180000, 260000] as [number, number] };

ruleTester("currency-code", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    {
      name: "CHF",
      text: withThirdRegion({ region: "Zurich", currency: "CHF", ...figures, cells: ["CHF 150K–CHF 200K", "CHF 100K–CHF 200K", "CHF 180K–CHF 260K"] }),
    },
    {
      name: "an ISO code the product has no region for",
      text: withThirdRegion({ region: "Reykjavik", currency: "ISK", ...figures, cells: ["ISK 150K–ISK 200K", "ISK 100K–ISK 200K", "ISK 180K–ISK 260K"] }),
    },
  ],
  invalid: [
    {
      name: "lower case",
      text: variant(SMALL, ["currency: EUR", "currency: eur"]),
      findings: [
        {
          line: 20,
          column: 15,
          endLine: 20,
          endColumn: 18,
          message: "'currency' in compensation entry 1 (Berlin) is not an ISO 4217 currency code (upper case, e.g. USD, GBP, EUR) (got the text \"eur\").",
        },
      ],
      output: null,
      suggestions: [{ title: "Write the currency code in upper case: EUR", output: SMALL }],
    },
    {
      name: "a name, not a code",
      text: variant(SMALL, ["currency: EUR", "currency: EURO"]),
      findings: [
        {
          line: 20,
          column: 15,
          endLine: 20,
          endColumn: 19,
          message: "'currency' in compensation entry 1 (Berlin) is not an ISO 4217 currency code (upper case, e.g. USD, GBP, EUR) (got the text \"EURO\").",
        },
      ],
      output: null,
      suggestions: [{ title: "Set the currency of Berlin to EUR", output: SMALL }],
    },
    {
      name: "a symbol, not a code",
      text: variant(CLEAN, ["    currency: GBP", '    currency: "£"']),
      findings: [
        {
          line: 38,
          column: 15,
          endLine: 38,
          endColumn: 18,
          message: "'currency' in compensation entry 3 (London) is not an ISO 4217 currency code (upper case, e.g. USD, GBP, EUR) (got the text \"£\").",
        },
      ],
      output: null,
      suggestions: [{ title: "Set the currency of London to GBP", output: CLEAN }],
    },
    {
      name: "three letters that are no currency",
      text: variant(SMALL, ["currency: EUR", "currency: XYZ"]),
      findings: [
        {
          line: 20,
          column: 15,
          endLine: 20,
          endColumn: 18,
          message: "'currency' in compensation entry 1 (Berlin) is not an ISO 4217 currency code (upper case, e.g. USD, GBP, EUR) (got the text \"XYZ\").",
        },
      ],
      output: null,
      suggestions: [{ title: "Set the currency of Berlin to EUR", output: SMALL }],
    },
  ],
});
