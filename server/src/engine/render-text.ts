// The canonical text the product writes into a body: table, heading and summary lines. Fixes,
// `seeds new` and editor completions all write through here, so they always agree.
import { formatMoneyRange, formatPercentRange } from "./money";
import { escapeCellText } from "./parse/cells";
import { num, str } from "./model/frontmatter-data";

export const TABLE_HEADER = "| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |";
export const TABLE_DELIMITER = "|--------|-------------|-----------------|-------|------------|";

export type CellKind = "base" | "stock" | "bonus" | "total";

/** The canonical cell text for one column of a compensation entry, if its values are readable. */
export function cellText(entry: Record<string, unknown>, kind: CellKind): string | undefined {
  if (kind === "bonus") {
    const low = num(entry.bonus_pct);
    return low === undefined ? undefined : formatPercentRange(low, num(entry.bonus_pct_high));
  }
  const currency = str(entry.currency);
  const prefix = kind === "total" ? "total_comp" : kind;
  const low = num(entry[`${prefix}_low`]);
  const high = num(entry[`${prefix}_high`]);
  if (!currency || low === undefined || high === undefined) return undefined;
  return formatMoneyRange(low, high, currency);
}

export function tableRow(entry: Record<string, unknown>): string {
  // Cells are inline Markdown: a region such as "Remote (US|Canada)" is written `Remote (US\|Canada)`.
  const cell = (kind: CellKind) => escapeCellText(cellText(entry, kind) ?? "?");
  return `| ${escapeCellText(str(entry.region) ?? "?")} | ${cell("base")} | ${cell("stock")} | ${cell("bonus")} | ${cell("total")} |`;
}

export function tableText(entries: readonly Record<string, unknown>[], eol: string): string {
  return [TABLE_HEADER, TABLE_DELIMITER, ...entries.map(tableRow)].join(eol);
}

export function headingText(data: Record<string, unknown>): string | undefined {
  const role = str(data.role_display);
  const company = str(data.company_display);
  return role && company ? `${role} | ${company} Global Negotiation Guide` : undefined;
}
