// The `yaml` parser composes nested collections recursively. A few hundred levels of nesting
// overflow the stack, and when the overflow strikes while V8 compiles a regular expression the
// whole process aborts ("RegExpCompiler Allocation failed"): no try/catch can save a language
// server from that. So nesting is measured with a cheap scan before parsing. A seed nests three
// levels deep; the scan only needs to be right about documents nested far deeper than that.

/** Nesting deeper than this is refused before the YAML parser sees it. */
export const MAX_YAML_DEPTH = 50;

// A bracket opens a flow collection where a value starts: at the line's start or after one of these.
const VALUE_START = new Set([":", "-", ",", "[", "{", "?"]);

const isSpace = (char: string) => char === " " || char === "\t" || char === "\r";

/** Offset in `source` where the nesting first exceeds `max` levels, or -1. */
export function excessiveNesting(source: string, max = MAX_YAML_DEPTH): number {
  const indents: number[] = [];
  let flow = 0;
  let quote: string | undefined;
  for (let lineStart = 0; lineStart < source.length;) {
    const newline = source.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? source.length : newline;
    const line = source.slice(lineStart, lineEnd);
    const indent = line.length - line.trimStart().length;
    const blank = line.trim() === "" || line.trimStart().startsWith("#");
    // A line at column 0 cannot continue a flow collection or a quoted scalar: start afresh, so
    // an unbalanced bracket or quote in one value cannot pile up over the rest of the document.
    if (!blank && indent === 0 && !/^[\]}]/.test(line)) {
      flow = 0;
      quote = undefined;
    }
    let cursor = indent;
    if (!blank && flow === 0 && quote === undefined) {
      while (indents.length > 0 && indents[indents.length - 1]! > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1]! < indent) indents.push(indent);
      // "- - - x": each dash opens one more sequence.
      let dashes = 0;
      while (line[cursor] === "-" && (cursor + 1 === line.length || line[cursor + 1] === " ")) {
        dashes++;
        cursor += 1;
        while (line[cursor] === " ") cursor++;
      }
      if (indents.length + dashes > max) return lineStart + cursor;
    }
    let previous = "";
    for (let i = cursor; i < line.length; i++) {
      const char = line[i]!;
      if (quote !== undefined) {
        if (char === "\\" && quote === '"') i++;
        else if (char === quote) {
          quote = undefined;
          previous = char;
        }
        continue;
      }
      if (char === "#" && (i === 0 || isSpace(line[i - 1]!))) break;
      const atValueStart = previous === "" || VALUE_START.has(previous);
      if ((char === '"' || char === "'") && atValueStart) quote = char;
      else if ((char === "[" || char === "{") && (atValueStart || flow > 0)) {
        flow++;
        if (indents.length + flow > max) return lineStart + i;
      } else if ((char === "]" || char === "}") && flow > 0) flow--;
      if (!isSpace(char)) previous = char;
    }
    lineStart = lineEnd + 1;
  }
  return -1;
}
