import { cellText, TABLE_DELIMITER, TABLE_HEADER, tableRow } from "../body-text";
import { CELL_KINDS, COLUMNS, type CellKind } from "../schema/columns";
import { compareRestatement } from "../model/restatement";
import { escapeCellText } from "../parse/cells";
import { splitRow } from "../parse/body";
import type { Seed } from "../parse/seed";
import type { Rule } from "./rule";
import type { ResolvedConfig } from "../config";
import { entries, normalizeSpace } from "../model/frontmatter-data";
import { cellColumns, cellFindings, FORMAT_COLUMNS } from "../model/cell-findings";
import type { Column } from "../parse/body";
import { matchTable } from "../model/table-match";

const EXPECTED = splitRow({ span: { start: 0, end: TABLE_HEADER.length }, text: TABLE_HEADER, next: TABLE_HEADER.length }).map((cell) => cell.text);

/**
 * The table with the expected columns, keeping every cell the author wrote that agrees with
 * the frontmatter as it was written (`$195,000–$255,000`, `**London**`); only missing cells come
 * from the frontmatter. `keepsAll` is false when something would be lost (a row for a region the
 * frontmatter lacks, a column it has no key for, a cell that says something else): then
 * rebuilding the table is the author's call, not a safe fix.
 */
function rebuiltTable(seed: Seed, config: ResolvedConfig): { text: string; keepsAll: boolean } {
  const table = seed.body.table!;
  const { pairs, extra, renamed } = matchTable(seed);
  // A cell that contradicts the frontmatter is restated from it (as its own safe fix would do);
  // one whose fix is only a suggestion says something the frontmatter lacks.
  const differs = new Map(cellFindings(seed, config).map((finding) => [finding.span.start, finding.fixes?.[0]?.safe === true]));
  // The columns the cells follow: the format's order when only the titles were swapped.
  const columns = cellColumns(seed);
  const known = new Set(Object.values(columns));
  let keepsAll = extra.length === 0 && renamed.length === 0 && table.rows.every((row) => row.cells.every((cell, i) => known.has(i) || cell.text.trim() === ""));
  // A header cell that names its column with words of its own (`Base Salary (EUR)`, `Total Comp
  // (est.)`) says what only it says: writing the expected title over it is the author's call.
  for (const [column, index] of Object.entries(table.columns)) {
    const title = column === "region" ? "Region" : COLUMNS[column as CellKind].title;
    const cell = table.header.cells[index];
    if (cell && compareRestatement(cell.text, 0, title).additions.length) keepsAll = false;
  }
  const source = (span: { start: number; end: number }) => seed.text.slice(span.start, span.end);
  const rows = entries(seed).map((entry) => {
    const row = pairs.find((pair) => pair.entry.index === entry.index)?.row;
    if (!row) return tableRow(entry.data);
    const regionCell = columns.region === undefined ? undefined : row.cells[columns.region];
    const cells = [regionCell?.text ? source(regionCell.span) : escapeCellText(entry.region ?? "?")];
    for (const kind of CELL_KINDS) {
      const column = columns[kind];
      const cell = column === undefined ? undefined : row.cells[column];
      if (cell && cell.text !== "" && !differs.has(cell.span.start)) {
        cells.push(source(cell.span));
        continue;
      }
      if (cell && cell.text !== "" && !differs.get(cell.span.start)) keepsAll = false;
      cells.push(escapeCellText(cellText(entry.data, kind) ?? "?"));
    }
    return `| ${cells.join(" | ")} |`;
  });
  return { text: [TABLE_HEADER, TABLE_DELIMITER, ...rows].join(seed.eol), keepsAll };
}

const MAX_LISTED = 12;

const rule: Rule = {
  id: "table-columns",
  severity: "warning",
  category: "body",
  description: `The compensation table has the columns ${EXPECTED.map((c) => `\`${c}\``).join(", ")}, in that order.`,
  fixable: "sometimes",
  hasSuggestions: true,
  docs: {
    why: "Readers and the other table rules find each figure by its column; a renamed, missing or moved column hides figures or puts them under the wrong heading.",
    valid: { change: [] },
    invalid: {
      change: [["| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |", "| Region | Base Salary | Stock | Bonus | Total Comp |"]],
      findings: [
        {
          line: 32,
          column: 1,
          endLine: 32,
          endColumn: 54,
          message:
            "The table's columns are 'Region', 'Base Salary', 'Stock', 'Bonus', 'Total Comp'; expected 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp'.",
        },
      ],
    },
  },
  check({ seed, config, report }) {
    const table = seed.body.table;
    if (!table) return;
    const cells = table.header.cells;
    if (table.misaligned) {
      const rebuilt = entries(seed).length ? rebuiltTable(seed, config) : undefined;
      const { header, delimiter } = table.misaligned;
      report({
        span: table.header.line.span,
        message: `The table's header has ${header} cells and its delimiter row ${delimiter}, so GFM shows no table here; make them agree.`,
        // Never safe: which cell is the stray one is the author's call.
        fixes: rebuilt
          ? [
              {
                title: "Rebuild the table from the frontmatter (drops what only the table says)",
                safe: false,
                edits: [{ ...table.span, newText: rebuilt.text }],
              },
            ]
          : [],
      });
      return;
    }
    if (cells.length === EXPECTED.length && cells.every((cell, i) => normalizeSpace(cell.text).toLowerCase() === EXPECTED[i]!.toLowerCase())) return;
    // A header of thousands of cells is named by its first few: the message stays readable.
    const found = cells.slice(0, MAX_LISTED).map((cell) => `'${normalizeSpace(cell.text)}'`);
    if (cells.length > MAX_LISTED) found.push("…");
    const rebuilt = entries(seed).length ? rebuiltTable(seed, config) : undefined;
    // Titles in another order over cells in the format's order: the titles are the slip, and
    // moving them (each as written) is the safe fix.
    const swapped = cellColumns(seed) !== table.columns;
    const titleEdits = swapped
      ? (Object.keys(FORMAT_COLUMNS) as Column[]).flatMap((column) => {
          const [from, to] = [cells[table.columns[column]!]!, cells[FORMAT_COLUMNS[column]!]!];
          return from === to ? [] : [{ ...to.span, newText: seed.text.slice(from.span.start, from.span.end) }];
        })
      : [];
    report({
      span: table.header.line.span,
      message:
        `The table's columns are ${found.join(", ")}; expected ${EXPECTED.map((c) => `'${c}'`).join(", ")}` +
        (swapped ? ": the cells below are in the expected order, so the titles are swapped." : "."),
      fixes: [
        ...(titleEdits.length ? [{ title: "Put the column titles in the order of the cells below", safe: true, edits: titleEdits }] : []),
        ...(rebuilt
          ? [
              {
                title: rebuilt.keepsAll
                  ? "Rebuild the table with the expected columns (keeping its cells)"
                  : "Rebuild the table from the frontmatter (drops what only the table says)",
                safe: rebuilt.keepsAll && !titleEdits.length,
                edits: [{ ...table.span, newText: rebuilt.text }],
              },
            ]
          : []),
      ],
    });
  },
};
export default rule;
