// An amount the author asks for in the levers or the strategy quote ("I need $250K base") must
// lie inside some frontmatter range it could refer to. The reading is in asks.ts.
import { checkAsks, type AskCheck } from "./asks";
import type { Report, Rule } from "./rule";

/**
 * How many asks of one sentence are reported one by one. A sentence that asks for more amounts
 * than this outside the ranges (a pasted table, a generated line of thousands of asks) gets one
 * more finding for all the rest: one root cause, one finding, and a check that stays linear in the
 * line instead of building, placing and drawing a finding every few characters.
 */
export const MAX_ASKS_PER_SENTENCE = 5;

/** The findings of one sentence's asks outside the ranges (in order): at most MAX_ASKS_PER_SENTENCE + 1. */
function sentenceReports(outside: readonly AskCheck[]): Report[] {
  const reports = outside.slice(0, MAX_ASKS_PER_SENTENCE).map((ask) => ({ span: ask.span, message: ask.message! }));
  const rest = outside.slice(MAX_ASKS_PER_SENTENCE);
  if (rest.length > 0) {
    const count = rest.length.toLocaleString("en-US");
    reports.push({
      span: { start: rest[0]!.span.start, end: rest[rest.length - 1]!.span.end },
      message: `${count} more asks in this sentence lie outside the frontmatter's ranges (from ${rest[0]!.written} on); only the first ${MAX_ASKS_PER_SENTENCE} are reported one by one.`,
    });
  }
  return reports;
}

const rule: Rule = {
  id: "amount-out-of-range",
  severity: "warning",
  category: "body",
  description: "An amount asked for in the levers or the strategy quote lies inside a frontmatter range in that currency.",
  check({ seed, report }) {
    let sentence: AskCheck[] = [];
    const flush = () => {
      for (const found of sentenceReports(sentence)) report(found);
      sentence = [];
    };
    for (const ask of checkAsks(seed)) {
      if (ask.status !== "outside") continue;
      if (sentence.length > 0 && sentence[0]!.sentence !== ask.sentence) flush();
      sentence.push(ask);
    }
    flush();
  },
};
export default rule;
