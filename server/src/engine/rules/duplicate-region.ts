import type { Rule } from "./rule";
import { entries, spanAt } from "../model/frontmatter-data";
import { regionKey } from "../model/table-match";

const rule: Rule = {
  id: "duplicate-region",
  severity: "error",
  category: "frontmatter",
  description: "Each region appears once in `compensation`.",
  fixable: "never",
  hasSuggestions: false,
  docs: {
    why: "Two entries for one region leave the reader to guess which figures hold, and the table can show only one of them.",
    valid: { change: [] },
    invalid: {
      change: [
        [
          "    currency: EUR",
          "    currency: EUR\n  - region: berlin\n    base_low: 80000\n    base_high: 100000\n    stock_low: 40000\n    stock_high: 80000\n    bonus_pct: 10\n    total_comp_low: 98000\n    total_comp_high: 130000\n    currency: EUR",
        ],
      ],
      findings: [{ line: 21, column: 13, endLine: 21, endColumn: 19, message: "Region 'berlin' is listed twice (first as entry 1)." }],
    },
  },
  check({ seed, report }) {
    const seen = new Map<string, number>();
    for (const entry of entries(seed)) {
      // A region that only a merge key brings in (`<<: *sf` without a region of its own) names the
      // anchored entry: the entry's own region is missing or misspelt, and that is reported.
      if (!entry.region || seed.nodes?.mergePairOf(["compensation", entry.index, "region"])) continue;
      // The table's key (case, runs of spaces and the Unicode form do not count): two entries the
      // table takes for one region are one region listed twice.
      const key = regionKey(entry.region);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, entry.index);
        continue;
      }
      report({
        span: spanAt(seed, ["compensation", entry.index, "region"]),
        message: `Region '${entry.region}' is listed twice (first as entry ${first + 1}).`,
      });
    }
  },
};
export default rule;
