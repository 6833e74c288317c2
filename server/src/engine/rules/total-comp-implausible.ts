import { formatMoney } from "../money";
import { COLUMNS } from "../schema/columns";
import type { Rule } from "./rule";
import { allMerged, reversedKinds, validNumber } from "../model/entry-values";
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
    invalid: {
      change: [["    total_comp_low: 98000", "    total_comp_low: 89000"]],
      findings: [
        { line: 18, column: 21, endLine: 18, endColumn: 26, message: "'total_comp_low' (€89K) is below base_low + stock_low/4 (€90K) in Berlin: implausible." },
      ],
    },
  },
  check({ seed, report }) {
    for (const entry of entries(seed)) {
      // One slip, one finding: a reversed base or stock range (range-order's) makes the sum meaningless.
      if (reversedKinds(entry).some((kind) => kind !== "total")) continue;
      for (const end of ["low", "high"] as const) {
        // An invalid figure is invalid-value's finding; figures merged whole are reported where written.
        const [baseKey, stockKey, totalKey] = [COLUMNS.base[end], COLUMNS.stock[end], COLUMNS.total[end]];
        const base = validNumber(entry, baseKey);
        const stock = validNumber(entry, stockKey);
        const total = validNumber(entry, totalKey);
        if (base === undefined || stock === undefined || total === undefined || allMerged(seed, entry, [baseKey, stockKey, totalKey])) continue;
        const floor = base + stock / 4;
        if (total >= floor) continue;
        const where = entry.region ? ` in ${entry.region}` : "";
        const show = (value: number) => (entry.currency ? formatMoney(value, entry.currency) : String(value));
        report({
          span: spanAt(seed, ["compensation", entry.index, totalKey]),
          message: `'${totalKey}' (${show(total)}) is below ${baseKey} + ${stockKey}/4 (${show(floor)})${where}: implausible.`,
        });
      }
    }
  },
};
export default rule;
