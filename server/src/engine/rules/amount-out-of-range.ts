// An amount the author asks for in the levers or the strategy quote ("I need $250K base") must
// lie inside some frontmatter range it could refer to. The reading is in asks.ts.
import { checkAsks } from "../model/asks";
import type { Rule } from "./rule";

const rule: Rule = {
  id: "amount-out-of-range",
  severity: "warning",
  category: "body",
  description: "An amount asked for in the levers or the strategy quote lies inside a frontmatter range in that currency.",
  check({ seed, report }) {
    for (const ask of checkAsks(seed)) if (ask.status === "outside") report({ span: ask.span, message: ask.message! });
  },
};
export default rule;
