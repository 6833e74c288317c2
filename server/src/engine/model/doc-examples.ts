// Text the rules' documentation examples share: each example is a change to EXAMPLE_SEED
// (engine/rule-docs.ts), and several need the same second region.

/** `[before, after]`: EXAMPLE_SEED's Berlin entry followed by a Munich entry with the same figures. */
export const ADD_MUNICH_ENTRY: [string, string] = [
  "    currency: EUR",
  "    currency: EUR\n  - region: Munich\n    base_low: 80000\n    base_high: 100000\n    stock_low: 40000\n    stock_high: 80000\n    bonus_pct: 10\n    total_comp_low: 98000\n    total_comp_high: 130000\n    currency: EUR",
];

/** `[before, after]`: EXAMPLE_SEED's Berlin row followed by Munich's row. */
export const ADD_MUNICH_ROW: [string, string] = [
  "| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |",
  "| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |\n| Munich | €80K–€100K | €40K–€80K | 10% | €98K–€130K |",
];
