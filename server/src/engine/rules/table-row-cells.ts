import { tableRow } from "../body-text";
import { findFigures } from "../money";
import type { Fix } from "../types";
import type { Rule } from "./rule";
import { quoted } from "../model/frontmatter-data";
import { excessCells, matchTable, rowRegion } from "../model/table-match";
import { shiftedRows } from "../model/cell-findings";

const rule: Rule = {
  id: "table-row-cells",
  severity: "error",
  category: "body",
  description: "No row of the compensation table has more cells than its header, or fewer with its cells a column off.",
  fixable: "never",
  hasSuggestions: true,
  docs: {
    why:
      "GFM drops a row's cells past the header's, so readers see the row one column off (a word under Base Salary, the base under Stock) " +
      "and the last figure nowhere. Which cell is one too many is the author's to say: no cell of the row is rewritten automatically.",
    valid: { change: [] },
    invalid: {
      change: [["| Berlin | €80K–€100K |", "| Berlin | Hybrid | €80K–€100K |"]],
      findings: [
        {
          line: 34,
          column: 1,
          endLine: 34,
          endColumn: 64,
          message: "The row for Berlin has 6 cells but the header has 5, so GFM drops '€98K–€130K'; make the row's cells match the header's.",
        },
      ],
    },
  },
  check({ seed, config, report }) {
    const table = seed.body.table;
    if (!table) return;
    const { pairs } = matchTable(seed);
    const shifted = shiftedRows(seed, config);
    for (const row of table.rows) {
      if (shifted.has(row)) {
        const entry = pairs.find((pair) => pair.row === row)!.entry;
        report({
          span: row.line.span,
          message:
            `The row for ${quoted(entry.region!)} has ${row.cells.length} cells but the header has ${table.header.cells.length}, ` +
            "and its cells disagree with the frontmatter: a cell seems missing, and those after it sit a column to the left.",
          fixes: [
            { title: `Rewrite the row for ${entry.region} from the frontmatter`, safe: false, edits: [{ ...row.line.span, newText: tableRow(entry.data) }] },
          ],
        });
        continue;
      }
      const excess = excessCells(seed, row);
      if (!excess.length) continue;
      const region = rowRegion(seed, row) || "(no region)";
      const dropped = excess.map((cell) => `'${quoted(cell.text)}'`).join(", ");
      const fixes: Fix[] = [];
      // A cell without a figure is most likely the one the author inserted (`Hybrid`, `Remote OK`).
      const first = table.columns.region === undefined ? 0 : table.columns.region + 1;
      for (let k = first; k < row.cells.length - 1; k++) {
        const cell = row.cells[k]!;
        if (findFigures(cell.text).length) continue;
        fixes.push({
          title: `Remove the cell '${quoted(cell.text)}' (the cells after it move one column left)`,
          safe: false,
          edits: [{ start: cell.span.start, end: row.cells[k + 1]!.span.start, newText: "" }],
        });
      }
      const lastKept = row.cells[table.header.cells.length - 1]!;
      fixes.push({
        title: `Remove the cells past the header (${dropped})`,
        safe: false,
        edits: [{ start: lastKept.span.end, end: excess[excess.length - 1]!.span.end, newText: "" }],
      });
      const entry = pairs.find((pair) => pair.row === row)?.entry;
      if (entry)
        fixes.push({
          title: `Rewrite the row for ${entry.region} from the frontmatter`,
          safe: false,
          edits: [{ ...row.line.span, newText: tableRow(entry.data) }],
        });
      report({
        span: row.line.span,
        message:
          `The row for ${quoted(region)} has ${row.cells.length} cells but the header has ${table.header.cells.length}, ` +
          `so GFM drops ${dropped}; make the row's cells match the header's.`,
        fixes,
      });
    }
  },
};
export default rule;
