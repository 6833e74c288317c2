// Splits the frontmatter block off a seed and parses it with `yaml`, keeping every position.
// gray-matter is not used here: it drops positions and caches every input it has seen.
import { isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair } from "yaml";
import type { Span } from "../types";
import { excessiveNesting, MAX_YAML_DEPTH } from "./yaml-depth";

export interface ParseProblem {
  rule: "not-text" | "frontmatter-missing" | "yaml-syntax";
  span: Span;
  message: string;
}

export type PathSegment = string | number;

export interface FrontmatterBlock {
  /** The opening "---" line, without its line ending. */
  open: Span;
  /** The closing "---" line, without its line ending. */
  close: Span;
  /** The YAML text between the delimiter lines. */
  content: Span;
  doc: Document.Parsed;
  /** The YAML as plain data when it is a mapping and could be expanded safely. */
  data: Record<string, unknown> | undefined;
}

// Expanding more aliases than this is how "billion laughs" documents exhaust memory.
const MAX_ALIAS_COUNT = 100;
const DELIMITER = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

function lineAt(text: string, start: number): { end: number; next: number } {
  const newline = text.indexOf("\n", start);
  if (newline === -1) return { end: text.length, next: text.length };
  return { end: newline > start && text[newline - 1] === "\r" ? newline - 1 : newline, next: newline + 1 };
}

export interface SplitResult {
  frontmatter: FrontmatterBlock | undefined;
  bodyStart: number;
  problems: ParseProblem[];
}

export function splitFrontmatter(text: string, start: number): SplitResult {
  const problems: ParseProblem[] = [];
  const first = lineAt(text, start);
  if (!DELIMITER.test(text.slice(start, first.end))) {
    const message =
      text.slice(start).trim() === ""
        ? "The file is empty: a seed starts with a YAML frontmatter block between `---` lines."
        : "The seed has no frontmatter: its first line must be `---`, followed by the YAML keys and another `---` line.";
    problems.push({ rule: "frontmatter-missing", span: { start, end: first.end }, message });
    return { frontmatter: undefined, bodyStart: start, problems };
  }
  let cursor = first.next;
  while (cursor < text.length) {
    const line = lineAt(text, cursor);
    if (CLOSE.test(text.slice(cursor, line.end))) {
      const content = { start: first.next, end: cursor };
      const block = parseBlock(text, content, problems);
      return {
        frontmatter: { open: { start, end: first.end }, close: { start: cursor, end: line.end }, content, ...block },
        bodyStart: line.next,
        problems,
      };
    }
    cursor = line.next;
  }
  problems.push({
    rule: "frontmatter-missing",
    span: { start, end: first.end },
    message: "The frontmatter is not terminated: add a `---` line after the last YAML key.",
  });
  return { frontmatter: undefined, bodyStart: text.length, problems };
}

function parseBlock(text: string, content: Span, problems: ParseProblem[]): Pick<FrontmatterBlock, "doc" | "data"> {
  const source = text.slice(content.start, content.end);
  const shift = (pos: readonly [number, number]): Span => ({
    start: content.start + pos[0],
    end: content.start + Math.max(pos[1], pos[0]),
  });
  const tooDeep = excessiveNesting(source);
  if (tooDeep !== -1) {
    problems.push({ rule: "yaml-syntax", span: shift([tooDeep, tooDeep + 1]), message: `The YAML is nested more than ${MAX_YAML_DEPTH} levels deep (a seed needs three), so it is not parsed.` });
    return { doc: parseDocument(""), data: undefined };
  }
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  for (const error of doc.errors) {
    problems.push({ rule: "yaml-syntax", span: shift(error.pos), message: `Invalid YAML: ${error.message}` });
  }
  if (doc.errors.length > 0) return { doc, data: undefined };
  if (doc.contents !== null && !isMap(doc.contents)) {
    const range = doc.contents.range ?? [0, source.length];
    problems.push({ rule: "yaml-syntax", span: shift([range[0], range[1]]), message: "The frontmatter must be a YAML mapping of keys to values." });
    return { doc, data: undefined };
  }
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown> | null;
    return { doc, data: data ?? {} };
  } catch (error) {
    let aliasRange: [number, number] = [0, 0];
    visit(doc, {
      Alias(_key, node) {
        if (node.range) aliasRange = [node.range[0], node.range[1]];
        return visit.BREAK;
      },
    });
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ rule: "yaml-syntax", span: shift(aliasRange), message: `The YAML cannot be expanded safely: ${reason}.` });
    return { doc, data: undefined };
  }
}

/** Positions of YAML nodes by path, translated to document offsets. */
export class FrontmatterNodes {
  constructor(private readonly block: FrontmatterBlock) {}

  private shift(range: readonly number[] | null | undefined, useNodeEnd = false): Span | undefined {
    if (!range) return undefined;
    const offset = this.block.content.start;
    return { start: offset + range[0]!, end: offset + (useNodeEnd ? range[2]! : range[1]!) };
  }

  node(path: readonly PathSegment[]): Node | undefined {
    if (path.length === 0) return (this.block.doc.contents as Node | null) ?? undefined;
    const found = this.block.doc.getIn(path, true);
    return found && typeof found === "object" && !isAlias(found) ? (found as Node) : undefined;
  }

  pair(path: readonly PathSegment[]): Pair | undefined {
    const parent = this.node(path.slice(0, -1));
    const key = path[path.length - 1];
    if (!isMap(parent)) return undefined;
    return parent.items.find((item) => isScalar(item.key) && item.key.value === key);
  }

  /** The value's span (a scalar's text, or a collection's extent). */
  valueSpan(path: readonly PathSegment[]): Span | undefined {
    const node = this.node(path);
    return node ? this.shift(node.range) : undefined;
  }

  keySpan(path: readonly PathSegment[]): Span | undefined {
    const key = this.pair(path)?.key;
    return isScalar(key) ? this.shift(key.range) : undefined;
  }

  /** Key and value together: "base_low: 195000". */
  pairSpan(path: readonly PathSegment[]): Span | undefined {
    const key = this.keySpan(path);
    if (!key) return undefined;
    const value = this.valueSpan(path);
    return value && isScalar(this.node(path)) ? { start: key.start, end: value.end } : key;
  }

  /** Where to report on a path: the value if present, else the key, else the nearest parent. */
  spanFor(path: readonly PathSegment[], prefer: "key" | "value" = "value"): Span {
    for (let length = path.length; length > 0; length--) {
      const sub = path.slice(0, length);
      const node = this.node(sub);
      const isItem = typeof sub[sub.length - 1] === "number";
      const preferred = prefer === "key" || (length < path.length && !isItem) ? this.keySpan(sub) : undefined;
      const span = preferred ?? (isScalar(node) ? this.valueSpan(sub) : undefined) ?? this.keySpan(sub) ?? (isItem ? this.firstKeySpan(sub) : undefined);
      if (span) return span;
    }
    return this.block.open;
  }

  /** A list item's first key (e.g. "region" of a compensation entry), to point at the item. */
  firstKeySpan(path: readonly PathSegment[]): Span | undefined {
    const node = this.node(path);
    if (isMap(node) && node.items[0] && isScalar(node.items[0].key)) return this.shift(node.items[0].key.range);
    return node ? this.shift(node.range) : undefined;
  }

  /** Extent of a list item (a compensation entry), from its first key to its last value. */
  itemSpan(path: readonly PathSegment[]): Span | undefined {
    const node = this.node(path);
    return node ? this.shift(node.range) : undefined;
  }

  isSequence(path: readonly PathSegment[]): boolean {
    return isSeq(this.node(path));
  }
}
