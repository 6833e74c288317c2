import { parseConfigText } from "../../../server/src/engine";
import { CLEAN, SMALL, variant, withThirdRegion } from "../fixtures";
import { ruleTester, withCrlf, type InvalidCase } from "../rule-tester";

const figures = { base: [150000, 200000] as [number, number], stock: [100000, 200000] as [number, number], total: [180000, 260000] as [number, number] };
const lisbonUsd = withThirdRegion({ region: "Lisbon", currency: "USD", ...figures, cells: ["$150K–$200K", "$100K–$200K", "$180K–$260K"] });

const berlinGbp: InvalidCase = {
  name: "Berlin paid in GBP",
  text: variant(SMALL, ["currency: EUR", "currency: GBP"]),
  findings: [{ line: 20, column: 15, endLine: 20, endColumn: 18, message: "Berlin is usually paid in EUR, but this entry says GBP." }],
  output: null,
  suggestions: [{ title: "Set the currency of Berlin to EUR", output: SMALL }],
};

ruleTester("region-currency", {
  valid: [
    // One mistake, one finding: currency-code reports it, with the usual currency as a suggestion (regression: two findings).
    { name: "a known region paid in a code that is no ISO 4217 code", text: variant(SMALL, ["currency: EUR", "currency: XYZ"]) },
    { name: "the clean seed", text: CLEAN },
    {
      name: "an unknown region gets no warning",
      text: withThirdRegion({ region: "Mars Colony", currency: "USD", ...figures, cells: ["$150K–$200K", "$100K–$200K", "$180K–$260K"] }),
    },
    { name: "a known region matched without regard to case", text: variant(CLEAN, ["  - region: London", "  - region: london"], ["| London |", "| london |"]) },
    { name: "a configured region with its currency", text: lisbonUsd, config: parseConfigText(JSON.stringify({ regions: { Lisbon: "USD" } })).config },
    { name: "an invalid code is currency-code's finding", text: variant(SMALL, ["currency: EUR", "currency: eur"]) },
  ],
  invalid: [
    {
      name: "a region written with its accents (Zürich) is known as Zurich (regression: no warning)",
      text: variant(SMALL, ["  - region: Berlin", "  - region: Zürich"], ["| Berlin |", "| Zürich |"], ["currency: EUR", "currency: USD"]),
      findings: [{ line: 20, column: 15, endLine: 20, endColumn: 18, message: "Zürich is usually paid in CHF, but this entry says USD." }],
      output: null,
      suggestions: [
        {
          title: "Set the currency of Zürich to CHF",
          output: variant(SMALL, ["  - region: Berlin", "  - region: Zürich"], ["| Berlin |", "| Zürich |"], ["currency: EUR", "currency: CHF"]),
        },
      ],
    },
    {
      name: "London paid in USD",
      text: variant(CLEAN, ["    currency: GBP", "    currency: USD"]),
      findings: [{ line: 38, column: 15, endLine: 38, endColumn: 18, message: "London is usually paid in GBP, but this entry says USD." }],
      output: null,
      suggestions: [{ title: "Set the currency of London to GBP", output: CLEAN }],
    },
    berlinGbp,
    withCrlf(berlinGbp),
    {
      name: "configuration can change a known region's currency",
      text: CLEAN,
      config: parseConfigText(JSON.stringify({ regions: { London: "EUR" } })).config,
      findings: [{ line: 38, column: 15, endLine: 38, endColumn: 18, message: "London is usually paid in EUR, but this entry says GBP." }],
      output: null,
      suggestions: [{ title: "Set the currency of London to EUR", output: variant(CLEAN, ["    currency: GBP", "    currency: EUR"]) }],
    },
  ],
});
