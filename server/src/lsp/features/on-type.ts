// Enter inside a compensation entry keeps the entry's indentation. The frontmatter is embedded
// YAML for VS Code, so YAML's own Enter rules apply there (and the seed language's onEnterRules
// never do): after "  - region: Tokyo" they keep the dash's 2 columns, not the keys' 4. The
// server corrects that on the newline (textDocument/onTypeFormatting, "\n"), for every editor.
import type { Position, TextEdit } from "vscode-languageserver";
import type { Seed } from "../../engine";
import { yamlSpan } from "./completion";

/** A list item that opens a mapping with a key and its value on the same line: `  - region: Tokyo`. */
const ENTRY_LINE = /^( *)-( +)[A-Za-z_][\w-]*[ \t]*:[ \t]+\S/;

/**
 * The edit that moves a line just opened by Enter to the key column of the list item above it;
 * none when the line above is not such an item, or the new line is already indented as deep.
 */
export function indentAfterEnter(seed: Seed, position: Position): TextEdit[] {
  const yaml = yamlSpan(seed);
  if (!yaml || position.line < 1 || position.line >= seed.lines.lineCount) return [];
  const lineStart = seed.lines.lineStart(position.line);
  if (lineStart < yaml.start || lineStart > yaml.end) return [];
  const previous = seed.text.slice(seed.lines.lineStart(position.line - 1), seed.lines.lineEnd(position.line - 1));
  const item = ENTRY_LINE.exec(previous);
  if (!item) return [];
  const keysColumn = item[1]!.length + 1 + item[2]!.length;
  const indent = /^ */.exec(seed.text.slice(lineStart, seed.lines.lineEnd(position.line)))![0].length;
  if (indent >= keysColumn) return [];
  return [{ range: { start: { line: position.line, character: 0 }, end: { line: position.line, character: indent } }, newText: " ".repeat(keysColumn) }];
}
