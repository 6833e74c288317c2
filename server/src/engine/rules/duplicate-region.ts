import type { Rule } from "./rule";
import { entries, spanAt } from "../model/frontmatter-data";

const rule: Rule = {
  id: "duplicate-region",
  severity: "error",
  category: "frontmatter",
  description: "Each region appears once in `compensation`.",
  check({ seed, report }) {
    const seen = new Map<string, number>();
    for (const entry of entries(seed)) {
      // A region that only a merge key brings in (`<<: *sf` without a region of its own) names the
      // anchored entry: the entry's own region is missing or misspelt, and that is reported.
      if (!entry.region || seed.nodes?.mergePairOf(["compensation", entry.index, "region"])) continue;
      const key = entry.region.toLowerCase();
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
