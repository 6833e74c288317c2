// Quick fixes for value slips whose intent is unambiguous: a number written as text ("195000",
// 195_000, 263,000), a date without zero padding (2026-2-23), a currency code in lower case
// (usd). They change the frontmatter, so they are suggestions, never applied by --fix.
import { isRealDate } from "../dates";
import { isIsoCurrency } from "../money";
import type { PathSegment } from "../parse/frontmatter";
import type { Seed } from "../parse/seed";
import type { Fix } from "../types";
import { setValue } from "../yaml-edits";
import { CELL_KINDS, COLUMNS } from "../schema/columns";

const DIGITS = /^\d+$/;
const UNDERSCORED = /^\d+(?:_\d+)+$/;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;
const PERCENT = /^(\d+(?:\.\d+)?) ?%$/;
const LOOSE_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const keysOf = (cell: "money" | "percent") =>
  new Set<string>(CELL_KINDS.filter((kind) => COLUMNS[kind].cell === cell).flatMap((kind) => [COLUMNS[kind].low, COLUMNS[kind].high]));
const AMOUNT_KEYS = keysOf("money");
const PERCENT_KEYS = keysOf("percent");
const DATE_KEYS = new Set(["last_updated", "next_review_due"]);

/** The number a text value unambiguously means for a numeric key, or undefined. */
function numberFromText(key: string, text: string): string | undefined {
  const trimmed = text.trim();
  if (AMOUNT_KEYS.has(key) || PERCENT_KEYS.has(key)) {
    if (DIGITS.test(trimmed)) return String(Number(trimmed));
    if (UNDERSCORED.test(trimmed)) return String(Number(trimmed.replace(/_/g, "")));
    if (THOUSANDS.test(trimmed)) return String(Number(trimmed.replace(/,/g, "")));
  }
  if (PERCENT_KEYS.has(key)) return PERCENT.exec(trimmed)?.[1];
  return undefined;
}

/** A date written without zero padding, padded, when that is a real date. */
function paddedDate(text: string): string | undefined {
  const match = LOOSE_DATE.exec(text.trim());
  if (!match) return undefined;
  const padded = `${match[1]}-${match[2]!.padStart(2, "0")}-${match[3]!.padStart(2, "0")}`;
  return padded !== text && isRealDate(padded) ? padded : undefined;
}

/** The suggestion that corrects a slip in the value at `path`, if the value is one. */
export function slipFixes(seed: Seed, path: readonly PathSegment[], value: unknown): Fix[] {
  if (typeof value !== "string") return [];
  const key = String(path[path.length - 1]);
  let replacement: string | undefined;
  let title: string | undefined;
  const asNumber = numberFromText(key, value);
  if (asNumber !== undefined) {
    replacement = asNumber;
    title = `Write ${key} as the number ${asNumber}`;
  } else if (DATE_KEYS.has(key) && paddedDate(value)) {
    replacement = paddedDate(value)!;
    title = `Write the date as ${replacement}`;
  } else if (key === "currency" && value.trim() !== value.trim().toUpperCase() && isIsoCurrency(value.trim().toUpperCase())) {
    replacement = value.trim().toUpperCase();
    title = `Write the currency code in upper case: ${replacement}`;
  }
  if (replacement === undefined || title === undefined) return [];
  // A value that comes from a merge key (`<<: *us`) is not written here: no one-span fix.
  if (seed.nodes?.aliasSpan(path)) return [];
  const edit = setValue(seed, path, replacement);
  return edit ? [{ title, safe: false, edits: [edit] }] : [];
}
