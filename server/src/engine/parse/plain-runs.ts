// An inline rule that keeps markdown-it's cost per character of a hostile line close to that of
// prose. markdown-it's `text` rule stops at every punctuation character that some rule could
// use; each such character then goes through every inline rule, and each `*`, `_` or `~` of a
// delimiter run becomes a token of its own. A 200 KB line of `$`, `%` or `* * *` rendered 10–30×
// slower than 200 KB of prose. This rule takes, as plain text and in one step, everything up to
// a character that an enabled rule reads, including:
// - the punctuation no enabled rule reads (linkify and typographer are off), and
// - runs of `*`, `_`, `~` that can neither open nor close emphasis (they are literal text
//   anyway), or that are longer than any emphasis an author writes, or that come after the
//   first MAX_DELIMITER_RUNS of their paragraph, heading or cell.
// The rendered HTML is the same as without the rule, except for such absurd lines.
// Both markdown-it instances install it, the preview's (render/markdown.ts) and the table-cell
// reader's (parse/cells.ts), so a cell still means what it renders to.
import type { MarkdownIt, StateInline } from "markdown-it";

/**
 * Where plain text stops: the characters an enabled inline rule reads (newline, escape, code,
 * emphasis and strikethrough, links, images, autolinks, entities). markdown-it's own `text` rule
 * also stops at `#$%+-:=>@^{}`, for rules that are off here (linkify, typographer, plugins).
 */
const STOP = new Set(["\n", "!", "&", "*", "<", "[", "\\", "]", "_", "`", "~"].map((char) => char.charCodeAt(0)));
const UNDERSCORE = 0x5f;
const DELIMITERS = new Set([0x2a, UNDERSCORE, 0x7e]);
/** A delimiter run longer than this is text: it could only open emphasis nested this deep. */
export const MAX_DELIMITER_RUN = 64;
/**
 * The delimiter runs one inline text (a paragraph, a heading, a cell) hands to markdown-it's
 * emphasis and strikethrough rules; later ones are text. Each run costs a token, a delimiter and
 * its share of pairing: a 200 KB line with a `*` that can open or close every 13 characters
 * rendered about 13× slower than prose. No author emphasizes 500 phrases in one paragraph.
 */
export const MAX_DELIMITER_RUNS = 1000;
/** Delimiter runs handed on so far, per inline text (markdown-it's state for it). */
const handedOn = new WeakMap<StateInline, number>();

function plainRuns(state: StateInline, silent: boolean): boolean {
  const { src, posMax } = state;
  const start = state.pos;
  let end = start;
  while (end < posMax) {
    const code = src.charCodeAt(end);
    if (!STOP.has(code)) {
      end++;
      continue;
    }
    if (!DELIMITERS.has(code)) break;
    // `*` may open or close inside a word, `_` may not (CommonMark); `~` is strikethrough's.
    const run = state.scanDelims(end, code !== UNDERSCORE);
    if ((run.can_open || run.can_close) && run.length <= MAX_DELIMITER_RUN) {
      // Text up to the run first; at the run itself, the emphasis rule reads it while in budget.
      if (end > start) break;
      const count = handedOn.get(state) ?? 0;
      if (count < MAX_DELIMITER_RUNS) {
        if (!silent) handedOn.set(state, count + 1);
        return false;
      }
    }
    end += run.length;
  }
  if (end === start) return false;
  if (!silent) state.pending += src.slice(start, end);
  state.pos = end;
  return true;
}

/** Installs the rule before markdown-it's own `text` rule, which then sees only what it stops. */
export function usePlainRuns(md: MarkdownIt): void {
  md.inline.ruler.before("text", "plain_runs", plainRuns);
}
