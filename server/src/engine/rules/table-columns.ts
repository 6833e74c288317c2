import { TABLE_HEADER, tableText } from "../render-text";
import { splitRow } from "../parse/body";
import type { Rule } from "./rule";
import { entries, normalizeSpace } from "./support";

const EXPECTED = splitRow({ span: { start: 0, end: TABLE_HEADER.length }, text: TABLE_HEADER, next: TABLE_HEADER.length }).map((cell) => cell.text);

const MAX_LISTED = 12;

const rule: Rule = {
  id: "table-columns",
  severity: "warning",
  category: "body",
  description: `The compensation table has the columns ${EXPECTED.map((c) => `\`${c}\``).join(", ")}, in that order.`,
  check({ seed, report }) {
    const table = seed.body.table;
    if (!table) return;
    const cells = table.header.cells;
    if (cells.length === EXPECTED.length && cells.every((cell, i) => normalizeSpace(cell.text).toLowerCase() === EXPECTED[i]!.toLowerCase())) return;
    // A header of thousands of cells is named by its first few: the message stays readable.
    const found = cells.slice(0, MAX_LISTED).map((cell) => `\`${normalizeSpace(cell.text)}\``);
    if (cells.length > MAX_LISTED) found.push("…");
    const list = entries(seed);
    report({
      span: table.header.line.span,
      message: `The table's columns are ${found.join(", ")}; expected ${EXPECTED.map((c) => `\`${c}\``).join(", ")}.`,
      fixes: list.length
        ? [{ title: "Regenerate the table from the frontmatter", safe: true, edits: [{ ...table.span, newText: tableText(list.map((e) => e.data), seed.eol) }] }]
        : [],
    });
  },
};
export default rule;
