// Where the cursor is in the frontmatter's YAML, read from indentation alone. While an author
// types, the YAML is usually invalid ("    bas" is not a key yet), so the parsed document cannot
// say which mapping the cursor is in; the indentation still can. Only the block style seeds
// use is understood: `key: value`, nested mappings, `- ` list items, block scalars (skipped).
import type { PathSegment, Span } from "../../engine";

interface KeyFrame {
  type: "key";
  col: number;
  key: string;
  /** The key has a value on its own line, so it cannot hold nested keys or items. */
  inline: boolean;
  items: number;
}
interface ItemFrame {
  type: "item";
  col: number;
  index: number;
}
type Frame = KeyFrame | ItemFrame;

export interface OutlineLine {
  line: number;
  start: number;
  text: string;
  /** Column of the key or item value (after a list dash). */
  col: number;
  /** Column of the list dash when the line starts an item. */
  dashCol?: number;
  key?: string;
  /** Path of the mapping holding this line's key, or of the item a dash line starts. */
  container: PathSegment[];
}

// The rest starts at a non-blank (or is empty), so the blank runs cannot trade characters with it.
const LINE = /^( *)(?:(-)( +|$))?((?:[^ \n\r\u2028\u2029].*)?)$/;
const KEY = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*)|[ \t]*$)/;
const BLOCK_SCALAR = /^[|>][+-]?\d*[ \t]*(?:#.*)?$/;

const pathOf = (stack: readonly Frame[]): PathSegment[] => stack.map((frame) => (frame.type === "key" ? frame.key : frame.index));
const top = (stack: readonly Frame[]) => stack[stack.length - 1];

/** Opens a list item at `dashCol`: closes deeper frames and sibling items, counts the item in its list. */
function openItem(stack: Frame[], dashCol: number, rootItems: { count: number }): void {
  const closes = (frame: Frame) => frame.col > dashCol || (frame.col === dashCol && (frame.type === "item" || frame.inline));
  for (let frame = top(stack); frame && closes(frame); frame = top(stack)) stack.pop();
  const parent = top(stack);
  const index = parent?.type === "key" ? parent.items++ : rootItems.count++;
  stack.push({ type: "item", col: dashCol, index });
}

function closeTo(stack: Frame[], col: number): void {
  for (let frame = top(stack); frame && frame.col >= col; frame = top(stack)) stack.pop();
}

interface LineParts {
  lead: number;
  dash: boolean;
  col: number;
  rest: string;
}

function split(text: string): LineParts {
  const match = LINE.exec(text)!;
  const lead = match[1]!.length;
  const dash = match[2] !== undefined;
  return { lead, dash, col: dash ? lead + 1 + match[3]!.length : lead, rest: match[4]! };
}

/** Splits [start, end) into lines: [lineStart, contentEnd, nextLineStart]. */
function* linesOf(text: string, start: number, end: number): Generator<[number, number, number]> {
  let cursor = start;
  while (cursor < end) {
    const newline = text.indexOf("\n", cursor);
    const next = newline === -1 || newline >= end ? end : newline + 1;
    const contentEnd = newline === -1 || newline >= end ? end : newline > cursor && text[newline - 1] === "\r" ? newline - 1 : newline;
    yield [cursor, contentEnd, next];
    if (next === cursor) break;
    cursor = next;
  }
}

type Visit = (line: OutlineLine | undefined, stack: Frame[], lineStart: number, rootItems: { count: number }) => boolean | void;

/**
 * Walks the YAML lines in `content`, calling `visit` before each line updates the stack.
 * With `trailing`, an empty line at the end of `content` is visited too (a cursor can be there).
 */
function walk(text: string, content: Span, visit: Visit, trailing = false): void {
  const stack: Frame[] = [];
  const rootItems = { count: 0 };
  let blockCol: number | undefined;
  let lineNumber = 0;
  for (const [start, end] of linesOf(text, content.start, content.end)) {
    const raw = text.slice(start, end);
    const parts = split(raw);
    const blank = raw.trim() === "";
    const insideBlock = blockCol !== undefined && (blank || parts.lead > blockCol);
    if (!insideBlock) blockCol = undefined;
    const keyMatch = KEY.exec(parts.rest);
    const isComment = parts.rest.startsWith("#");
    let outline: OutlineLine | undefined;
    if (!insideBlock && !blank && !isComment && (parts.dash || keyMatch)) {
      outline = { line: lineNumber, start, text: raw, col: parts.col, container: [] };
      if (parts.dash) outline.dashCol = parts.lead;
    }
    if (visit(outline, stack, start, rootItems) === false) return;
    if (outline) {
      if (parts.dash) openItem(stack, parts.lead, rootItems);
      if (keyMatch) {
        closeTo(stack, parts.col);
        outline.container = pathOf(stack);
        outline.key = keyMatch[1]!;
        const value = (keyMatch[2] ?? "").trim();
        stack.push({ type: "key", col: parts.col, key: keyMatch[1]!, inline: value !== "" && !value.startsWith("#"), items: 0 });
        if (BLOCK_SCALAR.test(value)) blockCol = parts.col;
      } else {
        outline.container = pathOf(stack);
      }
    }
    lineNumber++;
  }
  const atLineStart = content.end === content.start || text[content.end - 1] === "\n";
  if (trailing && atLineStart) visit(undefined, stack, content.end, rootItems);
}

/** Every key and list-item line of the frontmatter with the path of its container. */
export function outline(text: string, content: Span): OutlineLine[] {
  const lines: OutlineLine[] = [];
  walk(text, content, (line) => {
    if (line) lines.push(line);
  });
  return lines;
}

const samePath = (a: readonly PathSegment[], b: readonly PathSegment[]) => a.length === b.length && a.every((segment, i) => segment === b[i]);

/** Keys present in one mapping, on other lines than the cursor's. */
export function siblingKeys(text: string, content: Span, container: readonly PathSegment[], cursorLineStart: number): Set<string> {
  const keys = new Set<string>();
  for (const line of outline(text, content)) {
    if (line.key && line.start !== cursorLineStart && samePath(line.container, container)) keys.add(line.key);
  }
  return keys;
}

/** The inline value of a key in one mapping, on another line than the cursor's (quotes removed). */
export function siblingValue(text: string, content: Span, container: readonly PathSegment[], key: string, cursorLineStart: number): string | undefined {
  for (const line of outline(text, content)) {
    if (line.key !== key || line.start === cursorLineStart || !samePath(line.container, container)) continue;
    const value = withoutComment(KEY.exec(line.text.slice(line.col))?.[2] ?? "").trim();
    const unquoted = /^(["'])(.*)\1$/.exec(value)?.[2] ?? value;
    return unquoted === "" ? undefined : unquoted;
  }
  return undefined;
}

export type FrontmatterContext =
  | {
      kind: "key";
      /** Path of the mapping (or list, for a line that opens no item) the key goes into. */
      container: PathSegment[];
      /** The typed part of the key, to be replaced. */
      replace: Span;
      /** The line already has `key:` after the cursor: complete the name only. */
      hasColon: boolean;
      /** Column where the key starts (after a dash), for multi-line snippets. */
      col: number;
      /** The line starts a new list item (`- ` typed). */
      dash: boolean;
      lineStart: number;
    }
  | { kind: "value"; path: PathSegment[]; replace: Span; col: number; lineStart: number; lineEnd: number }
  | { kind: "item"; list: PathSegment[]; index: number; replace: Span; col: number; lineStart: number };

const IDENTIFIER_PREFIX = /^[A-Za-z_][\w-]*$/;

function valueSpan(text: string, from: number, lineEnd: number): Span {
  let end = lineEnd;
  while (end > from && /[ \t]/.test(text[end - 1]!)) end--;
  const quote = text[from];
  if (quote === '"' || quote === "'") {
    const close = text.lastIndexOf(quote, end - 1);
    return { start: from + 1, end: close > from ? close : end };
  }
  return { start: from, end };
}

/**
 * The completion context at `offset`, when it lies in the YAML between the delimiters.
 * `content` is the YAML's span (for an unterminated frontmatter, up to the end of the text).
 */
export function frontmatterContext(text: string, content: Span, offset: number): FrontmatterContext | undefined {
  if (offset < content.start || offset > content.end) return undefined;
  let result: FrontmatterContext | undefined;
  // An unterminated block runs to the end of the text, whose empty last line may hold the cursor.
  const trailing = content.end === text.length;
  walk(
    text,
    content,
    (_line, stack, lineStart, rootItems) => {
      const newline = text.indexOf("\n", lineStart);
      const lineEnd = newline === -1 ? text.length : newline > lineStart && text[newline - 1] === "\r" ? newline - 1 : newline;
      if (offset < lineStart || offset > lineEnd) return true;
      result = cursorContext(
        text,
        stack.map((frame) => ({ ...frame })),
        { count: rootItems.count },
        lineStart,
        lineEnd,
        offset,
      );
      return false;
    },
    trailing,
  );
  return result;
}

function cursorContext(
  text: string,
  stack: Frame[],
  rootItems: { count: number },
  lineStart: number,
  lineEnd: number,
  offset: number,
): FrontmatterContext | undefined {
  const before = text.slice(lineStart, offset);
  const after = text.slice(offset, lineEnd);
  const parts = split(before);
  if (parts.rest.startsWith("#")) return undefined;
  const keyMatch = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*/.exec(parts.rest);
  if (parts.dash) openItem(stack, parts.lead, rootItems);
  const item = parts.dash ? (top(stack) as ItemFrame) : undefined;
  if (keyMatch) {
    closeTo(stack, parts.col);
    const from = lineStart + parts.col + keyMatch[0].length;
    if (offset < from) return undefined;
    const replace = valueSpan(text, from, lineEnd);
    const around = { start: Math.min(replace.start, offset), end: Math.max(replace.end, offset) };
    return { kind: "value", path: [...pathOf(stack), keyMatch[1]!], replace: around, col: parts.col, lineStart, lineEnd };
  }
  const typed = parts.rest;
  const restOfWord = /^[\w-]*/.exec(after)![0];
  if (item) {
    const listPath = pathOf(stack.slice(0, -1));
    const parent = stack[stack.length - 2];
    // Under `compensation` a dash opens an entry (keys follow); under a list of strings it is a value.
    const holdsMappings = parent?.type === "key" && parent.key === "compensation";
    if (!holdsMappings) {
      const start = lineStart + parts.col;
      return { kind: "item", list: listPath, index: item.index, replace: valueSpan(text, start, Math.max(lineEnd, offset)), col: parts.col, lineStart };
    }
  }
  if (typed !== "" && !IDENTIFIER_PREFIX.test(typed)) return undefined;
  if (!parts.dash) closeTo(stack, parts.col);
  const keyStart = lineStart + parts.col;
  return {
    kind: "key",
    container: pathOf(stack),
    replace: { start: keyStart, end: offset + restOfWord.length },
    hasColon: /^[\w-]*[ \t]*:/.test(after),
    col: parts.col,
    dash: parts.dash,
    lineStart,
  };
}

/** The text before a YAML comment (a `#` after white space), in one pass (no backtracking regex). */
function withoutComment(value: string): string {
  for (let i = 1; i < value.length; i++) if (value[i] === "#" && (value[i - 1] === " " || value[i - 1] === "\t")) return value.slice(0, i);
  return value;
}
