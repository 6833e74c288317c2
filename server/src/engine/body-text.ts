// The canonical text the product writes into a body: table, heading and summary lines. Fixes,
// `seeds new` and editor completions all write through here, so they always agree.
import { formatMoneyRange, formatPercentRange } from "./money";
import { escapeCellText } from "./parse/cells";
import { num, str } from "./model/frontmatter-data";
import { CELL_KINDS, COLUMNS, type CellKind } from "./schema/columns";

/** The canonical table header: Region, then each column's title. */
export const TABLE_HEADER = `| Region | ${CELL_KINDS.map((kind) => COLUMNS[kind].title).join(" | ")} |`;
/** The delimiter row under TABLE_HEADER, each cell as wide as its title and the spaces around it. */
export const TABLE_DELIMITER = `|${["Region", ...CELL_KINDS.map((kind) => COLUMNS[kind].title)].map((title) => "-".repeat(title.length + 2)).join("|")}|`;

/**
 * The canonical cell text for one column of a compensation entry (`$195K–$255K`, `5–15%`), or
 * undefined when the entry's values for it are not numbers (or a money column has no currency).
 * Unvalidated input: `entry` is the frontmatter mapping as parsed.
 */
export function cellText(entry: Record<string, unknown>, kind: CellKind): string | undefined {
  const column = COLUMNS[kind];
  const low = num(entry[column.low]);
  if (column.cell === "percent") return low === undefined ? undefined : formatPercentRange(low, num(entry[column.high]));
  const currency = str(entry.currency);
  const high = num(entry[column.high]);
  if (!currency || low === undefined || high === undefined) return undefined;
  return formatMoneyRange(low, high, currency);
}

/**
 * The canonical table row for a compensation entry (as parsed, unvalidated): region, then each
 * column's `cellText`, `?` for what cannot be written; cells escaped so they read back as written.
 */
export function tableRow(entry: Record<string, unknown>): string {
  // Cells are inline Markdown: a region such as "Remote (US|Canada)" is written `Remote (US\|Canada)`.
  const cell = (kind: CellKind) => escapeCellText(cellText(entry, kind) ?? "?");
  return `| ${escapeCellText(str(entry.region) ?? "?")} | ${cell("base")} | ${cell("stock")} | ${cell("bonus")} | ${cell("total")} |`;
}

/**
 * The canonical table (header, delimiter, one row per entry) joined with `eol` (`\n` or `\r\n`),
 * without a trailing line ending.
 */
export function tableText(entries: readonly Record<string, unknown>[], eol: string): string {
  return [TABLE_HEADER, TABLE_DELIMITER, ...entries.map(tableRow)].join(eol);
}

/**
 * The heading's text without `### `: `{role_display} | {company_display} Global Negotiation Guide`,
 * or undefined when either value is not a string.
 */
export function headingText(data: Record<string, unknown>): string | undefined {
  const role = str(data.role_display);
  const company = str(data.company_display);
  return role && company ? `${role} | ${company} Global Negotiation Guide` : undefined;
}
