import { formatMoney } from "../money";
import type { Rule } from "./rule";
import { allMerged, validNumber } from "../model/entry-values";
import { entries, spanAt } from "../model/frontmatter-data";

const PAIRS = [
  ["base_low", "base_high"],
  ["stock_low", "stock_high"],
  ["total_comp_low", "total_comp_high"],
  ["bonus_pct", "bonus_pct_high"],
] as const;

const rule: Rule = {
  id: "range-order",
  severity: "error",
  category: "frontmatter",
  description: "In every range the low end is at most the high end (base, stock, total comp, bonus_pct ≤ bonus_pct_high).",
  check({ seed, report }) {
    for (const entry of entries(seed)) {
      for (const [lowKey, highKey] of PAIRS) {
        // An invalid end is invalid-value's finding; a range merged whole is reported where written.
        const low = validNumber(entry, lowKey);
        const high = validNumber(entry, highKey);
        if (low === undefined || high === undefined || low <= high || allMerged(seed, entry, [lowKey, highKey])) continue;
        const show = (value: number) => (lowKey === "bonus_pct" || !entry.currency ? String(value) : formatMoney(value, entry.currency));
        report({
          span: spanAt(seed, ["compensation", entry.index, highKey]),
          message: `'${highKey}' (${show(high)}) is below '${lowKey}' (${show(low)})${entry.region ? ` in ${entry.region}` : ""}.`,
        });
      }
    }
  },
};
export default rule;
