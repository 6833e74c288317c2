import { cellRule } from "../rule-factories/cell-rule";
import type { Rule } from "./rule";

const rule: Rule = {
  ...cellRule("table-bonus-range", "warning", "A bonus range in the table (`5–15%`) is also in the frontmatter as `bonus_pct_high`."),
  fixable: "never",
  hasSuggestions: true,
  docs: {
    why: "A bonus range in the table that the frontmatter lacks is a figure nothing checks; the author decides which of the two is right.",
    valid: { change: [] },
    invalid: {
      change: [["| 10% |", "| 10–15% |"]],
      findings: [
        {
          line: 34,
          column: 37,
          endLine: 34,
          endColumn: 43,
          message:
            "The bonus for Berlin is the range 10–15% in the table, but the frontmatter has only 'bonus_pct: 10': add 'bonus_pct_high: 15' or write 10%.",
        },
      ],
    },
  },
};
export default rule;
