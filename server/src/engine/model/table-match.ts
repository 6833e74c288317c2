// Pairs the table's rows with the frontmatter's entries by region, once per seed.
import type { Seed } from "../parse/seed";
import type { TableRow } from "../parse/body";
import { entries, type Entry } from "./frontmatter-data";

export interface TableMatch {
  pairs: { entry: Entry; row: TableRow }[];
  missing: Entry[];
  extra: TableRow[];
}

const cache = new WeakMap<Seed, TableMatch>();
/** A region as rows and entries are matched: white space collapsed, lower case. */
export const regionKey = (region: string) => region.replace(/\s+/g, " ").trim().toLowerCase();

/** A row's region: its Region cell's rendered text, trimmed; undefined without a Region column. */
export function rowRegion(seed: Seed, row: TableRow): string | undefined {
  const column = seed.body.table?.columns.region;
  // The cell's rendered text: `**London**`, `*London*` and `London` are the same region.
  return column === undefined ? undefined : row.cells[column]?.text.trim();
}

/** Is `compensation` a non-empty list of entries that each name a region? */
export function regionsReadable(seed: Seed): boolean {
  const list = seed.data.compensation;
  const readable = entries(seed);
  return Array.isArray(list) && list.length > 0 && readable.length === list.length && readable.every((entry) => entry.region);
}

/**
 * The table's rows paired with the frontmatter's entries by region (computed once per seed): `pairs`,
 * entries without a row (`missing`, a region listed twice wants one row) and rows without an
 * entry or repeating a region (`extra`, in document order).
 */
export function matchTable(seed: Seed): TableMatch {
  let match = cache.get(seed);
  if (match) return match;
  match = { pairs: [], missing: [], extra: [] };
  // A misaligned table is table-columns' one finding: its rows cannot be read by column, and a
  // row added or removed by region would be read no better (the fix would never settle).
  if (seed.body.table?.misaligned) {
    cache.set(seed, match);
    return match;
  }
  const rows = new Map<string, TableRow>();
  for (const row of seed.body.table?.rows ?? []) {
    const region = rowRegion(seed, row);
    const key = region ? regionKey(region) : "";
    if (region && !rows.has(key)) rows.set(key, row);
    else match.extra.push(row);
  }
  const used = new Set<TableRow>();
  const seen = new Set<string>();
  for (const entry of entries(seed)) {
    if (!entry.region) continue;
    const key = regionKey(entry.region);
    // A region listed twice is duplicate-region's finding: its second entry wants no row of its
    // own (adding one would only make table-row-extra remove it again).
    if (seen.has(key)) continue;
    seen.add(key);
    const row = rows.get(key);
    if (row) {
      used.add(row);
      match.pairs.push({ entry, row });
    } else match.missing.push(entry);
  }
  for (const row of rows.values()) if (!used.has(row)) match.extra.push(row);
  match.extra.sort((a, b) => a.line.span.start - b.line.span.start);
  cache.set(seed, match);
  return match;
}
