// An amount the author asks for in the levers or the strategy quote ("I need $250K base") must
// lie inside some frontmatter range it could refer to. The reading is in model/asks.ts; a sentence's
// outside asks past the first MAX_ASKS_PER_SENTENCE come as one check, so one finding.
import { checkAsks } from "../model/asks";
import type { Rule } from "./rule";

const rule: Rule = {
  id: "amount-out-of-range",
  severity: "warning",
  category: "body",
  description: "An amount asked for in the levers or the strategy quote lies inside a frontmatter range in that currency.",
  fixable: "never",
  hasSuggestions: false,
  docs: {
    why: "An amount asked for outside every range the seed states contradicts its own figures: one of them is a typo, or the advice is out of date.",
    valid: { change: [] },
    invalid: {
      change: [['"I need €95K base."', '"I need €150K base."']],
      findings: [{ line: 38, column: 38, endLine: 38, endColumn: 43, message: "The ask €150K base is above every base range in EUR (highest €100K)." }],
    },
  },
  check({ seed, report }) {
    for (const ask of checkAsks(seed)) if (ask.status === "outside") report({ span: ask.span, message: ask.message! });
  },
};
export default rule;
