import { tableText } from "../body-text";
import type { Rule } from "./rule";
import { insertAfter, lastLandmark } from "../model/body-edits";
import { entries } from "../model/frontmatter-data";

const HEADER_START = /^\|?[ \t]*Region[ \t]*\|/i;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]/;

/** Is this line a table header whose first column is Region, behind `>` marks, a list marker or code indentation? */
function nestedHeader(text: string): boolean {
  let at = 0;
  let nested = false;
  for (;;) {
    const start = at;
    while (text[at] === " " || text[at] === "\t") at++;
    if (at - start >= 4) nested = true;
    if (text[at] === ">") {
      at++;
      nested = true;
      continue;
    }
    const marker = LIST_MARKER.exec(text.slice(at, at + 12));
    if (!marker) break;
    at += marker[0].length;
    nested = true;
  }
  return nested && HEADER_START.test(text.slice(at, at + 200));
}

const rule: Rule = {
  id: "table-missing",
  severity: "error",
  category: "body",
  description: "The body has the compensation table (`| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |`).",
  fixable: "sometimes",
  hasSuggestions: true,
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
    // A table inside a block quote or a list is still the author's table: inserting a second one
    // is their call, and the message says where the first one is.
    const nested = seed.body.lines.find((line) => nestedHeader(line.text));
    report({
      span: nested?.span ?? anchor?.span ?? seed.frontmatter.close,
      message: nested
        ? "The compensation table is inside a block quote or a list; the checker reads a table only at the body's top level."
        : "The body has no compensation table (a table whose first column is 'Region').",
      fixes: [
        {
          title: "Insert the compensation table from the frontmatter",
          safe: !nested,
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
