import { formatMoney } from "../money";
import { COLUMNS } from "../schema/columns";
import type { Rule } from "./rule";
import { allMerged, validNumber } from "../model/entry-values";
import { entries, spanAt } from "../model/frontmatter-data";

// Findings at one place (several ends merged from one alias) come in this order: money, then bonus.
const PAIRS = (["base", "stock", "total", "bonus"] as const).map((kind) => [COLUMNS[kind].low, COLUMNS[kind].high] as const);

const rule: Rule = {
  id: "range-order",
  severity: "error",
  category: "frontmatter",
  description: "In every range the low end is at most the high end (base, stock, total comp, bonus_pct ≤ bonus_pct_high).",
  fixable: "never",
  hasSuggestions: false,
  docs: {
    why: "A range whose ends are swapped is a typo that every reader of the guide would take at face value, and every comparison with the table would be wrong.",
    valid: { change: [] },
    invalid: {
      change: [["    base_high: 100000", "    base_high: 70000"]],
      findings: [{ line: 14, column: 16, endLine: 14, endColumn: 21, message: "'base_high' (€70K) is below 'base_low' (€80K) in Berlin." }],
    },
  },
  check({ seed, report }) {
    for (const entry of entries(seed)) {
      for (const [lowKey, highKey] of PAIRS) {
        // An invalid end is invalid-value's finding; a range merged whole is reported where written.
        const low = validNumber(entry, lowKey);
        const high = validNumber(entry, highKey);
        if (low === undefined || high === undefined || low <= high || allMerged(seed, entry, [lowKey, highKey])) continue;
        const show = (value: number) => (lowKey === COLUMNS.bonus.low || !entry.currency ? String(value) : formatMoney(value, entry.currency));
        report({
          span: spanAt(seed, ["compensation", entry.index, highKey]),
          message: `'${highKey}' (${show(high)}) is below '${lowKey}' (${show(low)})${entry.region ? ` in ${entry.region}` : ""}.`,
        });
      }
    }
  },
};
export default rule;
