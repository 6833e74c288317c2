// Compares a body text that restates one frontmatter text (the heading, the Negotiation DNA
// line, the Level Mapping line) with what it should say, word by word, and tells apart what
// contradicts the frontmatter (a different role, summary or level: a safe fix writes the
// frontmatter's words there) from what the body only adds (`(2026 edition, $300K RSU)`, `| Remote
// OK`: nothing contradicts, so nothing of it is removed automatically). The word alignment is
// jsdiff's (`diffArrays`, Myers' algorithm).
import { diffArrays } from "diff";
import type { Span, TextEdit } from "../types";

/** How a restating text differs from the frontmatter text it restates. */
export interface Restatement {
  /**
   * Edits (UTF-16 offsets in the seed) that write the frontmatter's words where the text
   * contradicts them, keeping every word it only adds. Empty when nothing contradicts.
   */
  corrections: TextEdit[];
  /** Words the text adds to the frontmatter's, as runs (UTF-16 offsets in the seed). */
  additions: Span[];
  /**
   * False when the texts were too long to align word by word (more than MAX_WORDS words) and do
   * not start alike: `corrections` then replaces the whole text, which may drop added words.
   */
  aligned: boolean;
}

/**
 * Texts longer than this many words are not aligned: Myers' algorithm costs the product of the
 * lengths and the differences, and no heading or labelled line an author writes comes close.
 */
const MAX_WORDS = 400;

/** One word of a text: its characters without a trailing `,`, `;` or `:`, which end a clause. */
interface Word {
  text: string;
  start: number;
  /** End of the word without its clause mark. */
  end: number;
  /** Did a `,`, `;` or `:` follow the word (the next word may start something the author adds)? */
  clauseEnd: boolean;
}

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);

/**
 * The words of `text`, split at white space, in one pass; offsets are relative to `text`. Stops
 * after `limit` words: a 200 KB line is not cut into 100,000 words to learn that it is long.
 */
function words(text: string, limit = Infinity): Word[] {
  const found: Word[] = [];
  let start = -1;
  for (let i = 0; i <= text.length && found.length < limit; i++) {
    const space = i === text.length || isSpace(text.charCodeAt(i));
    if (!space) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    let end = i;
    while (end > start + 1 && /[,;:]/.test(text[end - 1]!)) end--;
    found.push({ text: text.slice(start, end), start, end, clauseEnd: end < i });
    start = -1;
  }
  return found;
}

/** Does an added part of the text start at this word (`(2026 edition`, `| Remote OK`, `— note`)? */
function opensAddition(previous: Word | undefined, word: Word): boolean {
  return previous?.clauseEnd === true || /^[([{]/.test(word.text) || /^[|/·•—–-]+$/.test(word.text);
}

/**
 * Compares `found` (the text in the seed, starting at `offset`) with `expected` (the frontmatter's).
 * Words are compared exactly (case included); runs of white space and a clause mark after a word
 * do not count. Linear in the texts' length, plus the alignment of at most MAX_WORDS words each.
 */
export function compareRestatement(found: string, offset: number, expected: string): Restatement {
  const have = words(found, MAX_WORDS + 1);
  const want = words(expected, MAX_WORDS + 1);
  const run = (list: Word[]): Span => ({ start: offset + list[0]!.start, end: offset + list[list.length - 1]!.end });
  if (have.length > MAX_WORDS || want.length > MAX_WORDS) {
    const startsAlike = want.length <= MAX_WORDS && want.every((word, i) => word.text === have[i]?.text);
    if (!startsAlike) return { corrections: [{ start: offset, end: offset + found.length, newText: expected }], additions: [], aligned: false };
    // The rest of the text, from the word after the frontmatter's last one to its last character.
    let end = found.length;
    while (end > 0 && isSpace(found.charCodeAt(end - 1))) end--;
    const rest = have[want.length];
    return { corrections: [], additions: rest ? [{ start: offset + rest.start, end: offset + end }] : [], aligned: true };
  }
  const corrections: TextEdit[] = [];
  const additions: Span[] = [];
  const changes = diffArrays(
    have.map((word) => word.text),
    want.map((word) => word.text),
  );
  // Walk the alignment as gaps between runs of common words: `gone` are words only the text has,
  // `missing` words only the frontmatter has.
  let i = 0;
  let matchedBefore = false;
  let gone: Word[] = [];
  let missing: string[] = [];
  const closeGap = (matchedAfter: boolean) => {
    if (gone.length === 0 && missing.length === 0) return;
    if (gone.length === 0) {
      // Words the text lacks: written after the word before, or before the word after.
      const newText = missing.join(" ");
      const before = have[i - 1];
      const point = before ? offset + before.end : offset + (have[i]?.start ?? 0);
      corrections.push({ start: point, end: point, newText: before ? ` ${newText}` : have[i] ? `${newText} ` : newText });
    } else if (missing.length === 0) {
      additions.push(run(gone));
    } else {
      let replaced = gone;
      if (matchedBefore && !matchedAfter) {
        // A trailing gap ("L5 | Remote OK" for "L4"): the contradiction is its first words, up to
        // where an addition opens, at most as many as the frontmatter's; the rest is added.
        let end = Math.min(gone.length, missing.length);
        for (let k = 1; k < end; k++) if (opensAddition(gone[k - 1], gone[k]!)) end = k;
        replaced = gone.slice(0, end);
        if (end < gone.length) additions.push(run(gone.slice(end)));
      } else if (!matchedBefore && matchedAfter) {
        // A leading gap ("Updated: Senior" for "Software"): the contradiction is its last words.
        let start = Math.max(0, gone.length - missing.length);
        for (let k = gone.length - 1; k > start; k--) if (opensAddition(gone[k - 1], gone[k]!)) start = k;
        replaced = gone.slice(start);
        if (start > 0) additions.push(run(gone.slice(0, start)));
      } else if (!matchedBefore && !matchedAfter) {
        // No word in common: the text contradicts up to where an addition opens (`Equity-heavy,
        // see note`), or as a whole.
        const end = gone.findIndex((word, k) => k > 0 && opensAddition(gone[k - 1], word));
        if (end > 0) {
          replaced = gone.slice(0, end);
          additions.push(run(gone.slice(end)));
        }
      }
      // A middle gap contradicts as a whole.
      corrections.push({ ...run(replaced), newText: missing.join(" ") });
    }
    gone = [];
    missing = [];
  };
  for (const change of changes) {
    if (change.removed) {
      gone.push(...have.slice(i, i + change.count));
      i += change.count;
    } else if (change.added) missing.push(...change.value);
    else {
      closeGap(true);
      matchedBefore = true;
      i += change.count;
    }
  }
  closeGap(false);
  return { corrections, additions, aligned: true };
}
