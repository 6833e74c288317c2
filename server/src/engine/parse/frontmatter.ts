// Splits the frontmatter block off a seed and parses it with `yaml`, keeping every position.
// gray-matter is not used here: it drops positions and caches every input it has seen.
import { isAlias, isMap, isNode, isScalar, isSeq, parseDocument, visit, type Alias, type Document, type Node, type Pair, type YAMLMap } from "yaml";
import type { Span } from "../types";
import { FRONTMATTER_CLOSE as CLOSE, FRONTMATTER_OPEN as DELIMITER } from "./syntax";
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

function lineAt(text: string, start: number): { end: number; next: number } {
  const newline = text.indexOf("\n", start);
  if (newline === -1) return { end: text.length, next: text.length };
  return { end: newline > start && text[newline - 1] === "\r" ? newline - 1 : newline, next: newline + 1 };
}

interface SplitResult {
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
        ? "The file is empty: a seed starts with a YAML frontmatter block between '---' lines."
        : "The seed has no frontmatter: its first line must be '---', followed by the YAML keys and another '---' line.";
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
    message: "The frontmatter is not terminated: add a '---' line after the last YAML key.",
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
    const message = `The YAML is nested more than ${MAX_YAML_DEPTH} levels deep (a seed needs three), so it is not parsed.`;
    problems.push({ rule: "yaml-syntax", span: shift([tooDeep, tooDeep + 1]), message });
    return { doc: parseDocument(""), data: undefined };
  }
  // merge: authors write `<<: *entry` to share an entry's figures (YAML 1.1 merge keys).
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false, merge: true });
  // One slip, one finding: the parser's first error is the author's mistake; what follows it
  // (a tab used as indentation gives a dozen more on the next lines) only echoes it.
  const first = doc.errors.reduce<(typeof doc.errors)[number] | undefined>(
    (earliest, error) => (!earliest || error.pos[0] < earliest.pos[0] ? error : earliest),
    undefined,
  );
  if (first) {
    problems.push(
      first.code === "DUPLICATE_KEY"
        ? duplicateKeyProblem(doc, first.pos, shift, (at) => lineNumber(text, content.start + at))
        : { rule: "yaml-syntax", ...explained(source, first.code, first.message, first.pos, shift) },
    );
    return { doc, data: undefined };
  }
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
    const unknown = unknownAlias(doc);
    problems.push(
      unknown
        ? { rule: "yaml-syntax", span: shift(unknown.range), message: `The alias '*${unknown.name}' names no anchor: no '&${unknown.name}' comes before it.` }
        : { rule: "yaml-syntax", span: shift(aliasRange), message: `The YAML cannot be expanded safely: ${reason}.` },
    );
    return { doc, data: undefined };
  }
}

/** The first alias whose anchor is not defined before it (the usual cause of a merge that cannot be expanded). */
function unknownAlias(doc: Document.Parsed): { name: string; range: [number, number] } | undefined {
  const anchors = new Set<string>();
  let found: { name: string; range: [number, number] } | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      if (!anchors.has(node.source) && node.range) {
        found = { name: node.source, range: [node.range[0], node.range[1]] };
        return visit.BREAK;
      }
    } else if (isNode(node) && node.anchor) anchors.add(node.anchor);
    return undefined;
  });
  return found;
}

/** The start of the line after `offset` in `source`, and that line's leading spaces. */
function nextLine(source: string, offset: number): { start: number; indent: number } | undefined {
  const newline = source.indexOf("\n", offset);
  if (newline === -1) return undefined;
  let indent = 0;
  while (source[newline + 1 + indent] === " ") indent++;
  return { start: newline + 1, indent };
}

/**
 * The parser's error as the author's mistake, where its usual cause is known: a plain value that
 * holds `: ` (`company_display: Globex: The Company`) wants quotes; a key indented under a
 * plain value (` role_display: …`) reads as part of that value, and is the line to point at.
 */
function explained(
  source: string,
  code: string,
  message: string,
  pos: readonly [number, number],
  shift: (pos: readonly [number, number]) => Span,
): { span: Span; message: string } {
  const at = { span: shift(pos), message: `Invalid YAML: ${message}` };
  if (code === "TAB_AS_INDENT") return { ...at, message: `Invalid YAML: ${message.trim()}; indent with spaces.` };
  if (code !== "BLOCK_AS_IMPLICIT_KEY" && code !== "MULTILINE_IMPLICIT_KEY") return at;
  const lineEnd = source.indexOf("\n", pos[0]);
  const rest = source.slice(pos[0], lineEnd === -1 ? source.length : lineEnd);
  if (rest.includes(": "))
    return { ...at, message: `Invalid YAML: this value holds ': ', which YAML reads as a key; quote it ("${rest.trim().replace(/"/g, '\\"')}").` };
  // Only a next line indented deeper than this one's key reads as part of its value.
  const lineStart = source.lastIndexOf("\n", pos[0] - 1) + 1;
  let indent = 0;
  while (source[lineStart + indent] === " ") indent++;
  const next = nextLine(source, pos[0]);
  if (next && next.indent > indent) {
    return {
      span: shift([next.start, next.start + next.indent]),
      message: "Invalid YAML: this line is indented under a plain value, so YAML reads it as part of that value; start it where the keys above start.",
    };
  }
  return at;
}

/** 1-based line of an offset, for messages (a rare path: counting is fine). */
function lineNumber(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) line++;
  return line;
}

function duplicateKeyProblem(
  doc: Document.Parsed,
  pos: readonly [number, number],
  shift: (pos: readonly [number, number]) => Span,
  lineOf: (yamlOffset: number) => number,
): ParseProblem {
  let problem: ParseProblem = { rule: "yaml-syntax", span: shift(pos), message: "Invalid YAML: a key appears twice in the same mapping." };
  visit(doc, {
    Map(_key, map) {
      const duplicate = map.items.find((pair) => isScalar(pair.key) && pair.key.range?.[0] === pos[0]);
      if (!duplicate || !isScalar(duplicate.key) || !duplicate.key.range) return undefined;
      const name = String(duplicate.key.source ?? duplicate.key.value);
      const earlier = map.items.find((pair) => pair !== duplicate && isScalar(pair.key) && pair.key.value === (duplicate.key as { value: unknown }).value);
      const earlierAt = isScalar(earlier?.key) && earlier.key.range ? ` (it is already set on line ${lineOf(earlier.key.range[0])})` : "";
      problem = {
        rule: "yaml-syntax",
        span: shift([duplicate.key.range[0], duplicate.key.range[1]]),
        message: `Duplicate key '${name}': a key may appear once in a mapping${earlierAt}; remove or rename one.`,
      };
      return visit.BREAK;
    },
  });
  return problem;
}

/** Is this pair a merge key (`<<: *entry`)? With `merge: true`, `yaml` reads its key as a symbol. */
export function isMergePair(pair: Pair): boolean {
  return isScalar(pair.key) && typeof pair.key.value === "symbol";
}

// Merges nest (an anchored entry may itself merge another); a cycle or a deep chain stops here.
const MAX_MERGE_DEPTH = 20;

/**
 * Where a path leads in the YAML. `alias` is the outermost alias the walk went through (an
 * aliased item, or a merge key `<<: *us` that supplied the value): the place in this text that
 * stands for a value written elsewhere, so findings and hovers point at it. `mergePair` is the
 * `<<` pair of the last mapping when the last key came from a merge, for fixes that override it.
 */
export interface Located {
  node: Node | undefined;
  pair: Pair | undefined;
  alias: Alias | undefined;
  mergePair: Pair | undefined;
}

/** Positions of YAML nodes by path, translated to document offsets. Merge keys and aliases are followed. */
export class FrontmatterNodes {
  constructor(private readonly block: FrontmatterBlock) {}

  private shift(range: readonly number[] | null | undefined, useNodeEnd = false): Span | undefined {
    if (!range) return undefined;
    const offset = this.block.content.start;
    return { start: offset + range[0]!, end: offset + (useNodeEnd ? range[2]! : range[1]!) };
  }

  private resolve(node: unknown): Node | undefined {
    let current = node;
    for (let depth = 0; isAlias(current) && depth < MAX_MERGE_DEPTH; depth++) current = current.resolve(this.block.doc);
    return current && typeof current === "object" && !isAlias(current) ? (current as Node) : undefined;
  }

  /** The pair for `key` in a mapping, its own or one a merge key brings in (the first source wins). */
  private findPair(map: YAMLMap, key: string, depth = 0): { pair: Pair; mergePair: Pair | undefined } | undefined {
    const own = map.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (own) return { pair: own, mergePair: undefined };
    if (depth >= MAX_MERGE_DEPTH) return undefined;
    for (const mergePair of map.items.filter(isMergePair)) {
      const sources = isSeq(mergePair.value) ? mergePair.value.items : [mergePair.value];
      for (const source of sources) {
        const resolved = this.resolve(source);
        const found = isMap(resolved) ? this.findPair(resolved, key, depth + 1) : undefined;
        if (found) return { pair: found.pair, mergePair };
      }
    }
    return undefined;
  }

  /** Follows a path through mappings, lists, aliases and merge keys. */
  locate(path: readonly PathSegment[]): Located {
    let node: unknown = this.block.doc.contents;
    let alias: Alias | undefined;
    let pair: Pair | undefined;
    let mergePair: Pair | undefined;
    for (const segment of path) {
      if (isAlias(node)) alias ??= node;
      const container = this.resolve(node);
      pair = undefined;
      mergePair = undefined;
      if (isMap(container) && typeof segment === "string") {
        const found = this.findPair(container, segment);
        if (!found) return { node: undefined, pair: undefined, alias, mergePair: undefined };
        pair = found.pair;
        mergePair = found.mergePair;
        if (mergePair && isAlias(mergePair.value)) alias ??= mergePair.value;
        else if (mergePair && isSeq(mergePair.value)) alias ??= mergePair.value.items.find(isAlias);
        node = pair.value;
      } else if (isSeq(container) && typeof segment === "number") {
        node = container.items[segment];
      } else return { node: undefined, pair: undefined, alias, mergePair: undefined };
      if (node === undefined || node === null) return { node: undefined, pair, alias, mergePair };
    }
    if (isAlias(node)) alias ??= node;
    return { node: this.resolve(node), pair, alias, mergePair };
  }

  node(path: readonly PathSegment[]): Node | undefined {
    if (path.length === 0) return (this.block.doc.contents as Node | null) ?? undefined;
    return this.locate(path).node;
  }

  pair(path: readonly PathSegment[]): Pair | undefined {
    return this.locate(path).pair;
  }

  /** The alias through which a path's value is written (a merge key or an aliased item), if any. */
  aliasSpan(path: readonly PathSegment[]): Span | undefined {
    const alias = this.locate(path).alias;
    return alias ? this.shift(alias.range) : undefined;
  }

  /** Where the value itself is written, even when this path reaches it through an alias. */
  writtenSpan(path: readonly PathSegment[], part: "key" | "value" = "value"): Span | undefined {
    const located = this.locate(path);
    if (part === "key") return isScalar(located.pair?.key) ? this.shift(located.pair.key.range) : undefined;
    return located.node ? this.shift(located.node.range) : undefined;
  }

  /** The `<<` pair that supplies the path's last key, when it comes from a merge. */
  mergePairOf(path: readonly PathSegment[]): Pair | undefined {
    return this.locate(path).mergePair;
  }

  /** Where a pair's text ends (its value's end, or its key's when the value is empty). */
  pairEnd(pair: Pair): number | undefined {
    const value = pair.value as Node | null;
    const range = value && typeof value === "object" && "range" in value && value.range ? value.range : isScalar(pair.key) ? pair.key.range : undefined;
    return range ? this.block.content.start + range[1] : undefined;
  }

  /** Span of a pair's key, in document offsets. */
  pairKeySpan(pair: Pair): Span | undefined {
    return isScalar(pair.key) ? this.shift(pair.key.range) : undefined;
  }

  /** The value's span (a scalar's text, or a collection's extent); the alias for a merged or aliased value. */
  valueSpan(path: readonly PathSegment[]): Span | undefined {
    const located = this.locate(path);
    if (located.alias) return this.shift(located.alias.range);
    return located.node ? this.shift(located.node.range) : undefined;
  }

  /** The key's span; the alias for a key a merge brings in. */
  keySpan(path: readonly PathSegment[]): Span | undefined {
    const located = this.locate(path);
    if (located.alias) return this.shift(located.alias.range);
    const key = located.pair?.key;
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
    const located = this.locate(path);
    if (located.alias) return this.shift(located.alias.range);
    const node = located.node;
    if (isMap(node) && node.items[0] && isScalar(node.items[0].key)) return this.shift(node.items[0].key.range);
    return node ? this.shift(node.range) : undefined;
  }

  /** Extent of a list item (a compensation entry), from its first key to its last value. */
  itemSpan(path: readonly PathSegment[]): Span | undefined {
    const located = this.locate(path);
    if (located.alias) return this.shift(located.alias.range);
    return located.node ? this.shift(located.node.range) : undefined;
  }

  isSequence(path: readonly PathSegment[]): boolean {
    return isSeq(this.node(path));
  }
}
