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
 * The top-level key a frontmatter line starts, when it is one of SEED_MARKER_KEYS: the key at
 * column 0, bare or quoted, then optional blanks and a `:`. Indented lines (nested keys), list
 * items and comments start no top-level key.
 */
function markerKeyOf(text: string, start: number, end: number): string | undefined {
  const first = text.charCodeAt(start);
  const quote = first === 0x22 || first === 0x27 ? text.charAt(start) : "";
  for (const key of SEED_MARKER_KEYS) {
    let cursor = start + quote.length;
    if (!text.startsWith(key, cursor)) continue;
    cursor += key.length;
    if (quote) {
      if (text[cursor] !== quote) continue;
      cursor++;
    }
    while (cursor < end && isBlank(text.charCodeAt(cursor))) cursor++;
    if (cursor < end && text.charCodeAt(cursor) === 0x3a) return key;
  }
  return undefined;
}

/**
 * Whether a text is a seed: it starts (after an optional BOM) with a `---` line, and the lines up
 * to the closing `---` or `...` line (or the end of the text, for a block never closed) hold both
 * `company:` and `compensation:` as top-level keys. Their values, and whether the YAML parses, do
 * not matter.
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
    const key = markerKeyOf(text, cursor, end);
    if (key === undefined) continue;
    found.add(key);
    if (found.size === SEED_MARKER_KEYS.length) return true;
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
