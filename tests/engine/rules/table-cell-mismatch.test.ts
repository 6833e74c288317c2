import { CLEAN, MERGED, removeLine, ROWS, SMALL, variant, withSanFranciscoCell, withThirdRegion, type RegionFigures } from "../fixtures";
import { ruleTester, withCrlf, type InvalidCase } from "../rule-tester";

const FIGURES = { base: [150000, 200000], stock: [100000, 200000], total: [180000, 260000] } as Pick<RegionFigures, "base" | "stock" | "total">;
const region = (name: string, currency: string, cells: RegionFigures["cells"], figures = FIGURES) =>
  withThirdRegion({ region: name, currency, ...figures, cells });
const MILLIONS = { base: [1234000, 1500000], stock: [100000, 200000], total: [1300000, 1600000] } as Pick<RegionFigures, "base" | "stock" | "total">;

// One mistake, one finding (regressions: a finding per cell).
const LONDON_IN_DOLLARS = variant(CLEAN, [ROWS.london, "| London | $148K–$194K | $128K–$233K | 5% | $203K–$300K |"]);
const londonInDollars: InvalidCase = {
  name: "a whole row in another currency: one finding for the row; the entry's currency is the other answer",
  text: LONDON_IN_DOLLARS,
  findings: [
    {
      line: 56,
      column: 12,
      endLine: 56,
      endColumn: 56,
      message:
        "Base Salary, Stock (RSU/4yr) and Total Comp for London are in USD (US Dollar), but London's currency is GBP: the frontmatter says Base Salary £148K–£194K, Stock (RSU/4yr) £128K–£233K, Total Comp £203K–£300K.",
    },
  ],
  output: CLEAN,
  suggestions: [{ title: "Set London's currency to USD (from the table)", output: variant(LONDON_IN_DOLLARS, ["    currency: GBP", "    currency: USD"]) }],
};
const baseStockSwapped: InvalidCase = {
  name: "a row's base and stock cells swapped: one finding, the safe fix swaps them back as written",
  text: variant(CLEAN, [ROWS.sanFrancisco, "| San Francisco | **$170K–$310K** | $195K–$255K | 5% | $268K–$395K |"]),
  findings: [
    {
      line: 54,
      column: 19,
      endLine: 54,
      endColumn: 48,
      message:
        "The Base Salary and Stock (RSU/4yr) cells for San Francisco are swapped: the frontmatter says Base Salary $195K–$255K and Stock (RSU/4yr) $170K–$310K.",
    },
  ],
  output: variant(CLEAN, [ROWS.sanFrancisco, "| San Francisco | $195K–$255K | **$170K–$310K** | 5% | $268K–$395K |"]),
};
const baseHigh: InvalidCase = {
  name: "a base range with a different high end",
  text: withSanFranciscoCell("base", "$195K–$250K"),
  findings: [
    { line: 54, column: 19, endLine: 54, endColumn: 30, message: "Base Salary for San Francisco says $195K–$250K but the frontmatter says $195K–$255K." },
  ],
  output: CLEAN,
  suggestions: [
    {
      title: "Set San Francisco's base_high from the table ($195K–$250K)",
      output: variant(withSanFranciscoCell("base", "$195K–$250K"), ["base_high: 255000", "base_high: 250000"]),
    },
  ],
};

const inEmphasis: InvalidCase = {
  name: "a wrong range in bold: the fix keeps the bold",
  text: withSanFranciscoCell("base", "**$195K–$250K**"),
  findings: [
    { line: 54, column: 19, endLine: 54, endColumn: 34, message: "Base Salary for San Francisco says $195K–$250K but the frontmatter says $195K–$255K." },
  ],
  output: withSanFranciscoCell("base", "**$195K–$255K**"),
  suggestions: [
    {
      title: "Set San Francisco's base_high from the table ($195K–$250K)",
      output: variant(withSanFranciscoCell("base", "**$195K–$250K**"), ["    base_high: 255000", "    base_high: 250000"]),
    },
  ],
};

// New York's stock comes from San Francisco's entry through `<<: *us`; its cell says otherwise.
const MERGED_STOCK = variant(MERGED, [ROWS.newYork, "| New York | $190K–$250K | $170K–$300K | 5% | $263K–$388K |"]);
const mergedStock: InvalidCase = {
  name: "a cell that disagrees with a value a merge key brings in: the table fix keeps the merge, the frontmatter fix overrides it",
  text: MERGED_STOCK,
  findings: [
    { line: 54, column: 28, endLine: 54, endColumn: 39, message: "Stock (RSU/4yr) for New York says $170K–$300K but the frontmatter says $170K–$310K." },
  ],
  output: MERGED,
  suggestions: [
    {
      title: "Set New York's stock_high from the table ($170K–$300K)",
      output: variant(MERGED_STOCK, ["  - <<: *us\n", "  - <<: *us\n    stock_high: 300000\n"]),
    },
  ],
};

ruleTester("table-cell-mismatch", {
  valid: [
    {
      name: "a zero-width space inside a cell is invisible-character's one finding (regression: two)",
      text: variant(SMALL, ["| €80K–€100K |", "| €80K\u200B–€100K |"]),
    },
    // A likely slip in the frontmatter is its rule's one finding; its figures are never copied over the table's (regressions).
    { name: "London in EUR (region-currency's finding): the £ cells are not compared", text: variant(CLEAN, ["    currency: GBP", "    currency: EUR"]) },
    {
      name: "a base_high typo that makes the total implausible (total-comp-implausible's finding): the cells are not compared",
      text: variant(CLEAN, ["    base_high: 255000", "    base_high: 2550000"]),
    },
    { name: "the clean seed", text: CLEAN },
    { name: "values a merge key brings in are compared like any other", text: MERGED },
    { name: "$195,000–$255,000", text: withSanFranciscoCell("base", "$195,000–$255,000") },
    // Cells are GFM inline text, read as what they render to (regression: bold was "not a money range").
    { name: "**$195K–$255K**", text: withSanFranciscoCell("base", "**$195K–$255K**") },
    { name: "_$195K–$255K_ and a code span", text: withSanFranciscoCell("base", "_$195K–$255K_").replace("| $170K–$310K |", "| `$170K–$310K` |") },
    { name: "a link whose text is the range", text: withSanFranciscoCell("base", "[$195K–$255K](https://www.levels.fyi)") },
    { name: "an HTML entity for the dash, and an escaped dollar", text: withSanFranciscoCell("base", "\\$195K&ndash;$255K") },
    { name: "a bold bonus", text: withSanFranciscoCell("bonus", "**5%**") },
    { name: "USD 195K–255K", text: withSanFranciscoCell("base", "USD 195K–255K") },
    { name: "USD 195K - USD 255K", text: withSanFranciscoCell("base", "USD 195K - USD 255K") },
    { name: "195K–255K USD", text: withSanFranciscoCell("base", "195K–255K USD") },
    { name: "$195K to $255K", text: withSanFranciscoCell("base", "$195K to $255K") },
    { name: "$195K - $255K", text: withSanFranciscoCell("base", "$195K - $255K") },
    { name: "$195–255K (one suffix for both ends)", text: withSanFranciscoCell("base", "$195–255K") },
    // Regression: the low end's K was applied to a high end written in full (read as 255,000K).
    { name: "$195K – 255,000 (the high end written in full)", text: withSanFranciscoCell("base", "$195K – 255,000") },
    { name: "$195,000–255K (the low end written in full)", text: withSanFranciscoCell("base", "$195,000–255K") },
    { name: "$195K–255 (one suffix for both ends, written on the low end)", text: withSanFranciscoCell("base", "$195K–255") },
    { name: "US$195K–US$255K", text: withSanFranciscoCell("base", "US$195K–US$255K") },
    { name: "lower-case k and an em dash", text: withSanFranciscoCell("base", "$195k—$255k") },
    { name: "$0.195M–$0.255M", text: withSanFranciscoCell("base", "$0.195M–$0.255M") },
    { name: "bonus written 5 % or 5.0%", text: variant(CLEAN, ["| 5% | $268K", "| 5 % | $268K"], ["| 5% | $263K", "| 5.0% | $263K"]) },
    { name: "a bold region", text: variant(CLEAN, ["| San Francisco |", "| **San Francisco** |"]) },
    { name: "S$ for SGD", text: region("Singapore", "SGD", ["S$150K–S$200K", "S$100K–S$200K", "S$180K–S$260K"]) },
    { name: "SGD written as the code, with and without a space", text: region("Singapore", "SGD", ["SGD 150K–SGD 200K", "SGD100K–SGD200K", "SGD 180K–260K"]) },
    { name: "C$, CA$ and CAD for CAD", text: region("Toronto", "CAD", ["C$150K–C$200K", "CA$100K–CA$200K", "CAD 180K–260K"]) },
    { name: "HK$ for HKD", text: region("Hong Kong", "HKD", ["HK$150K–HK$200K", "HK$100K–HK$200K", "HK$180K–HK$260K"]) },
    { name: "NZ$ for NZD", text: region("Auckland", "NZD", ["NZ$150K–NZ$200K", "NZ$100K–NZ$200K", "NZ$180K–NZ$260K"]) },
    { name: "A$ and AU$ for AUD", text: region("Sydney", "AUD", ["A$150K–A$200K", "AU$100K–AU$200K", "A$180K–A$260K"]) },
    { name: "CHF", text: region("Zurich", "CHF", ["CHF 150K–CHF 200K", "CHF 100K–200K", "CHF 180K–CHF 260K"]) },
    { name: "₪ for ILS", text: region("Tel Aviv", "ILS", ["₪150K–₪200K", "₪100K–₪200K", "₪180K–₪260K"]) },
    {
      name: "₹ in millions",
      text: region("Bangalore", "INR", ["₹4.5M–₹6M", "₹1.23M–₹2M", "₹5M–₹7M"], {
        base: [4500000, 6000000],
        stock: [1230000, 2000000],
        total: [5000000, 7000000],
      }),
    },
    {
      name: "¥ in millions",
      text: region("Tokyo", "JPY", ["¥15M–¥20M", "¥10M–¥20M", "¥18M–¥26M"], {
        base: [15000000, 20000000],
        stock: [10000000, 20000000],
        total: [18000000, 26000000],
      }),
    },
    {
      name: "€1.23M for 1,234,000 (rounded to the written precision)",
      text: region("Berlin", "EUR", ["€1.23M–€1.5M", "€100K–€200K", "€1.3M–€1.6M"], MILLIONS),
    },
    { name: "€1.2M for 1,234,000 (one decimal written)", text: region("Berlin", "EUR", ["€1.2M–€1.5M", "€100K–€200K", "€1.3M–€1.6M"], MILLIONS) },
    { name: "1.234M–1.5M EUR (the code after)", text: region("Berlin", "EUR", ["1.234M–1.5M EUR", "€100K–€200K", "€1.3M–€1.6M"], MILLIONS) },
    { name: "an invalid currency is currency-code's finding, never copied into the table", text: variant(SMALL, ["currency: EUR", "currency: EURO"]) },
    { name: "a negative amount is invalid-value's finding", text: variant(SMALL, ["base_low: 80000", "base_low: -80000"]) },
    { name: "a reversed range is range-order's finding", text: variant(SMALL, ["base_low: 80000", "base_low: 120000"]) },
    { name: "a missing currency: nothing to compare", text: removeLine(SMALL, "currency: EUR") },
    {
      name: "a table without a Bonus column: no bonus to compare (table-columns reports the column)",
      text: variant(
        SMALL,
        ["| Stock (RSU/4yr) | Bonus |", "| Stock (RSU/4yr) |"],
        ["|-----------------|-------|", "|-----------------|"],
        ["| €40K–€80K | 10% |", "| €40K–€80K |"],
      ),
    },
  ],
  invalid: [
    londonInDollars,
    withCrlf(londonInDollars),
    {
      name: "two of a row's cells in another currency, one not: one finding, and the entry's currency is not offered",
      text: variant(CLEAN, [ROWS.london, "| London | $148K–$194K | £128K–£233K | 5% | $203K–$300K |"]),
      findings: [
        {
          line: 56,
          column: 12,
          endLine: 56,
          endColumn: 56,
          message:
            "Base Salary and Total Comp for London are in USD (US Dollar), but London's currency is GBP: the frontmatter says Base Salary £148K–£194K, Total Comp £203K–£300K.",
        },
      ],
      output: CLEAN,
    },
    {
      name: "a row's cells in another currency with other figures: one finding, the frontmatter's currency not offered",
      text: variant(CLEAN, [ROWS.london, "| London | $150K–$194K | $128K–$233K | 5% | $203K–$300K |"]),
      findings: [
        {
          line: 56,
          column: 12,
          endLine: 56,
          endColumn: 56,
          message:
            "Base Salary, Stock (RSU/4yr) and Total Comp for London are in USD (US Dollar), but London's currency is GBP: the frontmatter says Base Salary £148K–£194K, Stock (RSU/4yr) £128K–£233K, Total Comp £203K–£300K.",
        },
      ],
      output: CLEAN,
    },
    baseStockSwapped,
    withCrlf(baseStockSwapped),
    mergedStock,
    withCrlf(mergedStock),
    inEmphasis,
    withCrlf(inEmphasis),
    {
      name: "a wrong range in a link: the fix keeps the link's target",
      text: withSanFranciscoCell("base", "[$195K–$250K](https://www.levels.fyi)"),
      findings: [
        { line: 54, column: 19, endLine: 54, endColumn: 56, message: "Base Salary for San Francisco says $195K–$250K but the frontmatter says $195K–$255K." },
      ],
      output: withSanFranciscoCell("base", "[$195K–$255K](https://www.levels.fyi)"),
      suggestions: [
        {
          title: "Set San Francisco's base_high from the table ($195K–$250K)",
          output: variant(withSanFranciscoCell("base", "[$195K–$250K](https://www.levels.fyi)"), ["    base_high: 255000", "    base_high: 250000"]),
        },
      ],
    },
    {
      name: "a wrong range in a code span inside emphasis: the fix keeps both",
      text: withSanFranciscoCell("base", "*`$195K–$250K`*"),
      findings: [
        { line: 54, column: 19, endLine: 54, endColumn: 34, message: "Base Salary for San Francisco says $195K–$250K but the frontmatter says $195K–$255K." },
      ],
      output: withSanFranciscoCell("base", "*`$195K–$255K`*"),
      suggestions: [
        {
          title: "Set San Francisco's base_high from the table ($195K–$250K)",
          output: variant(withSanFranciscoCell("base", "*`$195K–$250K`*"), ["    base_high: 255000", "    base_high: 250000"]),
        },
      ],
    },
    {
      name: "a wrong bonus in bold",
      text: withSanFranciscoCell("bonus", "__7%__"),
      findings: [{ line: 54, column: 47, endLine: 54, endColumn: 53, message: "Bonus for San Francisco says 7% but the frontmatter says 5%." }],
      output: withSanFranciscoCell("bonus", "__5%__"),
      suggestions: [
        {
          title: "Set San Francisco's bonus from the table (7%)",
          output: variant(withSanFranciscoCell("bonus", "__7%__"), [
            "    stock_high: 310000\n    bonus_pct: 5\n    total_comp_low: 268000",
            "    stock_high: 310000\n    bonus_pct: 7\n    total_comp_low: 268000",
          ]),
        },
      ],
    },
    baseHigh,
    withCrlf(baseHigh),
    {
      name: "a high end written in full that differs: the reverse suggestion sets it as written, not in thousands",
      text: withSanFranciscoCell("base", "$195K – 250,000"),
      findings: [
        {
          line: 54,
          column: 19,
          endLine: 54,
          endColumn: 34,
          message: "Base Salary for San Francisco says $195K – 250,000 but the frontmatter says $195K–$255K.",
        },
      ],
      output: CLEAN,
      suggestions: [
        {
          title: "Set San Francisco's base_high from the table ($195K – 250,000)",
          output: variant(withSanFranciscoCell("base", "$195K – 250,000"), ["base_high: 255000", "base_high: 250000"]),
        },
      ],
    },
    {
      name: "a stock range in the wrong currency",
      text: withSanFranciscoCell("stock", "£170K–£310K"),
      findings: [
        {
          line: 54,
          column: 33,
          endLine: 54,
          endColumn: 44,
          message: "Stock (RSU/4yr) for San Francisco is in GBP (British Pound), but San Francisco's currency is USD: the frontmatter says $170K–$310K.",
        },
      ],
      output: CLEAN,
      suggestions: [
        {
          title: "Set San Francisco's currency from the table (£170K–£310K)",
          output: variant(withSanFranciscoCell("stock", "£170K–£310K"), ["    currency: USD\n  - region: New York", "    currency: GBP\n  - region: New York"]),
        },
      ],
    },
    {
      name: "a $ alone means USD, not CAD",
      text: region("Toronto", "CAD", ["$150K–$200K", "CA$100K–CA$200K", "CA$180K–CA$260K"]),
      findings: [
        {
          line: 56,
          column: 13,
          endLine: 56,
          endColumn: 24,
          message: "Base Salary for Toronto is in USD (US Dollar), but Toronto's currency is CAD: the frontmatter says CA$150K–CA$200K.",
        },
      ],
      output: region("Toronto", "CAD", ["CA$150K–CA$200K", "CA$100K–CA$200K", "CA$180K–CA$260K"]),
      suggestions: [
        {
          title: "Set Toronto's currency from the table ($150K–$200K)",
          output: variant(region("Toronto", "CAD", ["$150K–$200K", "CA$100K–CA$200K", "CA$180K–CA$260K"]), ["    currency: CAD", "    currency: USD"]),
        },
      ],
    },
    {
      name: "€1.23M is not 1,240,000",
      text: region("Berlin", "EUR", ["€1.23M–€1.5M", "€100K–€200K", "€1.3M–€1.6M"], { ...MILLIONS, base: [1240000, 1500000] }),
      findings: [
        { line: 56, column: 12, endLine: 56, endColumn: 24, message: "Base Salary for Berlin says €1.23M–€1.5M but the frontmatter says €1.24M–€1.5M." },
      ],
      output: region("Berlin", "EUR", ["€1.24M–€1.5M", "€100K–€200K", "€1.3M–€1.6M"], { ...MILLIONS, base: [1240000, 1500000] }),
      suggestions: [
        {
          title: "Set Berlin's base_low from the table (€1.23M–€1.5M)",
          output: region("Berlin", "EUR", ["€1.23M–€1.5M", "€100K–€200K", "€1.3M–€1.6M"], { ...MILLIONS, base: [1230000, 1500000] }),
        },
      ],
    },
    {
      name: "a cell that is not money",
      text: withSanFranciscoCell("total", "TBD"),
      findings: [
        {
          line: 54,
          column: 52,
          endLine: 54,
          endColumn: 55,
          message: "Total Comp for San Francisco is 'TBD', which is not a money range; the frontmatter says $268K–$395K.",
        },
      ],
      output: CLEAN,
    },
    {
      name: "an empty cell: an empty range where the text goes",
      text: withSanFranciscoCell("base", ""),
      findings: [
        {
          line: 54,
          column: 19,
          endLine: 54,
          endColumn: 19,
          message: "Base Salary for San Francisco is '', which is not a money range; the frontmatter says $195K–$255K.",
        },
      ],
      output: CLEAN,
    },
    {
      name: "amounts without any currency",
      text: withSanFranciscoCell("base", "195K–255K"),
      findings: [
        {
          line: 54,
          column: 19,
          endLine: 54,
          endColumn: 28,
          message: "Base Salary for San Francisco is '195K–255K', which is not a money range; the frontmatter says $195K–$255K.",
        },
      ],
      output: CLEAN,
    },
    {
      name: "a different bonus, with the reverse suggestion",
      text: withSanFranciscoCell("bonus", "10%"),
      findings: [{ line: 54, column: 47, endLine: 54, endColumn: 50, message: "Bonus for San Francisco says 10% but the frontmatter says 5%." }],
      output: CLEAN,
      suggestions: [
        {
          title: "Set San Francisco's bonus from the table (10%)",
          output: variant(withSanFranciscoCell("bonus", "10%"), [
            "    bonus_pct: 5\n    total_comp_low: 268000",
            "    bonus_pct: 10\n    total_comp_low: 268000",
          ]),
        },
      ],
    },
    {
      name: "a bonus range whose low end differs: the reverse suggestion adds bonus_pct_high",
      text: withSanFranciscoCell("bonus", "10–15%"),
      findings: [{ line: 54, column: 47, endLine: 54, endColumn: 53, message: "Bonus for San Francisco says 10–15% but the frontmatter says 5%." }],
      // The upper end 15 is nowhere in the frontmatter: writing 5% would lose it, so --fix does not.
      output: null,
      suggestions: [
        { title: "Set San Francisco's Bonus to 5% (from the frontmatter)", output: CLEAN },
        {
          title: "Set San Francisco's bonus from the table (10–15%)",
          output: variant(withSanFranciscoCell("bonus", "10–15%"), [
            "    bonus_pct: 5\n    total_comp_low: 268000",
            "    bonus_pct: 10\n    bonus_pct_high: 15\n    total_comp_low: 268000",
          ]),
        },
      ],
    },
    {
      name: "a single bonus where the frontmatter has a range",
      text: variant(SMALL, ["bonus_pct: 10", "bonus_pct: 10\n    bonus_pct_high: 20"]),
      findings: [{ line: 35, column: 37, endLine: 35, endColumn: 40, message: "Bonus for Berlin says 10% but the frontmatter says 10–20%." }],
      output: variant(SMALL, ["bonus_pct: 10", "bonus_pct: 10\n    bonus_pct_high: 20"], ["| 10% |", "| 10–20% |"]),
    },
    {
      name: "a bonus written in words (five): the author's words are not overwritten, the fix is a suggestion",
      text: withSanFranciscoCell("bonus", "five"),
      findings: [
        { line: 54, column: 47, endLine: 54, endColumn: 51, message: "Bonus for San Francisco is 'five', which is not a percentage; the frontmatter says 5%." },
      ],
      output: null,
      suggestions: [{ title: "Set San Francisco's Bonus to 5% (from the frontmatter)", output: CLEAN }],
    },
    {
      name: "placeholders (N/A, ?, -, TBD) are overwritten by the safe fix",
      text: variant(SMALL, ["| €80K–€100K | €40K–€80K | 10% | €98K–€130K |", "| N/A | ? | - | tbd |"]),
      findings: [
        {
          line: 34,
          column: 12,
          endLine: 34,
          endColumn: 15,
          message: "Base Salary for Berlin is 'N/A', which is not a money range; the frontmatter says €80K–€100K.",
        },
        {
          line: 34,
          column: 18,
          endLine: 34,
          endColumn: 19,
          message: "Stock (RSU/4yr) for Berlin is '?', which is not a money range; the frontmatter says €40K–€80K.",
        },
        { line: 34, column: 22, endLine: 34, endColumn: 23, message: "Bonus for Berlin is '-', which is not a percentage; the frontmatter says 10%." },
        {
          line: 34,
          column: 26,
          endLine: 34,
          endColumn: 29,
          message: "Total Comp for Berlin is 'tbd', which is not a money range; the frontmatter says €98K–€130K.",
        },
      ],
      output: SMALL,
    },
    {
      name: "a cell of the author's words (regression: overwritten by --fix): a suggestion only",
      text: variant(SMALL, ["| €40K–€80K |", "| Private company: options, not RSUs |"]),
      findings: [
        {
          line: 34,
          column: 25,
          endLine: 34,
          endColumn: 59,
          message: "Stock (RSU/4yr) for Berlin is 'Private company: options, not RSUs', which is not a money range; the frontmatter says €40K–€80K.",
        },
      ],
      output: null,
      suggestions: [{ title: "Set Berlin's Stock (RSU/4yr) to €40K–€80K (from the frontmatter)", output: SMALL }],
    },
    {
      name: "the frontmatter's figures with a word of the author's (€80K–€100K est.): a suggestion only",
      text: variant(SMALL, ["| €80K–€100K |", "| €80K–€100K (est.) |"]),
      findings: [
        {
          line: 34,
          column: 12,
          endLine: 34,
          endColumn: 29,
          message: "Base Salary for Berlin is '€80K–€100K (est.)', which is not a money range; the frontmatter says €80K–€100K.",
        },
      ],
      output: null,
      suggestions: [{ title: "Set Berlin's Base Salary to €80K–€100K (from the frontmatter)", output: SMALL }],
    },
    {
      name: "the frontmatter's figures with a code, joined by a slash (EUR 80K / 100K, which may say 'or'): a suggestion only",
      text: variant(SMALL, ["| €80K–€100K |", "| EUR 80K / 100K |"]),
      findings: [
        {
          line: 34,
          column: 12,
          endLine: 34,
          endColumn: 26,
          message: "Base Salary for Berlin is 'EUR 80K / 100K', which is not a money range; the frontmatter says €80K–€100K.",
        },
      ],
      output: null,
      suggestions: [{ title: "Set Berlin's Base Salary to €80K–€100K (from the frontmatter)", output: SMALL }],
    },
    // A mark of the author's next to restated figures points to a note or qualifies them: kept (regressions).
    ...["€80K–€100K*", "€80K–€100K †", "~€80K–€100K", "(€80K–€100K)"].map((cell): InvalidCase => ({
      name: `the frontmatter's figures with a mark of the author's (${cell}): a suggestion only`,
      text: variant(SMALL, ["| €80K–€100K |", `| ${cell} |`]),
      findings: [
        {
          line: 34,
          column: 12,
          endLine: 34,
          endColumn: 12 + cell.length,
          message: `Base Salary for Berlin is '${cell}', which is not a money range; the frontmatter says €80K–€100K.`,
        },
      ],
      output: null,
      suggestions: [{ title: "Set Berlin's Base Salary to €80K–€100K (from the frontmatter)", output: SMALL }],
    })),
    {
      name: "a range whose ends are equal in the frontmatter is compared like any other",
      text: variant(SMALL, ["base_high: 100000", "base_high: 80000"], ["| €80K–€100K |", "| €80K–€90K |"]),
      findings: [{ line: 34, column: 12, endLine: 34, endColumn: 21, message: "Base Salary for Berlin says €80K–€90K but the frontmatter says €80K." }],
      output: variant(SMALL, ["base_high: 100000", "base_high: 80000"], ["| €80K–€100K |", "| €80K |"]),
      suggestions: [
        {
          title: "Set Berlin's base_high from the table (€80K–€90K)",
          output: variant(SMALL, ["base_high: 100000", "base_high: 90000"], ["| €80K–€100K |", "| €80K–€90K |"]),
        },
      ],
    },
    {
      name: "a cell that is not a money range but restates both ends (€80K–$100K): the fix is safe",
      text: variant(SMALL, ["| €80K–€100K |", "| €80K–$100K |"]),
      findings: [
        {
          line: 34,
          column: 12,
          endLine: 34,
          endColumn: 22,
          message: "Base Salary for Berlin is '€80K–$100K', which is not a money range; the frontmatter says €80K–€100K.",
        },
      ],
      output: SMALL,
    },
    {
      name: "a cell that is not a money range with a figure of its own (about 90K): a suggestion only",
      text: variant(SMALL, ["| €80K–€100K |", "| about 90K |"]),
      findings: [
        {
          line: 34,
          column: 12,
          endLine: 34,
          endColumn: 21,
          message: "Base Salary for Berlin is 'about 90K', which is not a money range; the frontmatter says €80K–€100K.",
        },
      ],
      output: null,
      suggestions: [{ title: "Set Berlin's Base Salary to €80K–€100K (from the frontmatter)", output: SMALL }],
    },
    {
      name: "a bonus without % that restates bonus_pct: the fix is safe",
      text: variant(SMALL, ["| 10% |", "| 10 |"]),
      findings: [
        { line: 34, column: 37, endLine: 34, endColumn: 39, message: "Bonus for Berlin is '10', which is not a percentage; the frontmatter says 10%." },
      ],
      output: SMALL,
    },
    {
      name: "a bonus without % with a figure of its own (10 or 12): a suggestion only",
      text: variant(SMALL, ["| 10% |", "| 10 or 12 |"]),
      findings: [
        { line: 34, column: 37, endLine: 34, endColumn: 45, message: "Bonus for Berlin is '10 or 12', which is not a percentage; the frontmatter says 10%." },
      ],
      output: null,
      suggestions: [{ title: "Set Berlin's Bonus to 10% (from the frontmatter)", output: SMALL }],
    },
    {
      name: "a range in another currency with another low end: the reverse suggestion names both keys",
      text: variant(SMALL, ["| €80K–€100K |", "| $90K–$100K |"]),
      findings: [
        {
          line: 34,
          column: 12,
          endLine: 34,
          endColumn: 22,
          message: "Base Salary for Berlin is in USD (US Dollar), but Berlin's currency is EUR: the frontmatter says €80K–€100K.",
        },
      ],
      output: SMALL,
      suggestions: [
        {
          title: "Set Berlin's currency, base_low from the table ($90K–$100K)",
          output: variant(SMALL, ["currency: EUR", "currency: USD"], ["base_low: 80000", "base_low: 90000"], ["| €80K–€100K |", "| $90K–$100K |"]),
        },
      ],
    },
    {
      name: "a bonus range with another upper end than bonus_pct_high: a mismatch, and the reverse suggestion sets bonus_pct_high",
      text: variant(SMALL, ["bonus_pct: 10", "bonus_pct: 10\n    bonus_pct_high: 15"], ["| 10% |", "| 10–20% |"]),
      findings: [{ line: 35, column: 37, endLine: 35, endColumn: 43, message: "Bonus for Berlin says 10–20% but the frontmatter says 10–15%." }],
      output: variant(SMALL, ["bonus_pct: 10", "bonus_pct: 10\n    bonus_pct_high: 15"], ["| 10% |", "| 10–15% |"]),
      suggestions: [
        {
          title: "Set Berlin's bonus from the table (10–20%)",
          output: variant(SMALL, ["bonus_pct: 10", "bonus_pct: 10\n    bonus_pct_high: 20"], ["| 10% |", "| 10–20% |"]),
        },
      ],
    },
    {
      name: "a bonus range with another low end and the same upper end",
      text: variant(SMALL, ["bonus_pct: 10", "bonus_pct: 10\n    bonus_pct_high: 20"], ["| 10% |", "| 15–20% |"]),
      findings: [{ line: 35, column: 37, endLine: 35, endColumn: 43, message: "Bonus for Berlin says 15–20% but the frontmatter says 10–20%." }],
      output: variant(SMALL, ["bonus_pct: 10", "bonus_pct: 10\n    bonus_pct_high: 20"], ["| 10% |", "| 10–20% |"]),
      suggestions: [
        {
          title: "Set Berlin's bonus from the table (15–20%)",
          output: variant(SMALL, ["bonus_pct: 10", "bonus_pct: 15\n    bonus_pct_high: 20"], ["| 10% |", "| 15–20% |"]),
        },
      ],
    },
    {
      name: "a short row: one finding per missing cell, on the row, without a fix",
      text: variant(CLEAN, [ROWS.newYork, "| New York | $190K–$250K |"]),
      findings: [
        { line: 55, column: 1, endLine: 55, endColumn: 27, message: "The row for New York has no Stock (RSU/4yr) cell; the frontmatter says $170K–$310K." },
        { line: 55, column: 1, endLine: 55, endColumn: 27, message: "The row for New York has no Bonus cell; the frontmatter says 5%." },
        { line: 55, column: 1, endLine: 55, endColumn: 27, message: "The row for New York has no Total Comp cell; the frontmatter says $263K–$388K." },
      ],
      output: null,
    },
  ],
});
