// The compensation table's figure columns, in table order: for each, its title in the table, the
// frontmatter keys of its low and high end, the kind of cell, and the word prose and messages use.
// The keys are typed by the zod schema, so a renamed key fails to compile here. How a cell is
// written and read follows from its kind: a money cell is written by `formatMoneyRange` and read
// by `parseMoneyRange` in the entry's currency, a percent cell by `formatPercentRange` and
// `parsePercentRange` (all in `money.ts`); `cellText` in `body-text.ts` writes one from an entry.
// Every place that spells a column out (the checker, the hover, the chart, the writers) reads it here.
import type { CompensationEntrySchema } from "./frontmatter";

/** A key of a compensation entry, as the schema names it. */
export type EntryKey = keyof typeof CompensationEntrySchema.shape;

export type CellKind = "base" | "stock" | "bonus" | "total";
/** The columns whose cells are money ranges in the entry's currency. */
export type MoneyKind = Exclude<CellKind, "bonus">;

export interface CompensationColumn {
  kind: CellKind;
  /** The column's title in the canonical table header ("Base Salary"). */
  title: string;
  /** What prose and messages call it ("total comp"). */
  name: string;
  /** The frontmatter key of the range's low end. */
  low: EntryKey;
  /** The frontmatter key of the high end; `bonus_pct_high` is optional (the high end is then the low end). */
  high: EntryKey;
  /** "money": a range in the entry's currency (`$195K–$255K`); "percent": a percentage or range of them (`5–15%`). */
  cell: "money" | "percent";
}

/** Each figure column by kind. */
export const COLUMNS: Readonly<Record<CellKind, CompensationColumn>> = {
  base: { kind: "base", title: "Base Salary", name: "base", low: "base_low", high: "base_high", cell: "money" },
  stock: { kind: "stock", title: "Stock (RSU/4yr)", name: "stock", low: "stock_low", high: "stock_high", cell: "money" },
  bonus: { kind: "bonus", title: "Bonus", name: "bonus", low: "bonus_pct", high: "bonus_pct_high", cell: "percent" },
  total: { kind: "total", title: "Total Comp", name: "total comp", low: "total_comp_low", high: "total_comp_high", cell: "money" },
};

/** The figure columns in the canonical table's order (after Region). */
export const CELL_KINDS: readonly CellKind[] = ["base", "stock", "bonus", "total"];

/** The money columns in table order. */
export const MONEY_KINDS: readonly MoneyKind[] = ["base", "stock", "total"];

/** The keys a cell of `kind` restates: the range's ends, and the currency for a money cell. */
export function columnKeys(kind: CellKind): EntryKey[] {
  const { low, high, cell } = COLUMNS[kind];
  return cell === "money" ? ["currency", low, high] : [low, high];
}
