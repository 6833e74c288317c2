import { quarterStart } from "../dates";
import type { Rule } from "./rule";
import { validDate, validQuarter } from "../model/valid-dates";
import { spanAt } from "../model/frontmatter-data";

const rule: Rule = {
  id: "quarter-after-update",
  severity: "error",
  category: "frontmatter",
  description: "`salary_data_quarter` does not start after `last_updated`: data cannot come from a later quarter.",
  fixable: "never",
  hasSuggestions: false,
  docs: {
    why: "Salary data cannot come from a quarter that started after the seed was last updated: one of the two is a typo.",
    valid: { change: [] },
    invalid: {
      change: [["salary_data_quarter: 2026-Q1", "salary_data_quarter: 2026-Q3"]],
      findings: [{ line: 9, column: 22, endLine: 9, endColumn: 29, message: "'salary_data_quarter' (2026-Q3) is after 'last_updated' (2026-06-01)." }],
    },
  },
  check({ seed, report }) {
    const updated = validDate(seed, "last_updated");
    const quarter = validQuarter(seed);
    const start = quarter && quarterStart(quarter);
    if (!updated || !quarter || !start || start <= updated) return;
    report({ span: spanAt(seed, ["salary_data_quarter"]), message: `'salary_data_quarter' (${quarter}) is after 'last_updated' (${updated}).` });
  },
};
export default rule;
