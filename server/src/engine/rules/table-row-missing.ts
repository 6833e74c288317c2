import { tableRow } from "../body-text";
import { COMPENSATION_KEYS } from "../schema/frontmatter";
import type { Rule } from "./rule";
import { ADD_MUNICH_ENTRY, ADD_MUNICH_ROW } from "../model/doc-examples";
import { matchTable, type TableMatch } from "../model/table-match";
import { quoted, type Entry } from "../model/frontmatter-data";
import { writeIntoCell } from "../parse/cells";
import type { Seed } from "../parse/seed";
import type { Fix } from "../types";
import { setValue } from "../yaml-edits";

const REQUIRED = COMPENSATION_KEYS.filter((key) => key !== "bonus_pct_high");

/** Adds the entry's row after the row of the nearest earlier region, so the table keeps the frontmatter's order. */
function addRow(seed: Seed, pairs: TableMatch["pairs"], entry: Entry): Fix {
  const before = pairs.filter((pair) => pair.entry.index < entry.index).sort((a, b) => b.entry.index - a.entry.index)[0];
  const anchor = before?.row.line ?? seed.body.table!.delimiter;
  return {
    title: `Add the row for ${entry.region} from the frontmatter`,
    safe: true,
    edits: [{ start: anchor.span.end, end: anchor.span.end, newText: `${seed.eol}${tableRow(entry.data)}` }],
  };
}

const rule: Rule = {
  id: "table-row-missing",
  severity: "error",
  category: "body",
  description: "Every frontmatter region has a row in the compensation table.",
  fixable: "sometimes",
  hasSuggestions: true,
  docs: {
    why: "A region in the frontmatter without a row is a region the reader of the guide never sees.",
    valid: {
      change: [ADD_MUNICH_ENTRY, ADD_MUNICH_ROW],
    },
    invalid: {
      change: [ADD_MUNICH_ENTRY],
      findings: [{ line: 41, column: 1, endLine: 41, endColumn: 64, message: "The table has no row for Munich." }],
    },
  },
  check({ seed, report }) {
    const table = seed.body.table;
    if (!table) return;
    const { pairs, missing, renamed } = matchTable(seed);
    // An entry still being typed (\`- region: Tokyo\`) is missing-key's one finding: its row
    // cannot be written from the frontmatter yet (a safe fix would write "?" cells).
    const typing = (entry: Entry) => REQUIRED.some((key) => !(key in entry.data));
    for (const { entry, row } of renamed) {
      if (typing(entry)) continue;
      // A row that looks like the region written otherwise (`SF`): adding another row would give
      // the table two, and renaming drops what the author wrote, so every way out is a suggestion.
      const cell = row.cells[table.columns.region!]!;
      const written = cell.text.trim();
      const rename = setValue(seed, ["compensation", entry.index, "region"], JSON.stringify(written));
      report({
        span: cell.span,
        message: `The table has no row for ${entry.region}; is '${quoted(written)}' its row? Rows are matched to regions by name.`,
        fixes: [
          { title: `Rename the row '${quoted(written)}' to ${entry.region}`, safe: false, edits: [writeIntoCell(cell, entry.region!)] },
          ...(rename ? [{ title: `Rename ${entry.region} to '${quoted(written)}' in the frontmatter`, safe: false, edits: [rename] }] : []),
          { ...addRow(seed, pairs, entry), safe: false },
        ],
      });
    }
    for (const entry of missing) {
      if (typing(entry)) continue;
      report({ span: table.header.line.span, message: `The table has no row for ${entry.region}.`, fixes: [addRow(seed, pairs, entry)] });
    }
  },
};
export default rule;
