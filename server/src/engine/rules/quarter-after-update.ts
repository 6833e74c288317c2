import { quarterStart } from "../dates";
import type { Rule } from "./rule";
import { validDate, validQuarter } from "../model/valid-dates";
import { spanAt } from "../model/frontmatter-data";

const rule: Rule = {
  id: "quarter-after-update",
  severity: "error",
  category: "frontmatter",
  description: "`salary_data_quarter` does not start after `last_updated`: data cannot come from a later quarter.",
  check({ seed, report }) {
    const updated = validDate(seed, "last_updated");
    const quarter = validQuarter(seed);
    const start = quarter && quarterStart(quarter);
    if (!updated || !quarter || !start || start <= updated) return;
    report({ span: spanAt(seed, ["salary_data_quarter"]), message: `'salary_data_quarter' (${quarter}) is after 'last_updated' (${updated}).` });
  },
};
export default rule;
