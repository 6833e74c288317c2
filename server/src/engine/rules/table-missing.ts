import { tableText } from "../body-text";
import type { Rule } from "./rule";
import { insertAfter, lastLandmark } from "../model/body-edits";
import { entries } from "../model/frontmatter-data";

const rule: Rule = {
  id: "table-missing",
  severity: "error",
  category: "body",
  description: "The body has the compensation table (`| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |`).",
  fixable: "always",
  hasSuggestions: false,
  docs: {
    why: "The table is how readers compare regions at a glance; without it the guide shows none of its figures.",
    valid: { change: [] },
    invalid: {
      change: [
        [
          "| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |\n|--------|-------------|-----------------|-------|------------|\n| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |\n\n",
          "",
        ],
      ],
      findings: [{ line: 30, column: 1, endLine: 30, endColumn: 39, message: "The body has no compensation table (a table whose first column is 'Region')." }],
    },
  },
  check({ seed, report }) {
    const list = entries(seed);
    if (!seed.frontmatter || seed.body.table || list.length === 0) return;
    const anchor = lastLandmark(seed);
    report({
      span: anchor?.span ?? seed.frontmatter.close,
      message: "The body has no compensation table (a table whose first column is 'Region').",
      fixes: [
        {
          title: "Insert the compensation table from the frontmatter",
          safe: true,
          edits: [
            insertAfter(
              seed,
              anchor,
              tableText(
                list.map((e) => e.data),
                seed.eol,
              ),
            ),
          ],
        },
      ],
    });
  },
};
export default rule;
