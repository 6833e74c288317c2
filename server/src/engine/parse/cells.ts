// Table cells as GitHub Flavored Markdown reads them: a cell's source is inline Markdown, and
// what the author means is the text it renders to (`**$195K–$255K**` is `$195K–$255K`,
// `Remote (US\|Canada)` is `Remote (US|Canada)`). markdown-it (pure JS, the preview's parser,
// same options) does the inline parsing; this file only maps its answer back onto exact spans,
// so a fix can replace the value inside the author's emphasis and nothing else.
import MarkdownItFactory, { type MarkdownIt, type Token } from "markdown-it";
import type { Span } from "../types";
import { usePlainRuns } from "./plain-runs";

export interface Cell {
  /** The cell's source, trimmed (an empty cell: an empty span after one space). */
  span: Span;
  /** The text the cell renders to: escapes, entities, emphasis, code spans and links read as their text. */
  text: string;
  /**
   * Where a value written into this cell goes: inside the emphasis, code span or link text
   * that wraps the whole cell (so `**$250K**` becomes `**$255K**`), else the whole cell.
   */
  valueSpan: Span;
  /** How text written at `valueSpan` is escaped: as inline Markdown, or inside a code span. */
  valueContext: "inline" | "code";
}

// Characters that start an inline construct in markdown-it (escape, code span, strikethrough,
// emphasis, link, image, autolink, entity). A cell without any of them renders to its source,
// which is nearly every cell: those skip the parser, so checking stays as fast as it was.
const INLINE_SYNTAX = /[\\`~*_[\]!<&]/;

let parser: MarkdownIt | undefined;
// The preview's options and inline rules: no raw HTML, no linkify, no typographer, and plain runs
// (render/markdown.ts), so a cell reads as it renders and a cell of 200 KB of `*` costs what
// prose costs instead of one markdown-it token per character.
function markdown(): MarkdownIt {
  if (parser) return parser;
  parser = new MarkdownItFactory("default", { html: false, linkify: false, typographer: false });
  usePlainRuns(parser);
  return parser;
}

/** GFM splits rows before inline parsing: `\|` is a literal pipe, its backslash dropped. */
function unescapePipes(source: string): string {
  return source.includes("\\|") ? source.replace(/\\\|/g, "|") : source;
}

/** The plain text of inline tokens, as a screen reader would read the rendered cell. */
function tokensText(tokens: readonly Token[]): string {
  let text = "";
  for (const token of tokens) {
    if (token.type === "text" || token.type === "code_inline") text += token.content;
    else if (token.type === "image") text += tokensText(token.children ?? []);
    else if (token.type === "softbreak" || token.type === "hardbreak") text += " ";
  }
  return text;
}

const WRAPPERS: Record<string, string> = { strong_open: "strong_close", em_open: "em_close", s_open: "s_close", link_open: "link_close" };

/**
 * The part of `source` (offsets into it) inside wrappers that enclose the whole cell, and the
 * escaping it needs; undefined when the cell is not one wrapped value (`**$1** – **$2**`).
 */
function innerValue(source: string, tokens: readonly Token[]): { start: number; end: number; context: Cell["valueContext"] } | undefined {
  const meaningful = tokens.filter((token) => !(token.type === "text" && token.content === ""));
  let start = 0;
  let end = source.length;
  let first = 0;
  let last = meaningful.length - 1;
  while (first < last && WRAPPERS[meaningful[first]!.type] === meaningful[last]!.type) {
    const open = meaningful[first]!;
    if (open.type === "link_open") {
      // Only an inline link `[text](target)` keeps its target: the value is the label.
      if (open.markup !== "" || source[start] !== "[") return undefined;
      const state = new (markdown().inline.State)(source.slice(0, end), markdown(), {}, []);
      const labelEnd = markdown().helpers.parseLinkLabel(state, start, false);
      if (labelEnd < 0) return undefined;
      start += 1;
      end = labelEnd;
    } else {
      const markup = open.markup;
      if (!source.startsWith(markup, start) || !source.endsWith(markup, end) || end - start < 2 * markup.length) return undefined;
      start += markup.length;
      end -= markup.length;
    }
    first++;
    last--;
  }
  if (first !== last) return first > last ? { start, end, context: "inline" } : undefined;
  const only = meaningful[first]!;
  if (only.type === "text") return { start, end, context: "inline" };
  if (only.type !== "code_inline") return undefined;
  const fence = only.markup;
  if (!source.startsWith(fence, start) || !source.endsWith(fence, end)) return undefined;
  let inner = { start: start + fence.length, end: end - fence.length };
  // A code span drops one space at each end when both are there (so `` ` `x` ` `` shows `x`).
  if (source[inner.start] === " " && source[inner.end - 1] === " " && inner.end - inner.start > 2) inner = { start: inner.start + 1, end: inner.end - 1 };
  return { ...inner, context: "code" };
}

/** Reads one cell from its trimmed source at `offset` in the document. */
export function readCell(source: string, offset: number): Cell {
  const span = { start: offset, end: offset + source.length };
  if (!INLINE_SYNTAX.test(source)) return { span, text: source, valueSpan: span, valueContext: "inline" };
  const content = unescapePipes(source);
  const tokens = markdown().parseInline(content, {})[0]?.children ?? [];
  const text = tokensText(tokens).trim();
  // Offsets found in the pipe-unescaped content map back only when there was nothing to unescape.
  const inner = content === source ? innerValue(source, tokens) : undefined;
  if (!inner) return { span, text, valueSpan: span, valueContext: "inline" };
  return { span, text, valueSpan: { start: offset + inner.start, end: offset + inner.end }, valueContext: inner.context };
}

// Escaped so that markdown-it reads the text back unchanged: every character that could open an
// inline construct, an `&` that would read as an entity, and the pipe that would split the row.
const NEEDS_ESCAPE = /[\\`~*_[\]<|]|&(?=#?[A-Za-z0-9]+;)/g;

/** Text written as a cell's inline Markdown: reading the cell back gives exactly `text`. */
export function escapeCellText(text: string): string {
  return text.replace(NEEDS_ESCAPE, (char) => `\\${char}`);
}

/**
 * The edit that writes `value` into a cell, keeping the author's emphasis, code span or link
 * around it. A value a code span cannot hold (a backtick) replaces the whole cell instead.
 */
export function writeIntoCell(cell: Cell, value: string): { start: number; end: number; newText: string } {
  if (cell.valueContext === "code") {
    if (!value.includes("`") && !value.includes("\\")) return { ...cell.valueSpan, newText: value.replace(/\|/g, "\\|") };
    return { ...cell.span, newText: escapeCellText(value) };
  }
  return { ...cell.valueSpan, newText: escapeCellText(value) };
}
