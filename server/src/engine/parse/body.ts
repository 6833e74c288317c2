// A line scanner for the parts of the Markdown body that restate the frontmatter. It is not a
// Markdown parser (the preview uses markdown-it); it finds the guide's fixed landmarks fast and
// keeps exact spans for diagnostics and fixes. Fenced code blocks and raw HTML blocks (comments
// included) are skipped.
import type { Span } from "../types";
import { readCell, type Cell } from "./cells";
import { endsHtmlBlock, htmlBlockStart, type HtmlBlockEnd } from "./html-blocks";
import { endsTable } from "./table-end";

export type { Cell } from "./cells";

export interface Line {
  /** Content without the line ending. */
  span: Span;
  text: string;
  /** Offset just after the line ending (start of the next line). */
  next: number;
}

export interface LabelledLine {
  line: Line;
  /** The value after the bold label, trimmed. */
  valueSpan: Span;
  value: string;
}

export interface Heading {
  line: Line;
  level: number;
  textSpan: Span;
  text: string;
}

export interface TableRow {
  line: Line;
  cells: Cell[];
}

export type Column = "region" | "base" | "stock" | "bonus" | "total";

export interface Table {
  header: TableRow;
  delimiter: Line;
  rows: TableRow[];
  /**
   * Which cell index holds each column, from the header's names; empty when the header and the
   * delimiter row disagree (`misaligned`), as no column can then be trusted.
   */
  columns: Partial<Record<Column, number>>;
  /**
   * Set when the header and the delimiter row have different numbers of cells: GFM (and the
   * preview's markdown-it) then renders no table at all, and rows cannot be read by column.
   */
  misaligned?: { header: number; delimiter: number };
  /** Header line to last row line, for regenerating the whole table. */
  span: Span;
}

export interface Section {
  heading: Heading;
  /** From the heading to the next heading of the same or a higher level. */
  span: Span;
  text: string;
  items: { span: Span; text: string }[];
  /** Where a new bullet goes: after the last item, or after the heading. */
  insertAt: number;
}

export interface Body {
  span: Span;
  lines: Line[];
  heading: Heading | undefined;
  dna: LabelledLine | undefined;
  levelMapping: LabelledLine | undefined;
  table: Table | undefined;
  evidence: Section | undefined;
  headings: Heading[];
  /** Lines outside the table, headings and code: the prose that names amounts. */
  prose: Line[];
}

// Every pattern here runs on every line of the body, so each must take time linear in the line
// (no two quantifiers that can trade the same characters): a seed is untrusted text, and one
// 200 KB line must not freeze the editor. The ATX heading is read by a loop (readHeading).
const HEADING_START = /^ {0,3}(#{1,6})[ \t]/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A GFM table delimiter row (`|---|:--:|`). */
export const DELIMITER_ROW = /^\s*(?:\|\s*)?:?-+:?\s*(?:\|\s*:?-+:?\s*)*(?:\|\s*)?$/;
const DNA = /^\s*\*\*Negotiation DNA(?::\*\*|\*\*\s*:)[ \t]*/i;
const LEVEL_MAPPING = /^\s*\*\*Level Mapping(?::\*\*|\*\*\s*:)[ \t]*/i;
// "Evidence & Sources" and the names authors also use: "Sources", "Data Sources", "Sources & Evidence".
export const EVIDENCE = /^(?:evidence\b|(?:data\s+)?sources(?:\s*(?:&|and)\s*evidence)?\s*(?::\s*)?$)/i;
const BOLD_LABEL = /^\s*\*\*([^*]+?):?\*\*:?\s*$/;
/** A bold label line acts as a heading below every real heading level. */
const LABEL_LEVEL = 7;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const COLUMN_NAMES: [Column, RegExp][] = [
  ["region", /region|location|city/i],
  ["base", /base/i],
  ["stock", /stock|equity|rsu/i],
  ["bonus", /bonus/i],
  ["total", /total/i],
];

function splitLines(text: string, start: number): Line[] {
  const lines: Line[] = [];
  let cursor = start;
  while (cursor < text.length) {
    const newline = text.indexOf("\n", cursor);
    const hardEnd = newline === -1 ? text.length : newline;
    const end = hardEnd > cursor && text[hardEnd - 1] === "\r" ? hardEnd - 1 : hardEnd;
    lines.push({ span: { start: cursor, end }, text: text.slice(cursor, end), next: newline === -1 ? text.length : newline + 1 });
    cursor = newline === -1 ? text.length : newline + 1;
  }
  return lines;
}

function trimmedSpan(line: Line, from: number): Span {
  const raw = line.text.slice(from);
  const lead = raw.length - raw.trimStart().length;
  const value = raw.trim();
  const start = line.span.start + from + lead;
  return { start, end: start + value.length };
}

const isWhitespace = (code: number) =>
  code === 0x20 ||
  (code >= 0x09 && code <= 0x0d) ||
  code === 0xa0 ||
  code === 0xfeff ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x1680 ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000;

/**
 * A row is split into at most this many cells; the last one holds the rest of the line. The
 * guide's table has five columns: a line of 200,000 pipes is no table row an author wrote, and
 * 200,000 cells would cost every rule that reads the row.
 */
const MAX_CELLS = 64;

/**
 * Splits a table row on unescaped pipes (as GFM does); spans cover each cell's trimmed source
 * (what String.prototype.trim removes), read as GFM inline text (readCell). One pass over the line.
 */
export function splitRow(line: Line): Cell[] {
  const cells: Cell[] = [];
  const text = line.text;
  let first = 0;
  while (first < text.length && isWhitespace(text.charCodeAt(first))) first++;
  const leadingPipe = text[first] === "|";
  let cellStart = leadingPipe ? first + 1 : 0;
  for (let i = cellStart; i <= text.length; i++) {
    const atEnd = i === text.length;
    if (!atEnd && (text[i] !== "|" || text[i - 1] === "\\" || cells.length === MAX_CELLS - 1)) continue;
    let start = cellStart;
    let end = i;
    while (start < end && isWhitespace(text.charCodeAt(start))) start++;
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
    if (!(atEnd && start === end && cells.length > 0)) {
      // An empty cell's (empty) span sits after one space, so text written into it reads "| text |".
      if (start === end) start = end = Math.min(cellStart + 1, i);
      cells.push(readCell(text.slice(start, end), line.span.start + start));
    }
    cellStart = i + 1;
  }
  return cells;
}

function isTableLine(text: string): boolean {
  return text.includes("|") && text.trim() !== "";
}

function labelled(line: Line, pattern: RegExp): LabelledLine | undefined {
  const match = pattern.exec(line.text);
  if (!match) return undefined;
  const valueSpan = trimmedSpan(line, match[0].length);
  return { line, valueSpan, value: line.text.slice(valueSpan.start - line.span.start, valueSpan.end - line.span.start) };
}

const LINE_BREAKS = /[\r\u2028\u2029]/;
const isBlank = (char: string | undefined) => char === " " || char === "\t";

/**
 * An ATX heading's level and text bounds, or undefined: `### text ###` has the text `text`.
 * The same reading as /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/, in one pass: that
 * pattern backtracks quadratically over a long run of blanks followed by a letter.
 */
export function readHeading(text: string): { level: number; start: number; end: number } | undefined {
  const match = HEADING_START.exec(text);
  // The pattern's `.` stops at these, so a line holding one was never a heading.
  if (!match || LINE_BREAKS.test(text)) return undefined;
  let start = match[0].length;
  while (isBlank(text[start])) start++;
  let end = text.length;
  while (end > start && isBlank(text[end - 1])) end--;
  // A closing run of #, preceded by a blank inside the text, is not part of it.
  let hashes = end;
  while (hashes > start && text[hashes - 1] === "#") hashes--;
  if (hashes < end && hashes > start && isBlank(text[hashes - 1])) {
    end = hashes;
    while (end > start && isBlank(text[end - 1])) end--;
  }
  return { level: match[1]!.length, start, end };
}

function heading(line: Line): Heading | undefined {
  const found = readHeading(line.text);
  if (!found) return undefined;
  const start = line.span.start + found.start;
  return { line, level: found.level, textSpan: { start, end: line.span.start + found.end }, text: line.text.slice(found.start, found.end) };
}

/**
 * Reads the table whose header is `lines[index]`. `named`: the header names a region column, so
 * this is the guide's table (even when misaligned, which table-columns then reports).
 */
function readTable(lines: Line[], index: number): { table: Table; end: number; named: boolean } {
  const header: TableRow = { line: lines[index]!, cells: splitRow(lines[index]!) };
  const delimiter = lines[index + 1]!;
  const rows: TableRow[] = [];
  let cursor = index + 2;
  // Rows run as far as GFM (and markdown-it, which renders the preview) takes them: a line under
  // the table is a row, pipes or not, until a blank line or the start of another block.
  while (cursor < lines.length && !endsTable(lines[cursor]!.text)) {
    rows.push({ line: lines[cursor]!, cells: splitRow(lines[cursor]!) });
    cursor++;
  }
  const columns: Partial<Record<Column, number>> = {};
  header.cells.forEach((cell, position) => {
    if (cell.text === "") return;
    const column = COLUMN_NAMES.find(([name, pattern]) => columns[name] === undefined && pattern.test(cell.text));
    if (column) columns[column[0]] = position;
  });
  const last = rows.length > 0 ? rows[rows.length - 1]!.line : delimiter;
  const span = { start: header.line.span.start, end: last.span.end };
  const named = columns.region !== undefined;
  const delimiterCells = splitRow(delimiter).length;
  if (delimiterCells === header.cells.length) return { table: { header, delimiter, rows, columns, span }, end: cursor, named };
  const misaligned = { header: header.cells.length, delimiter: delimiterCells };
  return { table: { header, delimiter, rows, columns: {}, span, misaligned }, end: cursor, named };
}

export function parseBody(text: string, start: number): Body {
  const lines = splitLines(text, start);
  const body: Body = {
    span: { start, end: text.length },
    lines,
    heading: undefined,
    dna: undefined,
    levelMapping: undefined,
    table: undefined,
    evidence: undefined,
    headings: [],
    prose: [],
  };
  let fence: string | undefined;
  let html: HtmlBlockEnd | undefined;
  let inEvidence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (html) {
      // The blank line that ends a block of raw HTML is no part of it (nor of anything else).
      if (endsHtmlBlock(line.text, html)) html = undefined;
      continue;
    }
    const fenceMatch = FENCE.exec(line.text);
    if (fence) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    // A comment or a block of raw HTML (`<!-- old figures … -->`): GFM shows none of it as Markdown.
    const htmlEnd = htmlBlockStart(line.text);
    if (htmlEnd) {
      if (!(htmlEnd !== "blank line" && endsHtmlBlock(line.text, htmlEnd))) html = htmlEnd;
      continue;
    }
    const head = heading(line);
    if (head) {
      body.headings.push(head);
      // The guide's title is the first heading, but only before the landmarks that follow it:
      // when the title is missing, a later heading (Evidence & Sources, a lever) is not it.
      if (body.headings.length === 1 && !body.table && !body.dna && !body.levelMapping && !EVIDENCE.test(head.text)) body.heading = head;
      if (inEvidence && head.level <= body.evidence!.heading.level) {
        inEvidence = false;
        body.evidence!.span.end = line.span.start;
      }
      if (!body.evidence && EVIDENCE.test(head.text)) {
        body.evidence = { heading: head, span: { start: line.span.start, end: text.length }, text: "", items: [], insertAt: line.next };
        inEvidence = true;
      }
      continue;
    }
    // Authors also write the section as a bold label line ("**Evidence & Sources**"); such a
    // section ends at the next heading or the next bold label line.
    const label = BOLD_LABEL.exec(line.text);
    if (label) {
      if (inEvidence && body.evidence!.heading.level === LABEL_LEVEL) {
        inEvidence = false;
        body.evidence!.span.end = line.span.start;
      }
      if (!body.evidence && EVIDENCE.test(label[1]!)) {
        const textStart = line.span.start + line.text.indexOf(label[1]!);
        const pseudo: Heading = { line, level: LABEL_LEVEL, textSpan: { start: textStart, end: textStart + label[1]!.length }, text: label[1]! };
        body.evidence = { heading: pseudo, span: { start: line.span.start, end: text.length }, text: "", items: [], insertAt: line.next };
        inEvidence = true;
        continue;
      }
    }
    const item = inEvidence ? LIST_ITEM.exec(line.text) : null;
    if (item) {
      const span = trimmedSpan(line, item[0].length);
      body.evidence!.items.push({ span, text: text.slice(span.start, span.end) });
      body.evidence!.insertAt = line.next;
    }
    if (!body.table && isTableLine(line.text) && i + 1 < lines.length && DELIMITER_ROW.test(lines[i + 1]!.text) && lines[i + 1]!.text.includes("-")) {
      const { table, end, named } = readTable(lines, i);
      if (named) {
        body.table = table;
        i = end - 1;
        continue;
      }
    }
    body.dna ??= labelled(line, DNA);
    body.levelMapping ??= labelled(line, LEVEL_MAPPING);
    if (line.text.trim() !== "") body.prose.push(line);
  }
  if (body.evidence) body.evidence.text = text.slice(body.evidence.span.start, body.evidence.span.end);
  return body;
}
