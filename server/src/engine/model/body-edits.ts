// Shared by the body rules: where to insert missing lines, and whole-line deletions.
import type { Seed } from "../parse/seed";
import type { Line } from "../parse/body";
import type { TextEdit } from "../types";

/**
 * Insert new lines after a line (or at the body's start), with a blank line before them and,
 * when text follows, after them: an inserted table must not take the next line as a row, nor an
 * inserted line join the next paragraph (the next check would read something else).
 */
export function insertAfter(seed: Seed, line: Line | undefined, content: string): TextEdit {
  const eol = seed.eol;
  if (line) {
    const followed = line.next < seed.text.length && !isBlankLineAt(seed.text, line.next);
    return { start: line.span.end, end: line.span.end, newText: `${eol}${eol}${content}${followed ? eol : ""}` };
  }
  const start = seed.body.span.start;
  const atEnd = start >= seed.text.length;
  const needsBreak = atEnd && start > 0 && !seed.text.endsWith("\n");
  // A body that already starts with a blank line needs one line ending, not a second blank line.
  const blankFirst = /^\r?\n/.test(seed.text.slice(start, start + 2));
  return { start, end: start, newText: `${needsBreak ? eol : ""}${content}${atEnd || blankFirst ? eol : `${eol}${eol}`}` };
}

/** Is the line starting at `start` empty or spaces and tabs only? (One pass to its end.) */
function isBlankLineAt(text: string, start: number): boolean {
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || c === "\r") return true;
    if (c !== " " && c !== "\t") return false;
  }
  return true;
}

/** Delete a whole line with its line ending (or the ending before it, on the last line). */
export function deleteLine(seed: Seed, line: Line): TextEdit {
  if (line.next > line.span.end) return { start: line.span.start, end: line.next, newText: "" };
  const index = seed.lines.lineOf(line.span.start);
  const start = index > 0 ? seed.lines.lineEnd(index - 1) : line.span.start;
  return { start, end: line.span.end, newText: "" };
}

/** The lines of the body that precede others: the last of the landmarks found so far. */
export function lastLandmark(seed: Seed): Line | undefined {
  const { heading, dna } = seed.body;
  return dna?.line ?? heading?.line;
}
