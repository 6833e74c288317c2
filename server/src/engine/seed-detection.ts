// What makes a file a seed, for every adapter (the CLI's folder walk, the language server's
// index and open documents, the VS Code client): a `.md` or `.txt` file whose frontmatter has the
// top-level keys `company` and `compensation`. A README with `title: Notes` frontmatter is not a
// seed; a seed whose YAML no longer parses still is. So the decision is made from the text by one
// linear scan of the frontmatter's lines, never from parsed YAML: detection must not hide a broken
// seed behind its own breakage. No regular expressions, so no backtracking on hostile input.

/** The file extensions a seed may have (lower case; matched case-insensitively). */
const SEED_FILE_EXTENSIONS: readonly string[] = [".md", ".txt"];

/** The top-level frontmatter keys that, together, make a text a seed. */
const SEED_MARKER_KEYS: readonly string[] = ["company", "compensation"];

/**
 * The seed schema's top-level keys (schema/frontmatter.ts's TOP_LEVEL_KEYS, which a test holds
 * this list equal to: this module imports nothing, so that the extension's first bundle stays
 * small). A frontmatter with MIN_SEED_KEYS of them is a seed even when a typo hides a marker key
 * (`compnay: globex`): a seed with a typo is the seed the author most needs told about.
 */
export const SEED_KEYS: readonly string[] = [
  "company",
  "company_display",
  "role",
  "role_display",
  "role_type",
  "last_updated",
  "data_quality",
  "salary_data_quarter",
  "next_review_due",
  "compensation",
  "level_mapping",
  "data_sources",
  "negotiation_dna_summary",
];

/** How many of SEED_KEYS make a seed without both marker keys: no other kind of frontmatter has four of them. */
const MIN_SEED_KEYS = 4;

const isBlank = (code: number) => code === 0x20 || code === 0x09;

/** The line [start, end) with a trailing `\r` and spaces or tabs dropped. */
function trimmedEnd(text: string, start: number, end: number): number {
  let stop = end;
  while (stop > start && (text.charCodeAt(stop - 1) === 0x0d || isBlank(text.charCodeAt(stop - 1)))) stop--;
  return stop;
}

/** Whether text[start, end) is exactly `marker` once trailing blanks are dropped. */
function lineIs(text: string, start: number, end: number, marker: string): boolean {
  const stop = trimmedEnd(text, start, end);
  return stop - start === marker.length && text.startsWith(marker, start);
}

/**
 * The top-level key a frontmatter line starts, when it is one of SEED_KEYS: the key at column 0,
 * bare or quoted, then optional blanks and a `:`. Indented lines (nested keys), list items and
 * comments start no top-level key.
 */
function seedKeyOf(text: string, start: number, end: number): string | undefined {
  const first = text.charCodeAt(start);
  const quote = first === 0x22 || first === 0x27 ? text.charAt(start) : "";
  // The key runs to the quote, or to a blank or `:`; only its length of characters is compared.
  let cursor = start + quote.length;
  const keyStart = cursor;
  while (cursor < end && cursor - keyStart <= MAX_KEY_LENGTH) {
    const code = text.charCodeAt(cursor);
    if (quote ? text[cursor] === quote : code === 0x3a || isBlank(code)) break;
    cursor++;
  }
  const key = text.slice(keyStart, cursor);
  if (!SEED_KEY_SET.has(key)) return undefined;
  if (quote) {
    if (text[cursor] !== quote) return undefined;
    cursor++;
  }
  while (cursor < end && isBlank(text.charCodeAt(cursor))) cursor++;
  return cursor < end && text.charCodeAt(cursor) === 0x3a ? key : undefined;
}

const SEED_KEY_SET = new Set(SEED_KEYS);
const MAX_KEY_LENGTH = Math.max(...SEED_KEYS.map((key) => key.length));

/**
 * Whether a text is a seed: it starts (after an optional BOM) with a `---` line, and the lines up
 * to the closing `---` or `...` line (or the end of the text, for a block never closed) hold both
 * `company:` and `compensation:` as top-level keys, or four of the seed's top-level keys (so a
 * typo in one of the two hides no seed). Their values, and whether the YAML parses, do not matter.
 *
 * @param text the file's decoded text, any line endings.
 * @returns true for a seed (however broken), false for anything else. Never throws; runs in time
 *   linear in the length of the frontmatter and stops at its end.
 */
export function looksLikeSeed(text: string): boolean {
  let cursor = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let newline = text.indexOf("\n", cursor);
  let end = newline === -1 ? text.length : newline;
  if (!lineIs(text, cursor, end, "---")) return false;
  const found = new Set<string>();
  while (newline !== -1) {
    cursor = newline + 1;
    newline = text.indexOf("\n", cursor);
    end = newline === -1 ? text.length : newline;
    if (lineIs(text, cursor, end, "---") || lineIs(text, cursor, end, "...")) break;
    const key = seedKeyOf(text, cursor, end);
    if (key === undefined) continue;
    found.add(key);
    if (found.size >= MIN_SEED_KEYS || SEED_MARKER_KEYS.every((marker) => found.has(marker))) return true;
  }
  return false;
}

/**
 * Whether a path names a file that may be a seed: it ends in `.md` or `.txt` (any case).
 *
 * @param path a file path or URI, with `/` or `\` separators.
 */
export function hasSeedExtension(path: string): boolean {
  const lower = path.toLowerCase();
  return SEED_FILE_EXTENSIONS.some((extension) => lower.endsWith(extension) && lower.length > extension.length);
}

/**
 * The one definition of a seed file: a `.md` or `.txt` path whose text looksLikeSeed.
 *
 * @param path the file's path or URI (only its extension is read).
 * @param text the file's decoded text.
 * @returns whether the file is a seed. Never throws; linear time.
 */
export function isSeedFile(path: string, text: string): boolean {
  return hasSeedExtension(path) && looksLikeSeed(text);
}
