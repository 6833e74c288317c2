import { describe, expect, it } from "vitest";
import {
  amountMatches,
  canonicalSymbol,
  currencyCodes,
  currencyForSymbol,
  currencyName,
  findAmounts,
  findFigures,
  formatMoney,
  formatMoneyRange,
  formatPercentRange,
  isIsoCurrency,
  parseMoneyRange,
  parsePercentRange,
} from "../../server/src/engine";

const CANONICAL: [code: string, symbol: string, written: string, name: string][] = [
  ["USD", "$", "$195K", "US Dollar"],
  ["GBP", "£", "£195K", "British Pound"],
  ["EUR", "€", "€195K", "Euro"],
  ["CAD", "CA$", "CA$195K", "Canadian Dollar"],
  ["AUD", "A$", "A$195K", "Australian Dollar"],
  ["JPY", "¥", "¥195K", "Japanese Yen"],
  ["INR", "₹", "₹195K", "Indian Rupee"],
  ["ILS", "₪", "₪195K", "Israeli New Shekel"],
  ["CHF", "CHF", "CHF 195K", "Swiss Franc"],
  ["SGD", "SGD", "SGD 195K", "Singapore Dollar"],
];

describe("money: canonical forms from Intl", () => {
  it.each(CANONICAL)("%s is written %s (%s)", (code, symbol, written, name) => {
    expect(canonicalSymbol(code)).toBe(symbol);
    expect(formatMoney(195000, code)).toBe(written);
    expect(currencyName(code)).toBe(name);
    expect(currencyForSymbol(symbol)).toBe(code);
  });

  it.each(CANONICAL)("%s ranges round-trip through parseMoneyRange", (code) => {
    for (const [low, high] of [
      [195000, 255000],
      [1234000, 12500000],
      [950, 1500],
      [148500, 194000],
      [15000000, 20000000],
    ] as const) {
      const text = formatMoneyRange(low, high, code);
      const parsed = parseMoneyRange(text);
      expect(parsed?.currency, text).toBe(code);
      expect(amountMatches(parsed!.low, low), `${text} low`).toBe(true);
      expect(amountMatches(parsed!.high, high), `${text} high`).toBe(true);
    }
  });

  it("formats thousands with at most one decimal, millions with at most two", () => {
    expect([195000, 195500, 195550, 999, 1500, 1000000, 1234000, 1235000, 12500000, 999999, 999960].map((v) => formatMoney(v, "USD"))).toEqual([
      "$195K",
      "$195.5K",
      "$195.6K",
      "$999",
      "$1.5K",
      "$1M",
      "$1.23M",
      "$1.24M",
      "$12.5M",
      "$1M",
      "$1M",
    ]);
  });

  it("writes one amount when both ends are equal, and en dashes between ends", () => {
    expect(formatMoneyRange(195000, 195000, "GBP")).toBe("£195K");
    expect(formatMoneyRange(195000, 255000, "CHF")).toBe("CHF 195K–CHF 255K");
  });

  it("knows ISO 4217 codes from Intl, in upper case only", () => {
    expect(currencyCodes().size).toBeGreaterThan(100);
    expect(isIsoCurrency("USD")).toBe(true);
    expect(isIsoCurrency("usd")).toBe(false);
    expect(isIsoCurrency("XYZ")).toBe(false);
    expect(currencyName("XYZ")).toBeUndefined();
  });
});

describe("money: parsing what authors write", () => {
  const range = (text: string) => {
    const parsed = parseMoneyRange(text);
    return parsed && [parsed.currency, parsed.low.value, parsed.high.value];
  };

  it.each([
    ["$195K–$255K", "USD"],
    ["$195K−$255K", "USD"], // the minus sign U+2212 as the dash (regression: "not a money range")
    ["US$195K–US$255K", "USD"],
    ["USD 195K–255K", "USD"],
    ["USD 195K - USD 255K", "USD"],
    ["USD195K–USD255K", "USD"],
    ["195K–255K USD", "USD"],
    ["$195,000–$255,000", "USD"],
    ["$195,000 - 255,000", "USD"],
    ["$195–255K", "USD"],
    ["$195K to $255K", "USD"],
    ["$195K TO $255K", "USD"],
    ["$195K-$255K", "USD"],
    ["$195K — $255K", "USD"],
    ["$195k–$255k", "USD"],
    ["$0.195M–$0.255M", "USD"],
    ["S$195K–S$255K", "SGD"],
    ["SGD 195K–SGD 255K", "SGD"],
    ["C$195K–C$255K", "CAD"],
    ["CA$195K–CA$255K", "CAD"],
    ["HK$195K–HK$255K", "HKD"],
    ["NZ$195K–NZ$255K", "NZD"],
    ["A$195K–AU$255K", "AUD"],
    ["CHF 195K–CHF 255K", "CHF"],
    ["¥195K–¥255K", "JPY"],
    ["₹195K–₹255K", "INR"],
    ["₪195K–₪255K", "ILS"],
    ["£195K–£255K", "GBP"],
    ["€195K–€255K", "EUR"],
  ])("%s is %s 195000–255000", (text, code) => {
    expect(range(text)).toEqual([code, 195000, 255000]);
  });

  // A suffix written on one end only is shared with the other end when that end is written at
  // the same scale ("$195–255K"), not when it is written in full ("$195K – 255,000": regression,
  // it was read as 255,000K, a false table-cell-mismatch).
  it.each([
    ["$195K – 255,000", ["USD", 195000, 255000]],
    ["$195K–255000", ["USD", 195000, 255000]],
    ["$195,000–255K", ["USD", 195000, 255000]],
    ["$195K–255", ["USD", 195000, 255000]],
    ["$1.2M–1.5", ["USD", 1200000, 1500000]],
    ["$950–1.5K", ["USD", 950, 1500]],
    ["$0–5K", ["USD", 0, 5000]],
  ])("a suffix on one end: %s is %j", (text, expected) => {
    expect(range(text)).toEqual(expected);
  });

  it("keeps the precision each end was written with", () => {
    const parsed = (text: string) => {
      const { low, high } = parseMoneyRange(text)!;
      return [low.unit, low.decimals, low.hasSuffix, high.unit, high.decimals, high.hasSuffix];
    };
    expect(parsed("$195K – 255,000")).toEqual([1000, 0, true, 1, 0, false]);
    expect(parsed("$195–255K")).toEqual([1000, 0, false, 1000, 0, true]);
    expect(parsed("$195K–255.5")).toEqual([1000, 0, true, 1000, 1, false]);
    expect(parsed("$1.25M–2")).toEqual([1e6, 2, true, 1e6, 0, false]);
    // A tie (an end of 0 is as far from anything either way) shares the suffix.
    expect(parsed("$0–5K")).toEqual([1000, 0, false, 1000, 0, true]);
    expect(range("$0K–5")).toEqual(["USD", 0, 5000]);
  });

  it.each([
    ["$195–$255K", ["USD", 195, 255000]],
    ["$195K–$255", ["USD", 195000, 255]],
    ["$1M–2K", ["USD", 1000000, 2000]],
    ["$2K–1M", ["USD", 2000, 1000000]],
    [" $195K–$255K ", ["USD", 195000, 255000]],
    ["$195K ", ["USD", 195000, 195000]],
  ])("two ends that carry their own suffix or symbol keep it: %j is %j", (text, expected) => {
    expect(range(text)).toEqual(expected);
  });

  // Spellings authors use that read the same (regression: each was "not a money range", or a
  // range in USD where the code said which dollar).
  it.each([
    ["CAD $195K–$255K", ["CAD", 195000, 255000]],
    ["$195K–$255K CAD", ["CAD", 195000, 255000]],
    ["CAD $195K–255K", ["CAD", 195000, 255000]],
    ["CAD 195K–$255K", ["CAD", 195000, 255000]],
    ["USD $195K–$255K", ["USD", 195000, 255000]],
    ["AUD $195K – AUD $255K", ["AUD", 195000, 255000]],
    ["CNY ¥195K–¥255K", ["CNY", 195000, 255000]],
    ["$195 000–$255 000", ["USD", 195000, 255000]],
    ["$195\u00A0000–$255\u202F000", ["USD", 195000, 255000]],
    ["CHF 195'000–255'000", ["CHF", 195000, 255000]],
    ["CHF 195\u2019000 – 255\u2019000", ["CHF", 195000, 255000]],
    ["195 000–255 000 CAD", ["CAD", 195000, 255000]],
    ["$1 250 000.5–$2 000 000", ["USD", 1250000.5, 2000000]],
    ["from $195K to $255K", ["USD", 195000, 255000]],
    ["From $195K – $255K", ["USD", 195000, 255000]],
    ["between $195K and $255K", ["USD", 195000, 255000]],
    ["Between CAD $195K and $255K", ["CAD", 195000, 255000]],
    ["$195K–$255K RSU", ["USD", 195000, 255000]],
  ])("another spelling: %j is %j", (text, expected) => {
    expect(range(text)).toEqual(expected);
  });

  it.each([
    // A code that is not written with the sign does not override it; the ends then disagree.
    "€195K–$255K CAD",
    "CAD $195K–€255K",
    "USD $195K–$255K CAD",
    // A code glued into a longer word is no code.
    "XCAD $195K–$255K",
    // The wrapping words need their partner: `between … and`, a range after `from`.
    "between $195K – $255K",
    "from $195K and $255K",
    "from $195K",
    "between $195K",
    "since $195K to $255K",
    // Groups of three digits only.
    "$195 00–$255 00",
  ])("%j is not a money range", (text) => {
    expect(parseMoneyRange(text)).toBeUndefined();
  });

  it("reads a code before or after a sign as the currency of a lone amount, and spans it", () => {
    const amounts = findAmounts("Ask CAD $150K, then $160K CAD, not €170K USD.");
    expect(amounts.map((a) => [a.currency, a.value, a.start, a.end])).toEqual([
      ["CAD", 150000, 4, 13],
      ["CAD", 160000, 20, 29],
      ["EUR", 170000, 35, 44],
    ]);
    expect(findAmounts("the XCAD $150K")[0]!.currency).toBe("USD");
  });

  it.each(["$195K $255K", "$195K –", "195 XYZ–$255K", `$${"9".repeat(400)}`])("%j is not a money range either", (text) => {
    expect(parseMoneyRange(text)).toBeUndefined();
  });

  it("knows the canonical symbols of currencies it does not prefer", () => {
    expect([currencyForSymbol("MX$"), currencyForSymbol("₱"), currencyForSymbol(" S$ ")]).toEqual(["MXN", "PHP", "SGD"]);
    expect([canonicalSymbol("EURO"), canonicalSymbol("EURO")]).toEqual(["EURO", "EURO"]);
  });

  it("reads every figure of a cell, a number before a word that is no currency too", () => {
    expect(findFigures("195K and 5 ABC").map((a) => [a.start, a.end, a.value, a.hasSymbol, a.hasSuffix])).toEqual([
      [0, 4, 195000, false, true],
      [9, 14, Number.NaN, false, false],
    ]);
  });

  it("reads single amounts and exact figures", () => {
    expect(range("$195K")).toEqual(["USD", 195000, 195000]);
    expect(range("$1,234,567")).toEqual(["USD", 1234567, 1234567]);
    expect(range("£1.2M")).toEqual(["GBP", 1200000, 1200000]);
    expect(range("₩100M")).toEqual(["KRW", 100000000, 100000000]);
  });

  it.each(["195K", "195–255", "$195K–£255K", "about $195K", "$195K–$255K extra", "$195K–$255K–$300K", "¥", "", "TBD", "195K–255K XYZ"])(
    "%j is not a money range",
    (text) => {
      expect(parseMoneyRange(text)).toBeUndefined();
    },
  );

  it("matches an amount at the precision it was written with", () => {
    const amount = (text: string) => parseMoneyRange(text)!.low;
    expect(amountMatches(amount("$1.23M"), 1234000)).toBe(true);
    expect(amountMatches(amount("$1.23M"), 1235000)).toBe(true);
    expect(amountMatches(amount("$1.23M"), 1236000)).toBe(false);
    expect(amountMatches(amount("$1.2M"), 1249000)).toBe(true);
    expect(amountMatches(amount("$1.2M"), 1251000)).toBe(false);
    expect(amountMatches(amount("$195K"), 195499)).toBe(true);
    expect(amountMatches(amount("$195K"), 195501)).toBe(false);
    expect(amountMatches(amount("$195,000"), 195001)).toBe(false);
    expect(amountMatches(amount("$195.5K"), 195500)).toBe(true);
  });

  it("reads an amount followed by a word that is no ISO 4217 code (regression: '$300K RSU' was no amount, so its ask went unchecked)", () => {
    const text = "Ask for $300K RSU, $5K TBD and €20K  XYZ; 300 RSU is no money.";
    expect(findAmounts(text).map((a) => [text.slice(a.start, a.end), a.currency, a.value])).toEqual([
      ["$300K", "USD", 300000],
      ["$5K", "USD", 5000],
      ["€20K", "EUR", 20000],
    ]);
  });

  it("finds amounts that name a currency in prose, with offsets", () => {
    const text = "In 2026 Anthropic offers $230K base, OpenAI USD 240K; 3 ABC at Levels.fyi; €1.2M, 5%, 250K GBP and S$10K.";
    expect(findAmounts(text).map((a) => [text.slice(a.start, a.end), a.currency, a.value])).toEqual([
      ["$230K", "USD", 230000],
      ["USD 240K", "USD", 240000],
      ["€1.2M", "EUR", 1200000],
      ["250K GBP", "GBP", 250000],
      ["S$10K", "SGD", 10000],
    ]);
  });

  it("reads and writes bonus percentages", () => {
    expect(parsePercentRange("5%")).toEqual({ low: 5, high: 5 });
    expect(parsePercentRange("5–15%")).toEqual({ low: 5, high: 15 });
    expect(parsePercentRange("5−15%")).toEqual({ low: 5, high: 15 });
    expect(parsePercentRange("5% - 15%")).toEqual({ low: 5, high: 15 });
    expect(parsePercentRange("5 to 15%")).toEqual({ low: 5, high: 15 });
    expect(parsePercentRange("12.5%")).toEqual({ low: 12.5, high: 12.5 });
    expect(parsePercentRange("12.55%")).toEqual({ low: 12.55, high: 12.55 });
    expect(parsePercentRange("5–12.55%")).toEqual({ low: 5, high: 12.55 });
    expect(parsePercentRange("5%  -  15 % ")).toEqual({ low: 5, high: 15 });
    expect(parsePercentRange("about 5%")).toBeUndefined();
    expect(parsePercentRange("5% extra")).toBeUndefined();
    expect(parsePercentRange("5")).toBeUndefined();
    expect(parsePercentRange("five")).toBeUndefined();
    expect([formatPercentRange(5, 15), formatPercentRange(5, 5), formatPercentRange(5, undefined)]).toEqual(["5–15%", "5%", "5%"]);
  });
});
