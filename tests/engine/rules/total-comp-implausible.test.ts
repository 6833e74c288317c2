import { CLEAN, SMALL, variant } from "../fixtures";
import { ruleTester } from "../rule-tester";

ruleTester("total-comp-implausible", {
  valid: [
    // One slip, one finding: range-order reports a reversed range; the sum it feeds means nothing (regression: two findings).
    { name: "base_low typed ten times too large (above base_high)", text: variant(SMALL, ["base_low: 80000", "base_low: 800000"]) },
    { name: "the clean seed", text: CLEAN },
    { name: "total exactly base + stock/4", text: variant(SMALL, ["total_comp_low: 98000", "total_comp_low: 90000"], ["€98K–€130K", "€90K–€130K"]) },
    { name: "a negative total is invalid-value's finding, not also implausible", text: variant(SMALL, ["total_comp_low: 98000", "total_comp_low: -98000"]) },
    { name: "a missing stock value is not guessed", text: variant(SMALL, ["    stock_low: 40000\n", ""]) },
    { name: "a missing base value is not guessed", text: variant(SMALL, ["    base_low: 80000\n", ""]) },
  ],
  invalid: [
    {
      name: "an entry without a region: the message names no region",
      text: variant(SMALL, ["  - region: Berlin\n    base_low: 80000", "  - base_low: 80000"], ["total_comp_low: 98000", "total_comp_low: 89000"]),
      findings: [{ line: 17, column: 21, endLine: 17, endColumn: 26, message: "'total_comp_low' (€89K) is below base_low + stock_low/4 (€90K): implausible." }],
      output: null,
    },
    {
      name: "total_comp_low below base_low + stock_low/4",
      text: variant(SMALL, ["total_comp_low: 98000", "total_comp_low: 89000"], ["€98K–€130K", "€89K–€130K"]),
      findings: [
        { line: 18, column: 21, endLine: 18, endColumn: 26, message: "'total_comp_low' (€89K) is below base_low + stock_low/4 (€90K) in Berlin: implausible." },
      ],
      output: null,
    },
    {
      name: "total_comp_high equal to base_high (stock forgotten)",
      text: variant(CLEAN, ["total_comp_high: 300000", "total_comp_high: 194000"], ["£203K–£300K", "£203K–£194K"]),
      findings: [
        {
          line: 37,
          column: 22,
          endLine: 37,
          endColumn: 28,
          message: "'total_comp_high' (£194K) is below base_high + stock_high/4 (£252.3K) in London: implausible.",
        },
      ],
      output: null,
    },
    {
      name: "both ends",
      text: variant(SMALL, ["total_comp_low: 98000", "total_comp_low: 80000"], ["total_comp_high: 130000", "total_comp_high: 100000"]),
      findings: [
        { line: 18, column: 21, endLine: 18, endColumn: 26, message: "'total_comp_low' (€80K) is below base_low + stock_low/4 (€90K) in Berlin: implausible." },
        {
          line: 19,
          column: 22,
          endLine: 19,
          endColumn: 28,
          message: "'total_comp_high' (€100K) is below base_high + stock_high/4 (€120K) in Berlin: implausible.",
        },
      ],
      output: null,
    },
  ],
});
