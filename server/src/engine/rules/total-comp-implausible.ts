import { formatMoney } from "../money";
import type { Rule } from "./rule";
import { allMerged, validNumber } from "../model/entry-values";
import { entries, spanAt } from "../model/frontmatter-data";

const rule: Rule = {
  id: "total-comp-implausible",
  severity: "warning",
  category: "frontmatter",
  description: "Total comp is at least base + stock/4 (the stock grant is over 4 years), at each end of the range.",
  fixable: "never",
  hasSuggestions: false,
  docs: {
    why: "Total compensation includes the base and a quarter of the four-year grant; a lower total is a typo or a figure from another source, and the guide would mislead whoever negotiates with it.",
    valid: { change: [] },
    invalid: { change: [["    total_comp_low: 98000", "    total_comp_low: 89000"]], findings: [{ line: 18, column: 21, endLine: 18, endColumn: 26, message: "'total_comp_low' (€89K) is below base_low + stock_low/4 (€90K) in Berlin: implausible." }] },
  },
  check({ seed, report }) {
    for (const entry of entries(seed)) {
      for (const end of ["low", "high"] as const) {
        // An invalid figure is invalid-value's finding; figures merged whole are reported where written.
        const base = validNumber(entry, `base_${end}`);
        const stock = validNumber(entry, `stock_${end}`);
        const total = validNumber(entry, `total_comp_${end}`);
        if (base === undefined || stock === undefined || total === undefined || allMerged(seed, entry, [`base_${end}`, `stock_${end}`, `total_comp_${end}`])) continue;
        const floor = base + stock / 4;
        if (total >= floor) continue;
        const show = (value: number) => (entry.currency ? formatMoney(value, entry.currency) : String(value));
        report({
          span: spanAt(seed, ["compensation", entry.index, `total_comp_${end}`]),
          message: `'total_comp_${end}' (${show(total)}) is below base_${end} + stock_${end}/4 (${show(floor)})${entry.region ? ` in ${entry.region}` : ""}: implausible.`,
        });
      }
    }
  },
};
export default rule;
