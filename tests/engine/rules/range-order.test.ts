import { CLEAN, MERGED, SMALL, variant } from "../fixtures";
import { ruleTester } from "../rule-tester";

ruleTester("range-order", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    {
      name: "equal ends",
      text: variant(
        SMALL,
        ["base_low: 80000", "base_low: 100000"],
        ["total_comp_low: 98000", "total_comp_low: 130000"],
        ["€80K–€100K", "€100K"],
        ["€98K–€130K", "€130K"],
      ),
    },
    { name: "a bonus range in order", text: variant(SMALL, ["bonus_pct: 10", "bonus_pct: 10\n    bonus_pct_high: 20"], ["| 10% |", "| 10–20% |"]) },
    { name: "a bonus range of one value", text: variant(SMALL, ["bonus_pct: 10", "bonus_pct: 10\n    bonus_pct_high: 10"]) },
    { name: "an invalid value is not compared", text: variant(SMALL, ["base_high: 100000", 'base_high: "lots"']) },
    { name: "an invalid low end is not compared", text: variant(SMALL, ["base_low: 80000", 'base_low: "lots"']) },
    { name: "a negative high end is invalid-value's finding, not also a reversed range", text: variant(SMALL, ["base_high: 100000", "base_high: -100000"]) },
  ],
  invalid: [
    {
      name: "a reversed range a merge key copies is reported once, where it is written",
      text: variant(MERGED, ["stock_low: 170000", "stock_low: 400000"]),
      findings: [{ line: 17, column: 17, endLine: 17, endColumn: 23, message: "'stock_high' ($310K) is below 'stock_low' ($400K) in San Francisco." }],
      output: null,
    },
    {
      name: "base_low above base_high: reported on the high end",
      text: variant(SMALL, ["base_low: 80000", "base_low: 120000"]),
      findings: [{ line: 14, column: 16, endLine: 14, endColumn: 22, message: "'base_high' (€100K) is below 'base_low' (€120K) in Berlin." }],
      output: null,
    },
    {
      name: "stock reversed in the second entry",
      text: variant(CLEAN, [
        "    stock_low: 170000\n    stock_high: 310000\n    bonus_pct: 5\n    total_comp_low: 263000",
        "    stock_low: 370000\n    stock_high: 310000\n    bonus_pct: 5\n    total_comp_low: 263000",
      ]),
      findings: [{ line: 25, column: 17, endLine: 25, endColumn: 23, message: "'stock_high' ($310K) is below 'stock_low' ($370K) in New York." }],
      output: null,
    },
    {
      name: "total comp reversed",
      text: variant(SMALL, ["total_comp_high: 130000", "total_comp_high: 97000"]),
      findings: [{ line: 19, column: 22, endLine: 19, endColumn: 27, message: "'total_comp_high' (€97K) is below 'total_comp_low' (€98K) in Berlin." }],
      output: null,
    },
    {
      name: "bonus_pct_high below bonus_pct (printed as numbers)",
      text: variant(SMALL, ["bonus_pct: 10", "bonus_pct: 10\n    bonus_pct_high: 5"]),
      findings: [{ line: 18, column: 21, endLine: 18, endColumn: 22, message: "'bonus_pct_high' (5) is below 'bonus_pct' (10) in Berlin." }],
      output: null,
    },
    {
      name: "an entry without a region: the message names none",
      text: variant(SMALL, ["  - region: Berlin\n    base_low: 80000", "  - base_low: 120000"]),
      findings: [{ line: 13, column: 16, endLine: 13, endColumn: 22, message: "'base_high' (€100K) is below 'base_low' (€120K)." }],
      output: null,
    },
    {
      name: "two reversed ranges in one entry",
      text: variant(SMALL, ["base_low: 80000", "base_low: 120000"], ["stock_low: 40000", "stock_low: 90000"]),
      findings: [
        { line: 14, column: 16, endLine: 14, endColumn: 22, message: "'base_high' (€100K) is below 'base_low' (€120K) in Berlin." },
        { line: 16, column: 17, endLine: 16, endColumn: 22, message: "'stock_high' (€80K) is below 'stock_low' (€90K) in Berlin." },
      ],
      output: null,
    },
  ],
});
