import type { Seed } from "../parse/seed";
import type { TableRow } from "../parse/body";
import type { Fix } from "../types";
import type { Rule } from "./rule";
import { parseMoneyRange, parsePercentRange, type MoneyRange } from "../money";
import { CELL_KINDS, COLUMNS, MONEY_KINDS, type CellKind } from "../schema/columns";
import { appendListItem, listAppendPoint, type ListAppendPoint } from "../yaml-edits";
import { deleteLine } from "../model/body-edits";
import { quoted } from "../model/frontmatter-data";
import { matchTable, regionKey, regionsReadable, rowRegion } from "../model/table-match";

/** A row's region as matchTable pairs it (case, runs of spaces and the Unicode form do not count). */
const rowKey = (seed: Seed, row: TableRow) => regionKey(rowRegion(seed, row) ?? "");
const cellTexts = (row: TableRow) => row.cells.map((cell) => cell.text.trim()).filter(Boolean);

/**
 * Deleting a row is safe only when it holds nothing the seed says elsewhere: an empty row, or
 * a second row identical (as read) to the region's first one. A row for a region the frontmatter
 * does not list, or a second row with other figures, adds to the frontmatter: the author decides.
 * `first` is the region's first row when `row` repeats a paired region, else undefined.
 */
function holdsNothingElse(row: TableRow, first: TableRow | undefined): boolean {
  const texts = cellTexts(row);
  if (texts.length === 0) return true;
  return first !== undefined && cellTexts(first).join("\u0000") === texts.join("\u0000");
}

/** A line right under the table without a leading pipe is, in GFM, a row; the author most likely meant a paragraph. */
function endTableBefore(seed: Seed, row: TableRow): Fix | undefined {
  if (row.line.text.trimStart().startsWith("|")) return undefined;
  const at = row.line.span.start;
  return { title: "End the table before this line (insert a blank line)", safe: false, edits: [{ start: at, end: at, newText: seed.eol }] };
}

/**
 * The other direction for a region the frontmatter lacks: its row as a new compensation entry,
 * when every cell reads as money in one currency (and the bonus as a percentage).
 */
function addToFrontmatter(seed: Seed, point: ListAppendPoint | undefined, row: TableRow, region: string): Fix | undefined {
  if (!point) return undefined;
  const columns = seed.body.table!.columns;
  const cell = (column: keyof typeof columns) => (columns[column] === undefined ? undefined : row.cells[columns[column]!]?.text);
  const money = MONEY_KINDS.map((kind) => parseMoneyRange(cell(kind) ?? ""));
  const bonus = parsePercentRange(cell("bonus") ?? "");
  const currency = money[0]?.currency;
  if (!bonus || !currency || money.some((range) => !range || range.currency !== currency)) return undefined;
  const whole = (value: number) => String(Math.round(value));
  // The new entry's keys in the table's column order: region, each column's ends, currency.
  const ends = (kind: CellKind): [string, string][] => {
    const { low, high } = COLUMNS[kind];
    if (kind === "bonus") return [[low, String(bonus.low)], ...(bonus.high !== bonus.low ? [[high, String(bonus.high)] as [string, string]] : [])];
    const range = money[MONEY_KINDS.indexOf(kind)] as MoneyRange;
    return [
      [low, whole(range.low.value)],
      [high, whole(range.high.value)],
    ];
  };
  const pairs: [string, string][] = [["region", JSON.stringify(region)], ...CELL_KINDS.flatMap(ends), ["currency", currency]];
  const edit = appendListItem(seed, point, pairs);
  return { title: `Add ${region} to the frontmatter's compensation (from the table)`, safe: false, edits: [edit] };
}

const rule: Rule = {
  id: "table-row-extra",
  severity: "error",
  category: "body",
  description: "Every row of the compensation table is a frontmatter region, once.",
  fixable: "sometimes",
  hasSuggestions: true,
  docs: {
    why: "A row the frontmatter does not list shows figures that nothing checks; the author decides whether they belong in the frontmatter or nowhere.",
    valid: { change: [] },
    invalid: {
      change: [
        [
          "| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |",
          "| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |\n| Paris | €80K–€100K | €40K–€80K | 10% | €98K–€130K |",
        ],
      ],
      findings: [
        { line: 35, column: 1, endLine: 35, endColumn: 54, message: "The table has a row for Paris, which the frontmatter's 'compensation' does not list." },
      ],
    },
  },
  check({ seed, report }) {
    // Rows are only extra against a readable list of regions: while `compensation` is broken
    // (not a list, empty, an entry without a region) the frontmatter is what needs fixing.
    if (!seed.body.table || !regionsReadable(seed)) return;
    const point = matchTable(seed).extra.length ? listAppendPoint(seed, ["compensation"]) : undefined;
    for (const row of matchTable(seed).extra) {
      const region = rowRegion(seed, row) || "(no region)";
      // The row is extra, so no pair holds it: a pair with its key holds the region's first row.
      // (The key is computed once: a 200 KB region cell is read once more, not once per pair.)
      const key = rowKey(seed, row);
      const first = matchTable(seed).pairs.find((p) => rowKey(seed, p.row) === key)?.row;
      const again = first !== undefined;
      const paragraph = endTableBefore(seed, row);
      const add = again || region === "(no region)" ? undefined : addToFrontmatter(seed, point, row, region);
      report({
        span: row.line.span,
        message: `The table has a row for ${quoted(region)}, which the frontmatter's 'compensation' does not list${again ? " again" : ""}.`,
        fixes: [
          ...(paragraph ? [paragraph] : []),
          ...(add ? [add] : []),
          { title: `Remove the row for ${region}`, safe: holdsNothingElse(row, first), edits: [deleteLine(seed, row.line)] },
        ],
      });
    }
  },
};
export default rule;
