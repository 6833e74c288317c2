// Where a GFM table's body ends, as markdown-it decides it (rules_block/table): at a blank line,
// a line indented as code, or a line that starts another block which may interrupt a table:
// a heading, a fence, a block quote, a thematic break, a list item or a raw HTML block (a comment
// included; the preview reads HTML as GFM does and shows it as text). Any other line is a row,
// with or without pipes: `Sources: A | B` right under a table is its last row.

import { htmlBlockStart } from "./html-blocks";

const HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE = /^(?:`{3,}[^`]*$|~{3,})/;
const THEMATIC_BREAK = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** Columns of indentation, tabs to the next multiple of 4 (as CommonMark counts them). */
function indentOf(line: string): { columns: number; chars: number } {
  let columns = 0;
  let chars = 0;
  for (; chars < line.length; chars++) {
    if (line[chars] === " ") columns++;
    else if (line[chars] === "\t") columns += 4 - (columns % 4);
    else break;
  }
  return { columns, chars };
}

/** Does this line (after a table's rows) end the table instead of being one more row? */
export function endsTable(line: string): boolean {
  const { columns, chars } = indentOf(line);
  const rest = line.slice(chars);
  if (rest.trim() === "" || columns >= 4) return true;
  return (
    HEADING.test(rest) || FENCE.test(rest) || rest.startsWith(">") || THEMATIC_BREAK.test(rest) || LIST_ITEM.test(rest) || htmlBlockStart(rest) !== undefined
  );
}
