// Body completion: on an empty line right after the compensation table (or a row being typed
// there), the rows of the frontmatter regions the table lacks, written by the engine.
import { CompletionItemKind, MarkupKind, type CompletionItem } from "vscode-languageserver";
import { tableRow, type Seed } from "../../engine";
// Deep import: the engine's pairing of rows and entries is not on its public surface yet.
import { matchTable } from "../../engine";

export function bodyCompletions(seed: Seed, offset: number): CompletionItem[] {
  const table = seed.body.table;
  if (!table) return [];
  const line = seed.lines.lineOf(offset);
  const lineStart = seed.lines.lineStart(line);
  const lineEnd = seed.lines.lineEnd(line);
  const text = seed.text.slice(lineStart, lineEnd);
  const lastTableLine = seed.lines.lineOf(table.span.end);
  const { missing, extra } = matchTable(seed);
  // A row being typed is parsed as a table row that matches no region (an "extra" row).
  const typingRow = extra.some((row) => row.line.span.start === lineStart) && text.trimStart().startsWith("|");
  const emptyAfter = line === lastTableLine + 1 && text.trim() === "";
  if (missing.length === 0 || !(typingRow || emptyAfter)) return [];
  const range = seed.lines.range({ start: lineStart, end: lineEnd });
  return missing.map((entry, order) => {
    const row = tableRow(entry.data);
    return {
      label: `${entry.region} row`,
      kind: CompletionItemKind.Snippet,
      detail: row,
      documentation: { kind: MarkupKind.Markdown, value: `The table has no row for **${entry.region}**: this one is written from its frontmatter entry.` },
      sortText: String(order).padStart(3, "0"),
      filterText: row,
      textEdit: { range, newText: row },
    };
  });
}
