// An open document too large to copy on every keystroke. The standard TextDocument keeps one
// string: each incremental edit concatenates the two sides of the edit and then reads characters
// around it, which makes V8 flatten the whole text into a new string (10 MB copied per keystroke on
// the server thread, and a 10–20 MB string left to the garbage collector, whose pauses held up
// requests on other documents for 50–110 ms). This one keeps the text as an array of lines (each
// with its line break): an edit builds the few lines it touches and a new array of references to
// the others, so it costs the number of lines, never the number of characters. The whole text is
// joined only when something asks for it (a hover or completion on this document, a check on the
// server thread), once per version. Line breaks are those of the standard one: \r\n, \r and \n.
import { TextDocument, type Position, type Range, type TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import { OFF_THREAD_CHARS } from "../diagnostics/check-costs";

/** Splits a text into lines, each keeping its line break; the last line (possibly empty) has none. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      lines.push(text.slice(start, i + 1));
      start = i + 1;
    } else if (code === 10 /* \n */) {
      lines.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  return lines;
}

/** A line's length without its line break. */
function contentLength(line: string): number {
  if (line.endsWith("\r\n")) return line.length - 2;
  return line.endsWith("\n") || line.endsWith("\r") ? line.length - 1 : line.length;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

export class LargeTextDocument implements TextDocument {
  /** The lines of the current version. Never mutated: an edit makes a new array, so snapshots can share it. */
  private lines: string[];
  /** Start offset of each line of `lines`, computed when a position or an offset is asked for. */
  private starts: number[] | undefined;
  /** The joined text of `lines`, once asked for. */
  private text: string | undefined;
  private size: number;
  /** How many times the whole text was joined (tests: an edit alone never joins it). */
  materialised = 0;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    content: string,
  ) {
    this.lines = splitLines(content);
    this.text = content;
    this.size = content.length;
  }

  /** The text's length in UTF-16 code units, without joining it. */
  get length(): number {
    return this.size;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  getText(range?: Range): string {
    if (range) return this.slice(range);
    if (this.text === undefined) {
      this.text = this.lines.join("");
      this.materialised++;
    }
    return this.text;
  }

  /**
   * The text of this version, read later: a function that returns it (joining it on first call,
   * sharing the document's joined text while the document is still at this version).
   */
  snapshot(): () => string {
    const lines = this.lines;
    let joined: string | undefined;
    return () => {
      if (this.lines === lines) return this.getText();
      joined ??= lines.join("");
      return joined;
    };
  }

  positionAt(offset: number): Position {
    const starts = this.lineStarts();
    offset = Math.max(0, Math.min(offset, this.size));
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (starts[mid]! > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: Math.min(offset - starts[line]!, contentLength(this.lines[line]!)) };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lines.length) return this.size;
    if (position.line < 0) return 0;
    const start = this.lineStarts()[position.line]!;
    return start + this.clampedCharacter(position);
  }

  getLineRange(line: number): Range {
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const at = Math.min(line, this.lines.length - 1);
    const end = at < line ? this.lines[at]!.length : contentLength(this.lines[at]!);
    return { start: { line: at, character: 0 }, end: { line: at, character: end } };
  }

  getEOLCharacters(line: number): string {
    if (line < 0 || line >= this.lines.length) return "";
    const text = this.lines[line]!;
    return text.slice(contentLength(text));
  }

  /** Applies the client's changes (incremental or whole text), in order, and takes the document to `version`. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ("range" in change && change.range) this.replace(change.range, change.text);
      else {
        this.lines = splitLines(change.text);
        this.size = change.text.length;
        this.starts = undefined;
        this.text = change.text;
      }
    }
    this.version = version;
  }

  /** A position moved inside the text, as the standard document does: (line, character) of an existing line, before its line break. */
  private clamp(position: Position): { line: number; character: number } {
    if (position.line < 0) return { line: 0, character: 0 };
    if (position.line >= this.lines.length) {
      const last = this.lines.length - 1;
      return { line: last, character: this.lines[last]!.length };
    }
    return { line: position.line, character: this.clampedCharacter(position) };
  }

  private clampedCharacter(position: Position): number {
    return Math.max(0, Math.min(position.character, contentLength(this.lines[position.line]!)));
  }

  private replace(range: Range, inserted: string): void {
    const [from, to] = before(range.end, range.start) ? [range.end, range.start] : [range.start, range.end];
    const start = this.clamp(from);
    const end = this.clamp(to);
    const lines = this.lines;
    let first = start.line;
    let region = lines[first]!.slice(0, start.character) + inserted + lines[end.line]!.slice(end.character);
    // A lone \r ending the line before, followed now by \n, makes one line break with it.
    if (first > 0 && lines[first - 1]!.endsWith("\r") && region.startsWith("\n")) region = lines[--first]! + region;
    let removed = 0;
    for (let i = first; i <= end.line; i++) removed += lines[i]!.length;
    const added = splitLines(region);
    // The region ends with the line break of its last line, unless that is the document's last line.
    if (end.line < lines.length - 1) added.pop();
    this.lines = lines.slice(0, first).concat(added, lines.slice(end.line + 1));
    this.size += region.length - removed;
    this.starts = undefined;
    this.text = undefined;
  }

  private slice(range: Range): string {
    const [from, to] = before(range.end, range.start) ? [range.end, range.start] : [range.start, range.end];
    const start = this.clamp(from);
    const end = this.clamp(to);
    if (start.line === end.line) return this.lines[start.line]!.slice(start.character, end.character);
    const parts = [this.lines[start.line]!.slice(start.character)];
    for (let i = start.line + 1; i < end.line; i++) parts.push(this.lines[i]!);
    parts.push(this.lines[end.line]!.slice(0, end.character));
    return parts.join("");
  }

  private lineStarts(): number[] {
    if (!this.starts) {
      const starts = new Array<number>(this.lines.length);
      let offset = 0;
      for (let i = 0; i < this.lines.length; i++) {
        starts[i] = offset;
        offset += this.lines[i]!.length;
      }
      this.starts = starts;
    }
    return this.starts;
  }
}

/**
 * Documents opened with at least this many characters (UTF-16 code units) are LargeTextDocuments:
 * the size from which they are checked in the worker too (check-costs.ts), so that nothing on the
 * server thread needs their text after an edit.
 */
export const LARGE_DOCUMENT_CHARS = OFF_THREAD_CHARS;

/** A new open document: a LargeTextDocument from LARGE_DOCUMENT_CHARS on, the standard one below. */
export function createDocument(uri: string, languageId: string, version: number, content: string): TextDocument {
  return content.length >= LARGE_DOCUMENT_CHARS
    ? new LargeTextDocument(uri, languageId, version, content)
    : TextDocument.create(uri, languageId, version, content);
}

/** Applies the client's changes to a document made by createDocument; returns the same document. */
export function updateDocument(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  if (!(document instanceof LargeTextDocument)) return TextDocument.update(document, changes, version);
  document.update(changes, version);
  return document;
}

/** A document's length in UTF-16 code units, without joining a large document's text. */
export function textLength(document: TextDocument): number {
  return document instanceof LargeTextDocument ? document.length : document.getText().length;
}

/** The text of the document's current version, to read later (a large document's is joined only when read). */
export function textOfVersion(document: TextDocument): () => string {
  if (document instanceof LargeTextDocument) return document.snapshot();
  const text = document.getText();
  return () => text;
}
