import type { Rule } from "./rule";
import { ADD_MUNICH_ENTRY, ADD_MUNICH_ROW } from "../model/doc-examples";
import { matchTable, regionKey, rowRegion } from "../model/table-match";

const rule: Rule = {
  id: "table-row-order",
  severity: "warning",
  category: "body",
  description: "The table lists regions in the frontmatter's order.",
  fixable: "sometimes",
  hasSuggestions: true,
  docs: {
    why: "A table in the frontmatter's order reads the same as every other view of the seed (the chart, the summary, the index).",
    valid: {
      change: [ADD_MUNICH_ENTRY, ADD_MUNICH_ROW],
    },
    invalid: {
      change: [
        ADD_MUNICH_ENTRY,
        [
          "| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |",
          "| Munich | €80K–€100K | €40K–€80K | 10% | €98K–€130K |\n| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |",
        ],
      ],
      findings: [{ line: 44, column: 1, endLine: 44, endColumn: 55, message: "The table lists Berlin after Munich; the frontmatter has the opposite order." }],
    },
  },
  check({ seed, report }) {
    const { pairs, extra } = matchTable(seed);
    const byPosition = [...pairs].sort((a, b) => a.row.line.span.start - b.row.line.span.start);
    const outOfOrder = byPosition.findIndex((pair, i) => i > 0 && pair.entry.index < byPosition[i - 1]!.entry.index);
    if (outOfOrder === -1) return;
    const paired = new Set(pairs.map((pair) => regionKey(rowRegion(seed, pair.row) ?? "")));
    const byEntry = [...pairs].sort((a, b) => a.entry.index - b.entry.index);
    const edits = byPosition
      .map((slot, i) => ({ ...slot.row.line.span, newText: byEntry[i]!.row.line.text }))
      .filter((edit, i) => byPosition[i]!.row !== byEntry[i]!.row);
    report({
      span: byPosition[outOfOrder]!.row.line.span,
      message: `The table lists ${byPosition[outOfOrder]!.entry.region} after ${byPosition[outOfOrder - 1]!.entry.region}; the frontmatter has the opposite order.`,
      // With a second row for a region in the table, moving rows can put that copy first, and the
      // next check would take it for the region's row: the author orders such a table.
      fixes: [
        { title: "Reorder the table's rows as in the frontmatter", safe: !extra.some((row) => paired.has(regionKey(rowRegion(seed, row) ?? ""))), edits },
      ],
    });
  },
};
export default rule;
