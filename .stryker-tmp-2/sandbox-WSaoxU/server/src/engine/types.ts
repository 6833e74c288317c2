// @ts-nocheck
// The engine's vocabulary. Offsets are UTF-16 indices into the document text (what JS strings
// and LSP both count); positions are 0-based. Adapters convert to 1-based for people.

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
/** A half-open offset interval [start, end) into the document text. */
export interface Span {
  start: number;
  end: number;
}
export type Severity = "error" | "warning" | "info";
export type SeveritySetting = Severity | "off";

/** Replace text[start, end) with newText. Offsets always refer to the original document. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}
export interface Fix {
  title: string;
  /** Safe fixes rewrite the body from the frontmatter (the truth); `--fix` applies only these. */
  safe: boolean;
  edits: TextEdit[];
}
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  span: Span;
  range: Range;
  fixes: Fix[];
}
