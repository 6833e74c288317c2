// Compares each table cell with the frontmatter values it restates. Shared by
// table-cell-mismatch (a figure or currency that contradicts) and table-bonus-range.
import { amountMatches, currencyName, eachFigure, parseMoneyRange, parsePercentRange, type MoneyRange } from "../money";
import type { Seed } from "../parse/seed";
import type { Column, TableRow } from "../parse/body";
import { writeIntoCell, type Cell } from "../parse/cells";
import { cellText } from "../body-text";
import { CELL_KINDS, columnKeys, COLUMNS, type CellKind, type MoneyKind } from "../schema/columns";
import type { Fix, TextEdit } from "../types";
import { insertKeyAfter, setValue } from "../yaml-edits";
import type { Report } from "../rules/rule";
import { isValidEntryValue } from "./schema-findings";
import { normalizeSpace, num, quoted, type Entry } from "./frontmatter-data";
import { excessCells, matchTable } from "./table-match";
import { implausibleEnds, unusualCurrency } from "./entry-values";
import type { ResolvedConfig } from "../config";
import { withoutInvisible } from "../text/invisible";
import { closest } from "../text/similar";
import { COMPENSATION_KEYS } from "../schema/frontmatter";
import { oneRootCause, restates } from "./row-root-causes";

export interface CellFinding extends Report {
  rule: "table-cell-mismatch" | "table-bonus-range";
  /** For a money cell read as a range: its column, the cell, and what it reads as (see row-root-causes.ts). */
  money?: { kind: MoneyKind; cell: Cell; read: MoneyRange };
}

const cache = new WeakMap<Seed, CellFinding[]>();
type Columns = Partial<Record<Column, number>>;
const KNOWN_KEYS = new Set<string>(COMPENSATION_KEYS);

/**
 * Is the entry's money a likely slip in the frontmatter (London in EUR, a total below base +
 * stock/4)? That is the frontmatter rule's one finding: its figures are not copied over the
 * table's, which may be the only right copy left. Asked once per entry, not once per column.
 */
function frontmatterSlip(entry: Entry, config: ResolvedConfig | undefined): boolean {
  return (config !== undefined && unusualCurrency(config, entry) !== undefined) || implausibleEnds(entry).length > 0;
}

/**
 * A cell is compared only with valid frontmatter values: an invalid one (a negative amount, a
 * currency `eur` or `EURO`, a low end above the high end) is a frontmatter rule's finding, and
 * a safe fix must never copy it into the body. `slip` is `frontmatterSlip` of the entry.
 */
function comparable(entry: Entry, kind: CellKind, slip: boolean): boolean {
  if (kind !== "bonus" && slip) return false;
  const keys = columnKeys(kind);
  // A key of this column misspelled (`bonus_pct_hi`) is unknown-key's one finding: the column's
  // figures are not judged without it.
  if (Object.keys(entry.data).some((key) => !KNOWN_KEYS.has(key) && closest(key, keys) !== undefined)) return false;
  if (!keys.every((key) => (key === "bonus_pct_high" && entry.data[key] === undefined) || isValidEntryValue(key, entry.data[key]))) return false;
  // A reversed range ("€120K–€100K") is range-order's finding; it is no text for the body either.
  const [low, high] = keys.slice(-2).map((key) => num(entry.data[key]));
  return low === undefined || high === undefined || low <= high;
}

/**
 * The cell rewritten from the frontmatter, inside the author's emphasis. `safe` only when the cell
 * contradicts the frontmatter: a fix that would drop what the seed says nowhere else is a suggestion.
 */
function fromFrontmatter(cell: Cell, kind: CellKind, expected: string, region: string, safe: boolean): Fix {
  return { title: `Set ${region}'s ${COLUMNS[kind].title} to ${expected} (from the frontmatter)`, safe, edits: [writeIntoCell(cell, expected)] };
}

/**
 * What a cell holds while its author has not filled it in (lower case): writing the frontmatter's
 * figures over it loses nothing. Any other text (`see note`, `options, not RSUs`, `five`, a `*`
 * or `†` that points to a footnote) says something the frontmatter cannot: the author's call.
 */
const MAX_PLACEHOLDER_LENGTH = 16;
const PLACEHOLDERS = new Set([
  "",
  "tbd",
  "tba",
  "tbc",
  "todo",
  "fixme",
  "xxx",
  "n/a",
  "na",
  "none",
  "nil",
  "unknown",
  "?",
  "??",
  "???",
  "-",
  "--",
  "—",
  "–",
  "…",
  "...",
]);

const LETTER = /\p{L}/u;

/**
 * What may stand between restated figures without saying anything of its own: white space, a
 * dash or `to` between the ends, `%` and `percent` in a bonus cell, the entry's own currency code.
 */
function onlyJoins(rest: string, currency: string | undefined, money: boolean): boolean {
  // One pass, no copies: a 200 KB run of dashes between two figures is read once.
  for (let i = 0; i < rest.length;) {
    const code = rest.charCodeAt(i);
    if (code <= 0x20 || code === 0xa0 || code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x2212 || (!money && code === 0x25)) {
      i++;
      continue;
    }
    let end = i;
    while (end < rest.length && LETTER.test(rest[end]!)) end++;
    const word = rest.slice(i, end);
    if (word === "" || !(word.toLowerCase() === "to" || (money ? word === currency : /^(?:percent|pct)$/i.test(word)))) return false;
    i = end;
  }
  return true;
}

/**
 * Can a cell that is not read as money or a percentage be rewritten without losing anything?
 * Only a placeholder (`TBD`, `N/A`, `?`), or figures that the frontmatter value restates joined by
 * nothing of the author's own (`£170K–$310K` for $170K–$310K, `10` for 10%): a cell with any other
 * figure, word or mark is the author's to resolve.
 */
function onlyRestates(cell: Cell, values: number[], currency: string | undefined): boolean {
  const money = currency !== undefined;
  if (cell.text.length <= MAX_PLACEHOLDER_LENGTH && PLACEHOLDERS.has(normalizeSpace(cell.text).toLowerCase())) return true;
  // Up to the first figure that is not restated: a cell of 100,000 numbers is not read whole.
  let rest = "";
  let from = 0;
  const figures = money ? eachFigure(cell.text) : cell.text.matchAll(/\d+(?:\.\d+)?/g);
  for (const figure of figures) {
    const [start, end, restated] =
      "value" in figure
        ? [figure.start, figure.end, values.some((value) => amountMatches(figure, value))]
        : [figure.index, figure.index + figure[0].length, values.includes(Number(figure[0]))];
    if (!restated) return false;
    rest += ` ${cell.text.slice(from, start)} `;
    from = end;
  }
  return from > 0 && onlyJoins(rest + cell.text.slice(from), currency, money);
}

function moneyFinding(seed: Seed, entry: Entry, kind: MoneyKind, cell: Cell, expected: string): CellFinding | undefined {
  const { low: lowKey, high: highKey } = COLUMNS[kind];
  const low = num(entry.data[lowKey])!;
  const high = num(entry.data[highKey])!;
  const parsed = parseMoneyRange(cell.text);
  const sameCurrency = parsed?.currency === entry.currency;
  // Most cells agree: nothing is built for them (this runs for every cell of every seed).
  if (parsed && sameCurrency && amountMatches(parsed.low, low) && amountMatches(parsed.high, high)) return undefined;
  const where = `${COLUMNS[kind].title} for ${entry.region}`;
  // Both ends are in the frontmatter, so a cell read as money that differs contradicts it.
  const fixes = [fromFrontmatter(cell, kind, expected, entry.region!, parsed !== undefined || onlyRestates(cell, [low, high], entry.currency ?? ""))];
  if (!parsed) {
    const message = `${where} is '${quoted(cell.text)}', which is not a money range; the frontmatter says ${expected}.`;
    return { rule: "table-cell-mismatch", span: cell.span, message, fixes };
  }
  const reverse: TextEdit[] = [];
  const changed: string[] = [];
  const setFromTable = (key: string, value: string) => {
    reverse.push(setValue(seed, ["compensation", entry.index, key], value)!);
    changed.push(key);
  };
  if (!sameCurrency && parsed.currency) setFromTable("currency", parsed.currency);
  if (parsed.low.value !== low) setFromTable(lowKey, String(parsed.low.value));
  if (parsed.high.value !== high) setFromTable(highKey, String(parsed.high.value));
  if (reverse.length && reverse.every(Boolean)) {
    fixes.push({ title: `Set ${entry.region}'s ${changed.join(", ")} from the table (${quoted(cell.text)})`, safe: false, edits: reverse });
  }
  const message = sameCurrency
    ? `${where} says ${quoted(cell.text)} but the frontmatter says ${expected}.`
    : `${where} is in ${parsed.currency ? `${parsed.currency} (${currencyName(parsed.currency)})` : "an unknown currency"}, ` +
      `but ${entry.region}'s currency is ${entry.currency}: the frontmatter says ${expected}.`;
  return { rule: "table-cell-mismatch", span: cell.span, message, fixes, money: { kind, cell, read: parsed } };
}

function bonusFinding(seed: Seed, entry: Entry, cell: Cell, expected: string): CellFinding | undefined {
  const low = num(entry.data.bonus_pct)!;
  const high = num(entry.data.bonus_pct_high);
  const parsed = parsePercentRange(cell.text);
  if (parsed && parsed.low === low && parsed.high === (high ?? low)) return undefined;
  // A range over a single bonus_pct adds an upper end the frontmatter lacks: writing the
  // frontmatter's value would delete it, so that direction is a suggestion like the other.
  const addsHigh = parsed !== undefined && high === undefined && parsed.high > parsed.low;
  const safe = parsed ? !addsHigh : onlyRestates(cell, [low, high ?? low], undefined);
  const fromTruth = fromFrontmatter(cell, "bonus", expected, entry.region!, safe);
  const base = ["compensation", entry.index] as const;
  if (parsed && addsHigh && parsed.low === low) {
    const fixes: Fix[] = [];
    const add = insertKeyAfter(seed, [...base, "bonus_pct"], "bonus_pct_high", String(parsed.high));
    if (add) fixes.push({ title: `Add 'bonus_pct_high: ${parsed.high}' to ${entry.region} (keep the table's range)`, safe: false, edits: [add] });
    const every = bonusRangeFix(seed);
    if (every && every.edits.length > 1) fixes.push(every);
    fixes.push({ ...fromTruth, title: `${fromTruth.title.replace(" (from the frontmatter)", "")} (drop the table's upper end)` });
    return {
      rule: "table-bonus-range",
      span: cell.span,
      message:
        `The bonus for ${entry.region} is the range ${quoted(cell.text)} in the table, but the frontmatter has only ` +
        `'bonus_pct: ${low}': add 'bonus_pct_high: ${parsed.high}' or write ${expected}.`,
      fixes,
    };
  }
  const fixes: Fix[] = [fromTruth];
  if (parsed) {
    const edits: TextEdit[] = [];
    if (parsed.low !== low) edits.push(setValue(seed, [...base, "bonus_pct"], String(parsed.low))!);
    if (parsed.high !== parsed.low && parsed.high !== high) {
      const newHigh = String(parsed.high);
      edits.push(
        (high === undefined ? insertKeyAfter(seed, [...base, "bonus_pct"], "bonus_pct_high", newHigh) : setValue(seed, [...base, "bonus_pct_high"], newHigh))!,
      );
    }
    if (edits.length && edits.every(Boolean)) fixes.push({ title: `Set ${entry.region}'s bonus from the table (${quoted(cell.text)})`, safe: false, edits });
  }
  return {
    rule: "table-cell-mismatch",
    span: cell.span,
    message: parsed
      ? `Bonus for ${entry.region} says ${quoted(cell.text)} but the frontmatter says ${expected}.`
      : `Bonus for ${entry.region} is '${quoted(cell.text)}', which is not a percentage; the frontmatter says ${expected}.`,
    fixes,
  };
}

/** Rows whose bonus cell is a range starting at the entry's single `bonus_pct`: the table knows an upper end the frontmatter lacks. */
function bonusRanges(seed: Seed): { entry: Entry; high: number }[] {
  const column = cellColumns(seed).bonus;
  if (column === undefined) return [];
  const found: { entry: Entry; high: number }[] = [];
  for (const { entry, row } of matchTable(seed).pairs) {
    const cell = excessCells(seed, row).length ? undefined : row.cells[column];
    const low = num(entry.data.bonus_pct);
    if (!cell || low === undefined || entry.data.bonus_pct_high !== undefined || !comparable(entry, "bonus", false)) continue;
    const parsed = parsePercentRange(cell.text);
    if (parsed && parsed.low === low && parsed.high > low) found.push({ entry, high: parsed.high });
  }
  return found;
}

const bonusRangeCache = new WeakMap<Seed, Fix | null>();

/**
 * "Add bonus_pct_high from the table to every entry": the information-keeping answer to every
 * table-bonus-range finding at once (a suggestion: it changes the frontmatter).
 */
export function bonusRangeFix(seed: Seed): Fix | undefined {
  let fix = bonusRangeCache.get(seed);
  if (fix === undefined) {
    const edits = bonusRanges(seed).map(({ entry, high }) => insertKeyAfter(seed, ["compensation", entry.index, "bonus_pct"], "bonus_pct_high", String(high)));
    fix = edits.length && edits.every(Boolean) ? { title: "Add bonus_pct_high from the table to every entry", safe: false, edits: edits as TextEdit[] } : null;
    bonusRangeCache.set(seed, fix);
  }
  return fix ?? undefined;
}

/** The findings of one row's cells, read with `columns` (see cellColumns). */
function rowFindings(seed: Seed, entry: Entry, row: TableRow, columns: Columns, config: ResolvedConfig | undefined): CellFinding[] {
  const found: CellFinding[] = [];
  const slip = frontmatterSlip(entry, config);
  let moneyCells = 0;
  for (const kind of CELL_KINDS) {
    const column = columns[kind];
    const expected = cellText(entry.data, kind);
    if (column === undefined || expected === undefined || !comparable(entry, kind, slip)) continue;
    // A cell is compared as it reads: an invisible character in it is invisible-character's one finding.
    const written = row.cells[column];
    if (kind !== "bonus" && written) moneyCells++;
    const cell = written && { ...written, text: withoutInvisible(written.text) };
    if (!cell) {
      const message = `The row for ${entry.region} has no ${COLUMNS[kind].title} cell; the frontmatter says ${expected}.`;
      found.push({ rule: "table-cell-mismatch", span: row.line.span, message });
      continue;
    }
    const finding = kind === "bonus" ? bonusFinding(seed, entry, cell, expected) : moneyFinding(seed, entry, kind, cell, expected);
    if (finding) found.push(finding);
  }
  return oneRootCause(seed, entry, found, moneyCells);
}

/**
 * Does a cell's text read as the entry's value of `kind` (a bonus cell: from its `bonus_pct`)?
 * Values only, no fixes: what cellColumns weighs the two readings of a row with.
 */
function cellAgrees(entry: Entry, kind: CellKind, text: string | undefined): boolean {
  if (text === undefined) return false;
  if (kind !== "bonus") {
    const read = parseMoneyRange(withoutInvisible(text));
    return read !== undefined && restates(read, entry, kind);
  }
  return parsePercentRange(withoutInvisible(text))?.low === num(entry.data.bonus_pct);
}

/** Where each column is in the format's header (`| Region | Base Salary | … |`). */
export const FORMAT_COLUMNS: Columns = { region: 0, ...Object.fromEntries(CELL_KINDS.map((kind, index) => [kind, index + 1])) };

const columnsCache = new WeakMap<Seed, Columns>();

/**
 * The columns the table's cells follow: those the header's titles name, unless the titles are
 * the format's in another order while the cells are in the format's order (every row agrees with
 * the frontmatter read that way, and some row disagrees read by the titles). Then the titles were
 * swapped, not the cells: one mistake, table-columns' one finding, and the cells are read (and
 * kept by its rebuild) in the format's order.
 */
export function cellColumns(seed: Seed): Columns {
  const table = seed.body.table;
  if (!table) return {};
  let columns = columnsCache.get(seed);
  if (columns) return columns;
  columns = table.columns;
  const kinds = Object.keys(FORMAT_COLUMNS) as Column[];
  const reordered = kinds.every((kind) => table.columns[kind] !== undefined) && kinds.some((kind) => table.columns[kind] !== FORMAT_COLUMNS[kind]);
  if (reordered && table.columns.region === FORMAT_COLUMNS.region) {
    const pairs = matchTable(seed).pairs.filter(({ row }) => !excessCells(seed, row).length);
    const disagree = (by: Columns) => pairs.some(({ entry, row }) => CELL_KINDS.some((kind) => !cellAgrees(entry, kind, row.cells[by[kind]!]?.text)));
    if (pairs.length && disagree(table.columns) && !disagree(FORMAT_COLUMNS)) columns = FORMAT_COLUMNS;
  }
  columnsCache.set(seed, columns);
  return columns;
}

/**
 * Every table cell that disagrees with the frontmatter values it restates, for table-cell-mismatch
 * and table-bonus-range (computed once per seed). Cells are compared only with valid values.
 */
export function cellFindings(seed: Seed, config?: ResolvedConfig): CellFinding[] {
  let found = cache.get(seed);
  if (found) return found;
  found = [];
  const shifted = new Set<TableRow>();
  const columns = cellColumns(seed);
  const width = seed.body.table?.header.cells.length ?? 0;
  for (const { entry, row } of matchTable(seed).pairs) {
    // A row with more cells than the header is read one column off: table-row-cells' one finding.
    if (excessCells(seed, row).length) continue;
    const findings = rowFindings(seed, entry, row, columns, config);
    // A row with fewer cells than the header whose cells also disagree most likely lost a cell in
    // the middle, and the rest sit a column to the left: table-row-cells' one finding.
    if (row.cells.length < width && findings.some((finding) => finding.span !== row.line.span)) shifted.add(row);
    else found.push(...findings);
  }
  cache.set(seed, found);
  shiftedCache.set(seed, shifted);
  return found;
}

const shiftedCache = new WeakMap<Seed, Set<TableRow>>();

/**
 * Rows with fewer cells than the header whose cells disagree with the frontmatter (`| Berlin |
 * €40K–€80K | 10% | €98K–€130K |`, the base lost): one finding for the row, none for its cells.
 */
export function shiftedRows(seed: Seed, config?: ResolvedConfig): Set<TableRow> {
  cellFindings(seed, config);
  return shiftedCache.get(seed)!;
}
