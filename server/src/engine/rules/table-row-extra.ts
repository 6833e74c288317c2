import type { Seed } from "../parse/seed";
import type { TableRow } from "../parse/body";
import type { Fix } from "../types";
import type { Rule } from "./rule";
import { deleteLine } from "./body-support";
import { matchTable, regionsReadable, rowRegion } from "./table-support";

const cellTexts = (row: TableRow) => row.cells.map((cell) => cell.text.trim()).filter(Boolean);

/**
 * Deleting a row is safe only when it holds nothing the seed says elsewhere: an empty row, or
 * a second row identical (as read) to the region's first one. A row for a region the frontmatter
 * does not list, or a second row with other figures, adds to the frontmatter: the author decides.
 */
function holdsNothingElse(seed: Seed, row: TableRow): boolean {
  const texts = cellTexts(row);
  if (texts.length === 0) return true;
  const region = rowRegion(seed, row)?.toLowerCase();
  const first = matchTable(seed).pairs.find((pair) => pair.row !== row && rowRegion(seed, pair.row)?.toLowerCase() === region)?.row;
  return first !== undefined && cellTexts(first).join("\u0000") === texts.join("\u0000");
}

/** A line right under the table without a leading pipe is, in GFM, a row; the author most likely meant a paragraph. */
function endTableBefore(seed: Seed, row: TableRow): Fix | undefined {
  if (row.line.text.trimStart().startsWith("|")) return undefined;
  return { title: "End the table before this line (insert a blank line)", safe: false, edits: [{ start: row.line.span.start, end: row.line.span.start, newText: seed.eol }] };
}

const rule: Rule = {
  id: "table-row-extra",
  severity: "error",
  category: "body",
  description: "Every row of the compensation table is a frontmatter region, once.",
  check({ seed, report }) {
    // Rows are only extra against a readable list of regions: while `compensation` is broken
    // (not a list, empty, an entry without a region) the frontmatter is what needs fixing.
    if (!seed.body.table || !regionsReadable(seed)) return;
    for (const row of matchTable(seed).extra) {
      const region = rowRegion(seed, row) || "(no region)";
      const again = matchTable(seed).pairs.some((p) => p.row !== row && rowRegion(seed, p.row)?.toLowerCase() === region.toLowerCase());
      const paragraph = endTableBefore(seed, row);
      report({
        span: row.line.span,
        message: `The table has a row for ${region}, which the frontmatter's \`compensation\` does not list${again ? " again" : ""}.`,
        fixes: [...(paragraph ? [paragraph] : []), { title: `Remove the row for ${region}`, safe: holdsNothingElse(seed, row), edits: [deleteLine(seed, row.line)] }],
      });
    }
  },
};
export default rule;
