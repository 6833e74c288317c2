import { tableRow } from "../body-text";
import { COMPENSATION_KEYS } from "../schema/frontmatter";
import type { Rule } from "./rule";
import { matchTable } from "../model/table-match";

const REQUIRED = COMPENSATION_KEYS.filter((key) => key !== "bonus_pct_high");

const rule: Rule = {
  id: "table-row-missing",
  severity: "error",
  category: "body",
  description: "Every frontmatter region has a row in the compensation table.",
  fixable: "always",
  hasSuggestions: false,
  docs: {
    why: "A region in the frontmatter without a row is a region the reader of the guide never sees.",
    valid: {
      change: [
        [
          "    currency: EUR",
          "    currency: EUR\n  - region: Munich\n    base_low: 80000\n    base_high: 100000\n    stock_low: 40000\n    stock_high: 80000\n    bonus_pct: 10\n    total_comp_low: 98000\n    total_comp_high: 130000\n    currency: EUR",
        ],
        [
          "| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |",
          "| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |\n| Munich | €80K–€100K | €40K–€80K | 10% | €98K–€130K |",
        ],
      ],
    },
    invalid: {
      change: [
        [
          "    currency: EUR",
          "    currency: EUR\n  - region: Munich\n    base_low: 80000\n    base_high: 100000\n    stock_low: 40000\n    stock_high: 80000\n    bonus_pct: 10\n    total_comp_low: 98000\n    total_comp_high: 130000\n    currency: EUR",
        ],
      ],
      findings: [{ line: 41, column: 1, endLine: 41, endColumn: 64, message: "The table has no row for Munich." }],
    },
  },
  check({ seed, report }) {
    const table = seed.body.table;
    if (!table) return;
    const { pairs, missing } = matchTable(seed);
    for (const entry of missing) {
      // An entry still being typed (\`- region: Tokyo\`) is missing-key's one finding: its row
      // cannot be written from the frontmatter yet (a safe fix would write "?" cells).
      if (REQUIRED.some((key) => !(key in entry.data))) continue;
      // Insert after the row of the nearest earlier region, so the table keeps the frontmatter's order.
      const before = pairs.filter((pair) => pair.entry.index < entry.index).sort((a, b) => b.entry.index - a.entry.index)[0];
      const anchor = before?.row.line ?? table.delimiter;
      report({
        span: table.header.line.span,
        message: `The table has no row for ${entry.region}.`,
        fixes: [
          {
            title: `Add the row for ${entry.region} from the frontmatter`,
            safe: true,
            edits: [{ start: anchor.span.end, end: anchor.span.end, newText: `${seed.eol}${tableRow(entry.data)}` }],
          },
        ],
      });
    }
  },
};
export default rule;
