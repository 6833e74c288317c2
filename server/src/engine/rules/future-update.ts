import type { Rule } from "./rule";
import { validDate } from "../model/valid-dates";
import { spanAt } from "../model/frontmatter-data";

const rule: Rule = {
  id: "future-update",
  severity: "error",
  category: "frontmatter",
  description: "`last_updated` is not in the future.",
  check({ seed, today, report }) {
    const updated = validDate(seed, "last_updated");
    if (!updated || updated <= today) return;
    report({ span: spanAt(seed, ["last_updated"]), message: `'last_updated' (${updated}) is in the future (today is ${today}).` });
  },
};
export default rule;
