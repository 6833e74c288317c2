import { tableRow } from "../body-text";
import { COMPENSATION_KEYS } from "../schema/frontmatter";
import type { Rule } from "./rule";
import { ADD_MUNICH_ENTRY, ADD_MUNICH_ROW } from "../model/doc-examples";
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
      change: [ADD_MUNICH_ENTRY, ADD_MUNICH_ROW],
    },
    invalid: {
      change: [ADD_MUNICH_ENTRY],
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
