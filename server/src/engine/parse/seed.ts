// parseSeed: text in, a positioned model out. Never throws: what cannot be read becomes a
// ParseProblem with a span, and everything that could be read is still there for the rules.
import { LineIndex } from "../text/line-index";
import { parseBody, type Body } from "./body";
import { BINARY_CHARACTER, BINARY_SCAN_LENGTH } from "./syntax";
import { FrontmatterNodes, splitFrontmatter, type FrontmatterBlock, type ParseProblem } from "./frontmatter";

export interface Seed {
  text: string;
  lines: LineIndex;
  /** The line ending fixes write: the file's own (the first one found). */
  eol: "\n" | "\r\n";
  /** Offset of the content after a byte order mark, if the text starts with one. */
  start: number;
  frontmatter: FrontmatterBlock | undefined;
  nodes: FrontmatterNodes | undefined;
  /** Frontmatter as plain data; empty when it could not be read. */
  data: Record<string, unknown>;
  body: Body;
  problems: ParseProblem[];
}

const BOM = "\uFEFF";

/** Control characters other than tab, CR, LF and form feed mean this is not a text file. */
function binaryOffset(text: string): number {
  const match = BINARY_CHARACTER.exec(text.length > BINARY_SCAN_LENGTH ? text.slice(0, BINARY_SCAN_LENGTH) : text);
  return match ? match.index : -1;
}

/**
 * Parses a seed's text into the positioned model the rules read: the frontmatter (YAML nodes with
 * offsets, the data as plain values), the body's landmarks, line offsets, the line ending. Never
 * throws: what cannot be read is a `ParseProblem` in `problems`, with a span (UTF-16 offsets).
 */
export function parseSeed(text: string): Seed {
  const lines = new LineIndex(text);
  const firstNewline = text.indexOf("\n");
  const eol = firstNewline > 0 && text[firstNewline - 1] === "\r" ? "\r\n" : "\n";
  const start = text.startsWith(BOM) ? 1 : 0;
  const binaryAt = binaryOffset(text);
  if (binaryAt !== -1) {
    const problem: ParseProblem = {
      rule: "not-text",
      span: { start: binaryAt, end: binaryAt + 1 },
      message: `This is not a text seed: it contains a binary control character (U+${text.charCodeAt(binaryAt).toString(16).toUpperCase().padStart(4, "0")}).`,
    };
    return { text, lines, eol, start, frontmatter: undefined, nodes: undefined, data: {}, body: parseBody("", 0), problems: [problem] };
  }
  const split = splitFrontmatter(text, start);
  const frontmatter = split.frontmatter;
  return {
    text,
    lines,
    eol,
    start,
    frontmatter,
    nodes: frontmatter ? new FrontmatterNodes(frontmatter) : undefined,
    data: frontmatter?.data ?? {},
    body: parseBody(text, split.bodyStart),
    problems: split.problems,
  };
}
