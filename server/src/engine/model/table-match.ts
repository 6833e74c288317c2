// Pairs the table's rows with the frontmatter's entries by region, once per seed.
import type { Seed } from "../parse/seed";
import type { Cell, TableRow } from "../parse/body";
import { entries, type Entry } from "./frontmatter-data";
import { editDistance } from "../text/similar";

export interface TableMatch {
  pairs: { entry: Entry; row: TableRow }[];
  missing: Entry[];
  extra: TableRow[];
  /**
   * Entries without a row paired with the one extra row that looks like the same region written
   * otherwise (`SF`, `San Francisco (Bay Area)`, `Londn`): neither missing nor extra, and not
   * compared cell by cell, since the pairing is a guess (table-row-missing's one finding).
   */
  renamed: { entry: Entry; row: TableRow }[];
}

const cache = new WeakMap<Seed, TableMatch>();
/** A region as rows and entries are matched: white space collapsed, lower case, Unicode NFC (an NFD `Zürich` is the NFC one). */
export const regionKey = (region: string) => region.replace(/\s+/g, " ").trim().toLowerCase().normalize("NFC");

/** A row's region: its Region cell's rendered text, trimmed; undefined without a Region column. */
export function rowRegion(seed: Seed, row: TableRow): string | undefined {
  const column = seed.body.table?.columns.region;
  // The cell's rendered text: `**London**`, `*London*` and `London` are the same region.
  return column === undefined ? undefined : row.cells[column]?.text.trim();
}

/**
 * The cells of a row past the header's that hold text, or none. GFM drops them, so the row shows
 * other cells than the author wrote, most often one column off (`| San Francisco | Hybrid |
 * $195K… |`): no cell of such a row can be read by its column.
 */
export function excessCells(seed: Seed, row: TableRow): Cell[] {
  const width = seed.body.table?.header.cells.length ?? 0;
  if (row.cells.length <= width) return [];
  const excess = row.cells.slice(width);
  return excess.some((cell) => cell.text.trim() !== "") ? excess : [];
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** `SF` for San Francisco, `NYC` for New York City: the initials of a name of two words or more. */
function initials(region: string): string {
  const words = region.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length > 1 ? words.map((word) => word[0]!.toUpperCase()).join("") : "";
}

/**
 * Could a row's region be the entry's, written otherwise? The entry's name followed by more
 * (`San Francisco (Bay Area)`, `San Francisco, CA`) or the other way round, its initials in
 * capitals (`SF`), or a typo (`Londn`).
 */
export function looksLikeRegion(written: string, region: string): boolean {
  // No region's name runs to hundreds of characters: a longer cell is no renamed region, and is not read again.
  if (written.length > MAX_REGION_LENGTH) return false;
  const a = regionKey(written);
  const b = regionKey(region);
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && !isWordChar(long[short.length])) return true;
  // The same words with marks of the author's around them (`(*) London`, `🔥London`, `London†`).
  const words = (key: string) => key.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  if (words(a) === words(b)) return true;
  const trimmed = written.trim();
  // `NYC` is New York (City) too.
  const letters = trimmed.replace(/\./g, "");
  const known = initials(region);
  if (trimmed.length >= 2 && trimmed === trimmed.toUpperCase() && known && (letters === known || letters === `${known}C`)) return true;
  // A typo: one slip in a short name, two in a name of 8 characters or more.
  return a.length >= 4 && a.length <= MAX_FUZZY_LENGTH && b.length <= MAX_FUZZY_LENGTH && editDistance(a, b) <= (Math.min(a.length, b.length) >= 8 ? 2 : 1);
}

const MAX_GUESSED_ROWS = 64;
const MAX_REGION_LENGTH = 200;
/** Regions longer than this are compared by their start only, never by edit distance. */
const MAX_FUZZY_LENGTH = 80;

/** Moves each missing entry and extra row that look alike, one to one and unambiguously, to `renamed`. */
function pairRenamed(seed: Seed, match: TableMatch): void {
  // A table with more extra rows than any guide has (a pasted or generated one) is not guessed
  // at: each guess compares every extra row with every missing entry.
  if (!match.missing.length || !match.extra.length || match.extra.length > MAX_GUESSED_ROWS) return;
  const paired = new Set(match.pairs.map((pair) => regionKey(pair.entry.region!)));
  // Rows repeating a paired region are copies (table-row-extra's), never a renamed region.
  const rows = match.extra.filter((row) => {
    const region = rowRegion(seed, row);
    return region && !paired.has(regionKey(region));
  });
  const candidates = (entry: Entry) => rows.filter((row) => looksLikeRegion(rowRegion(seed, row)!, entry.region!));
  for (const entry of match.missing) {
    const found = candidates(entry);
    if (found.length !== 1) continue;
    const row = found[0]!;
    if (match.missing.filter((other) => looksLikeRegion(rowRegion(seed, row)!, other.region!)).length !== 1) continue;
    match.renamed.push({ entry, row });
  }
  const renamedRows = new Set(match.renamed.map((pair) => pair.row));
  const renamedEntries = new Set(match.renamed.map((pair) => pair.entry));
  match.extra = match.extra.filter((row) => !renamedRows.has(row));
  match.missing = match.missing.filter((entry) => !renamedEntries.has(entry));
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
  match = { pairs: [], missing: [], extra: [], renamed: [] };
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
  pairRenamed(seed, match);
  cache.set(seed, match);
  return match;
}
