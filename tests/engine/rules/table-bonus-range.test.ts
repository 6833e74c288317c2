import { CLEAN, REFERENCE, SMALL, variant } from "../fixtures";
import { ruleTester, withCrlf, type InvalidCase } from "../rule-tester";

const smallRange = variant(SMALL, ["| 10% |", "| 10-20% |"]);
const small: InvalidCase = {
  name: "a range where the frontmatter has one value: add bonus_pct_high, or write it (both suggestions, nothing is dropped by --fix)",
  text: smallRange,
  findings: [
    {
      line: 34,
      column: 37,
      endLine: 34,
      endColumn: 43,
      message: "The bonus for Berlin is the range 10-20% in the table, but the frontmatter has only 'bonus_pct: 10': add 'bonus_pct_high: 20' or write 10%.",
    },
  ],
  output: null,
  suggestions: [
    {
      title: "Add 'bonus_pct_high: 20' to Berlin (keep the table's range)",
      output: variant(smallRange, ["bonus_pct: 10", "bonus_pct: 10\n    bonus_pct_high: 20"]),
    },
    { title: "Set Berlin's Bonus to 10% (drop the table's upper end)", output: SMALL },
  ],
};

const BERLIN_BLOCK =
  "  - region: Berlin\n    base_low: 80000\n    base_high: 100000\n    stock_low: 40000\n    stock_high: 80000\n    bonus_pct: 10\n    total_comp_low: 98000\n    total_comp_high: 130000\n    currency: EUR";
const BERLIN_FLOW =
  "  - {region: Berlin, base_low: 80000, base_high: 100000, stock_low: 40000, stock_high: 80000, bonus_pct: 10, total_comp_low: 98000, total_comp_high: 130000, currency: EUR}";
const flowRange = variant(SMALL, [BERLIN_BLOCK, BERLIN_FLOW], ["| 10% |", "| 10–20% |"]);

// The reference seed's suggestions: bonus_pct_high for the entry whose total_comp_low is given, or for every entry.
const addHigh = (totalLow: string) =>
  variant(REFERENCE, [`    bonus_pct: 5\n    total_comp_low: ${totalLow}`, `    bonus_pct: 5\n    bonus_pct_high: 15\n    total_comp_low: ${totalLow}`]);
const everyHigh = REFERENCE.replace(/( {4}bonus_pct: 5\n)/g, "$1    bonus_pct_high: 15\n");

// The reference seed with New York's bonus cell replaced: "Add bonus_pct_high from the table to
// every entry" adds it to the entries whose cell is a range starting at their bonus_pct, only.
const nyBonus = (cell: string) => variant(REFERENCE, ["| $170K–$310K | 5–15% | $263K", `| $170K–$310K | ${cell} | $263K`]);
const everyEntryBut = (text: string) =>
  variant(
    text,
    ["    bonus_pct: 5\n    total_comp_low: 268000", "    bonus_pct: 5\n    bonus_pct_high: 15\n    total_comp_low: 268000"],
    ["    bonus_pct: 5\n    total_comp_low: 203000", "    bonus_pct: 5\n    bonus_pct_high: 15\n    total_comp_low: 203000"],
  );
const twoRanges = (name: string, cell: string): InvalidCase => ({
  name,
  text: nyBonus(cell),
  findings: [
    {
      line: 54,
      column: 47,
      endLine: 54,
      endColumn: 52,
      message:
        "The bonus for San Francisco is the range 5–15% in the table, but the frontmatter has only 'bonus_pct: 5': add 'bonus_pct_high: 15' or write 5%.",
    },
    {
      line: 56,
      column: 40,
      endLine: 56,
      endColumn: 45,
      message: "The bonus for London is the range 5–15% in the table, but the frontmatter has only 'bonus_pct: 5': add 'bonus_pct_high: 15' or write 5%.",
    },
  ],
  output: null,
  suggestions: [
    {
      title: "Add 'bonus_pct_high: 15' to San Francisco (keep the table's range)",
      output: variant(nyBonus(cell), ["    bonus_pct: 5\n    total_comp_low: 268000", "    bonus_pct: 5\n    bonus_pct_high: 15\n    total_comp_low: 268000"]),
    },
    { title: "Add bonus_pct_high from the table to every entry", output: everyEntryBut(nyBonus(cell)) },
    { title: "Set San Francisco's Bonus to 5% (drop the table's upper end)", output: variant(nyBonus(cell), ["| 5–15% | $268K", "| 5% | $268K"]) },
    {
      title: "Add 'bonus_pct_high: 15' to London (keep the table's range)",
      output: variant(nyBonus(cell), ["    bonus_pct: 5\n    total_comp_low: 203000", "    bonus_pct: 5\n    bonus_pct_high: 15\n    total_comp_low: 203000"]),
    },
    { title: "Add bonus_pct_high from the table to every entry", output: everyEntryBut(nyBonus(cell)) },
    { title: "Set London's Bonus to 5% (drop the table's upper end)", output: variant(nyBonus(cell), ["| 5–15% | £203K", "| 5% | £203K"]) },
  ],
});

ruleTester("table-bonus-range", {
  valid: [
    // One mistake, one finding: a misspelled bonus_pct_high is unknown-key's (regression: table-bonus-range too).
    { name: "bonus_pct_high misspelled", text: variant(SMALL, ["bonus_pct: 10", "bonus_pct: 10\n    bonus_pct_hi: 20"], ["| 10% |", "| 10–20% |"]) },
    { name: "the clean seed", text: CLEAN },
    { name: "a range with bonus_pct_high", text: variant(SMALL, ["bonus_pct: 10", "bonus_pct: 10\n    bonus_pct_high: 20"], ["| 10% |", "| 10–20% |"]) },
    {
      name: "a range written with to and spaces",
      text: variant(SMALL, ["bonus_pct: 10", "bonus_pct: 10\n    bonus_pct_high: 20"], ["| 10% |", "| 10% to 20% |"]),
    },
    { name: "a range whose low end differs is table-cell-mismatch's finding", text: variant(SMALL, ["| 10% |", "| 5–20% |"]) },
    {
      name: "a range in bold with bonus_pct_high",
      text: variant(SMALL, ["bonus_pct: 10", "bonus_pct: 10\n    bonus_pct_high: 20"], ["| 10% |", "| **10–20%** |"]),
    },
  ],
  invalid: [
    small,
    withCrlf(small),
    {
      name: "a range in emphasis: the suggestion that drops it keeps the emphasis",
      text: variant(SMALL, ["| 10% |", "| *10–20%* |"]),
      findings: [
        {
          line: 34,
          column: 37,
          endLine: 34,
          endColumn: 45,
          message:
            "The bonus for Berlin is the range 10–20% in the table, but the frontmatter has only 'bonus_pct: 10': add 'bonus_pct_high: 20' or write 10%.",
        },
      ],
      output: null,
      suggestions: [
        {
          title: "Add 'bonus_pct_high: 20' to Berlin (keep the table's range)",
          output: variant(SMALL, ["| 10% |", "| *10–20%* |"], ["bonus_pct: 10", "bonus_pct: 10\n    bonus_pct_high: 20"]),
        },
        { title: "Set Berlin's Bonus to 10% (drop the table's upper end)", output: variant(SMALL, ["| 10% |", "| *10%* |"]) },
      ],
    },
    {
      name: "a flow-style entry: bonus_pct_high is added inside the braces",
      text: flowRange,
      findings: [
        {
          line: 26,
          column: 37,
          endLine: 26,
          endColumn: 43,
          message:
            "The bonus for Berlin is the range 10–20% in the table, but the frontmatter has only 'bonus_pct: 10': add 'bonus_pct_high: 20' or write 10%.",
        },
      ],
      output: null,
      suggestions: [
        {
          title: "Add 'bonus_pct_high: 20' to Berlin (keep the table's range)",
          output: variant(flowRange, ["bonus_pct: 10,", "bonus_pct: 10, bonus_pct_high: 20,"]),
        },
        { title: "Set Berlin's Bonus to 10% (drop the table's upper end)", output: variant(flowRange, ["| 10–20% |", "| 10% |"]) },
      ],
    },
    twoRanges("every entry but one whose bonus is a single value (equal ends: 5–5%)", "5–5%"),
    twoRanges("every entry but one whose range starts elsewhere (10–15%)", "10–15%"),
    {
      name: "the reference seed: 5–15% in every row",
      text: REFERENCE,
      findings: [
        {
          line: 54,
          column: 47,
          endLine: 54,
          endColumn: 52,
          message:
            "The bonus for San Francisco is the range 5–15% in the table, but the frontmatter has only 'bonus_pct: 5': add 'bonus_pct_high: 15' or write 5%.",
        },
        {
          line: 55,
          column: 42,
          endLine: 55,
          endColumn: 47,
          message: "The bonus for New York is the range 5–15% in the table, but the frontmatter has only 'bonus_pct: 5': add 'bonus_pct_high: 15' or write 5%.",
        },
        {
          line: 56,
          column: 40,
          endLine: 56,
          endColumn: 45,
          message: "The bonus for London is the range 5–15% in the table, but the frontmatter has only 'bonus_pct: 5': add 'bonus_pct_high: 15' or write 5%.",
        },
      ],
      // Regression: --fix used to rewrite every 5–15% to 5%, losing the upper end the author wrote.
      output: null,
      suggestions: [
        { title: "Add 'bonus_pct_high: 15' to San Francisco (keep the table's range)", output: addHigh("268000") },
        { title: "Add bonus_pct_high from the table to every entry", output: everyHigh },
        { title: "Set San Francisco's Bonus to 5% (drop the table's upper end)", output: variant(REFERENCE, ["| 5–15% | $268K", "| 5% | $268K"]) },
        { title: "Add 'bonus_pct_high: 15' to New York (keep the table's range)", output: addHigh("263000") },
        { title: "Add bonus_pct_high from the table to every entry", output: everyHigh },
        { title: "Set New York's Bonus to 5% (drop the table's upper end)", output: variant(REFERENCE, ["| 5–15% | $263K", "| 5% | $263K"]) },
        { title: "Add 'bonus_pct_high: 15' to London (keep the table's range)", output: addHigh("203000") },
        { title: "Add bonus_pct_high from the table to every entry", output: everyHigh },
        { title: "Set London's Bonus to 5% (drop the table's upper end)", output: variant(REFERENCE, ["| 5–15% | £203K", "| 5% | £203K"]) },
      ],
    },
  ],
});
