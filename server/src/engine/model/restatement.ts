// Compares a body text that restates one frontmatter text (the heading, the Negotiation DNA
// line, the Level Mapping line, a column title) with what it should say, token by token, and
// tells apart what contradicts the frontmatter (a different role, summary or level: a safe fix
// writes the frontmatter's words there) from what the body only adds (`(2026 edition, $300K
// RSU)`, `| Remote OK`, a footnote mark `[^1]` or `*`: nothing contradicts, so nothing of it is
// removed automatically). The alignment is jsdiff's (`diffArrays`, Myers' algorithm).
import { diffArrays } from "diff";
import type { Span, TextEdit } from "../types";

/** How a restating text differs from the frontmatter text it restates. */
export interface Restatement {
  /**
   * Edits (UTF-16 offsets in the seed) that write the frontmatter's words where the text
   * contradicts them, keeping every token it only adds. Empty when nothing contradicts.
   */
  corrections: TextEdit[];
  /** Tokens the text adds to the frontmatter's, as runs (UTF-16 offsets in the seed). */
  additions: Span[];
  /**
   * False when the corrections may drop something the author added: the texts were too long to
   * align (more than MAX_TOKENS tokens) and do not start alike, or an addition sits inside a
   * contradicting run. The caller then offers the corrections as a suggestion only.
   */
  aligned: boolean;
}

/**
 * Texts longer than this many tokens are not aligned: Myers' algorithm costs the product of the
 * lengths and the differences, and no heading or labelled line an author writes comes close.
 */
const MAX_TOKENS = 600;

/** A token: a run of letters and digits, or one other character that is not white space. */
interface Token {
  text: string;
  start: number;
  end: number;
}

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
// Letters, marks and decimal digits: a superscript (`¹`) or another sign glued to a word is a token of its own.
const WORD_CHAR = /[\p{L}\p{Nd}\p{M}]/u;

/** The tokens of `text`, in one pass, up to `limit` of them; offsets are relative to `text`. */
function tokens(text: string, limit: number): Token[] {
  const found: Token[] = [];
  let i = 0;
  while (i < text.length && found.length < limit) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    const start = i;
    // One character, two code units for a surrogate pair (an emoji is one mark).
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    if (WORD_CHAR.test(text.slice(i, i + width))) {
      i += width;
      while (i < text.length) {
        const next = text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff && i + 1 < text.length ? 2 : 1;
        if (!WORD_CHAR.test(text.slice(i, i + next))) break;
        i += next;
      }
    } else i += width;
    found.push({ text: text.slice(start, i), start, end: i });
  }
  return found;
}

// A Map, not an object literal: `constructor` or `toString` would be `in` an object's prototype.
const OPENERS = new Map([
  ["(", ")"],
  ["[", "]"],
  ["{", "}"],
]);
/** Tokens after which, or at which, an addition of the author's opens (`, note`, `(2026)`, `| Remote`, `— note`). */
const opensAddition = (previous: Token | undefined, token: Token) =>
  (previous !== undefined && /^[,;:]$/.test(previous.text)) || OPENERS.has(token.text) || /^[|/·•—–]$/.test(token.text);
/** Marks that end a sentence or a clause: alone at the end of a line they add nothing. */
const isTrailingMark = (token: Token) => /^[.,;:!]$/.test(token.text);

/**
 * Tokens of a run that sit inside brackets the run opens and closes itself (`(Staff track)`,
 * `[^1]`): what the author adds inside a contradicting run.
 */
function bracketed(run: Token[]): Set<Token> {
  const inside = new Set<Token>();
  for (let k = 0; k < run.length; k++) {
    const close = OPENERS.get(run[k]!.text);
    if (!close) continue;
    const end = run.findIndex((token, m) => m > k && token.text === close);
    if (end === -1) continue;
    for (let m = k; m <= end; m++) inside.add(run[m]!);
    k = end;
  }
  return inside;
}

/**
 * Compares `found` (the text in the seed, starting at `offset`) with `expected` (the frontmatter's).
 * Tokens are compared exactly (case included); white space does not count. Linear in the texts'
 * length, plus the alignment of at most MAX_TOKENS tokens each.
 */
export function compareRestatement(found: string, offset: number, expected: string): Restatement {
  const have = tokens(found, MAX_TOKENS + 1);
  const want = tokens(expected, MAX_TOKENS + 1);
  const run = (list: Token[]): Span => ({ start: offset + list[0]!.start, end: offset + list[list.length - 1]!.end });
  // An addition as the author reads it: without the clause mark that joins it (`, Remote OK`, `Updated:`).
  const added = (list: Token[]): Span => {
    let from = 0;
    let to = list.length;
    while (to - from > 1 && /^[,;:]$/.test(list[from]!.text)) from++;
    while (to - from > 1 && /^[,;:]$/.test(list[to - 1]!.text)) to--;
    return run(list.slice(from, to));
  };
  if (have.length > MAX_TOKENS || want.length > MAX_TOKENS) {
    const startsAlike = want.length <= MAX_TOKENS && want.every((token, i) => token.text === have[i]?.text);
    if (!startsAlike) return { corrections: [{ start: offset, end: offset + found.length, newText: expected }], additions: [], aligned: false };
    // The rest of the text, from the token after the frontmatter's last one to its last character.
    let end = found.length;
    while (end > 0 && isSpace(found.charCodeAt(end - 1))) end--;
    const rest = have[want.length];
    return { corrections: [], additions: rest ? [{ start: offset + rest.start, end: offset + end }] : [], aligned: true };
  }
  const corrections: TextEdit[] = [];
  const additions: Span[] = [];
  let aligned = true;
  // The frontmatter's text for want[from, to), with the white space between its tokens.
  const wanted = (from: number, to: number) => expected.slice(want[from]!.start, want[to - 1]!.end);
  const changes = diffArrays(
    have.map((token) => token.text),
    want.map((token) => token.text),
  );
  // Walk the alignment as gaps between runs of common tokens: `gone` are tokens only the text has,
  // want[missingFrom, j) those only the frontmatter has.
  let i = 0;
  let j = 0;
  let matchedBefore = false;
  let gone: Token[] = [];
  let missingFrom = 0;
  const closeGap = (matchedAfter: boolean) => {
    const missing = j - missingFrom;
    if (gone.length === 0 && missing === 0) return;
    if (gone.length === 0) {
      // Tokens the text lacks: written after the token before (with the frontmatter's spacing), or before the token after.
      const before = have[i - 1];
      if (before) {
        const from = want[missingFrom - 1]!.end;
        corrections.push({ start: offset + before.end, end: offset + before.end, newText: expected.slice(from, want[j - 1]!.end) });
      } else {
        const at = offset + (have[i]?.start ?? 0);
        corrections.push({ start: at, end: at, newText: have[i] ? expected.slice(want[missingFrom]!.start, want[j]!.start) : expected });
      }
    } else if (missing === 0) {
      // Only the text has these: an addition, unless it is a mark that ends the line.
      if (!(matchedBefore && !matchedAfter && gone.every(isTrailingMark))) additions.push(added(gone));
    } else {
      let replaced = gone;
      const inside = bracketed(gone);
      let whole = false;
      if (inside.size) {
        // `Eng (Staff track)` for `Engineer`: the bracketed words are the author's.
        const rest = gone.filter((token) => !inside.has(token));
        const first = gone.indexOf(rest[0]!);
        const contiguous = rest.length > 0 && gone.slice(first, first + rest.length).every((token) => !inside.has(token));
        if (contiguous) {
          for (const group of runsOf(gone, inside)) additions.push(added(group));
          replaced = rest;
        } else {
          // Brackets between the contradicting words, or around all of them: the run is replaced
          // whole (a suggestion), never cut inside its brackets (`(note Acme Guide`).
          aligned = false;
          whole = true;
        }
      }
      if (whole) {
        // Replaced as it is.
      } else if (matchedBefore && !matchedAfter) {
        // A trailing gap (`L5 | Remote OK` for `L4`): the contradiction is its first tokens, up to
        // where an addition opens, at most as many as the frontmatter's; the rest is added.
        let end = Math.min(replaced.length, missing);
        for (let k = 1; k < end; k++) if (opensAddition(replaced[k - 1], replaced[k]!)) end = k;
        if (end < replaced.length) additions.push(added(replaced.slice(end)));
        replaced = replaced.slice(0, end);
      } else if (matchedAfter) {
        // A leading gap (`Updated: Senior` for `Software`), or a middle one with more tokens than
        // the frontmatter's (`| #1 LLMOps Platform` for `| MLOps Platform`): the contradiction is
        // its last tokens, next to the words that agree; the tokens before them are added.
        let start = Math.max(0, replaced.length - missing);
        for (let k = replaced.length - 1; k > start; k--) if (opensAddition(replaced[k - 1], replaced[k]!)) start = k;
        if (start > 0) additions.push(added(replaced.slice(0, start)));
        replaced = replaced.slice(start);
      } else if (!matchedBefore && !matchedAfter) {
        // No token in common: the text contradicts up to where an addition opens, or as a whole.
        const end = replaced.findIndex((token, k) => k > 0 && opensAddition(replaced[k - 1], token));
        if (end > 0) {
          additions.push(added(replaced.slice(end)));
          replaced = replaced.slice(0, end);
        }
      }
      // The clause mark that joins an addition to the contradiction stays with the addition (`offers, note`).
      while (replaced.length > 1 && replaced.length < gone.length && /^[,;:]$/.test(replaced[replaced.length - 1]!.text)) replaced = replaced.slice(0, -1);
      if (replaced.length) corrections.push({ ...run(replaced), newText: wanted(missingFrom, j) });
    }
    gone = [];
    missingFrom = j;
  };
  // Fewer than half of the frontmatter's tokens found in order: the few that match (a `-`, an
  // `Equity`) are chance, not anchors. The text is then another text, read as one gap.
  const common = changes.reduce((sum, change) => (change.added || change.removed ? sum : sum + change.count), 0);
  const anchored = common * 2 >= want.length;
  if (!anchored) {
    gone = have;
    i = have.length;
    j = want.length;
  }
  for (const change of anchored ? changes : []) {
    if (change.removed) {
      gone.push(...have.slice(i, i + change.count));
      i += change.count;
    } else if (change.added) j += change.count;
    else {
      closeGap(true);
      matchedBefore = true;
      i += change.count;
      j += change.count;
      missingFrom = j;
    }
  }
  closeGap(false);
  additions.sort((a, b) => a.start - b.start);
  return { corrections: corrections.map((edit) => spaced(found, offset, edit)), additions, aligned };
}

/** An edit that would glue its text to a word beside it (`x)` → `xAcme`) gets a space there. */
function spaced(found: string, offset: number, edit: TextEdit): TextEdit {
  const isWord = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);
  let newText = edit.newText;
  if (isWord(found[edit.start - offset - 1]) && isWord(newText[0])) newText = ` ${newText}`;
  if (isWord(found[edit.end - offset]) && isWord(newText[newText.length - 1])) newText = `${newText} `;
  return newText === edit.newText ? edit : { ...edit, newText };
}

/** The runs of consecutive tokens of `list` that are in `members`. */
function runsOf(list: Token[], members: Set<Token>): Token[][] {
  const runs: Token[][] = [];
  let current: Token[] = [];
  for (const token of list) {
    if (members.has(token)) current.push(token);
    else if (current.length) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length) runs.push(current);
  return runs;
}
