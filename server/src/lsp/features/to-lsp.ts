// Engine values to protocol values. The engine already speaks 0-based lines and UTF-16
// characters, so ranges pass through; only severities, codes and edits need translating.
import { DiagnosticSeverity, type Diagnostic, type TextEdit as LspTextEdit } from "vscode-languageserver";
import type { Finding, LineIndex, Range, Severity, TextEdit } from "../../engine";
import { ruleDocUrl } from "../../engine";

export const DIAGNOSTIC_SOURCE = "seeds";

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Another place a diagnostic is about (the other seed of a duplicate, say). */
export interface Related {
  uri: string;
  range: Range;
  message: string;
}

/**
 * `Diagnostic.data` of a seeds diagnostic of an open document: the index of its finding among
 * the document's findings (Analysis.findings()), so that a code action reads its finding there.
 * Cross-file findings and unopened seeds' findings carry none.
 */
export interface FindingData {
  finding: number;
}

/** The finding index a diagnostic carries (FindingData), if it carries one; clients may drop `data`. */
export function findingIndex(diagnostic: Diagnostic): number | undefined {
  const data = diagnostic.data as Partial<FindingData> | null | undefined;
  return typeof data?.finding === "number" && Number.isInteger(data.finding) && data.finding >= 0 ? data.finding : undefined;
}

export function toDiagnostic(finding: Finding & { related?: Related[] }): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITIES[finding.severity],
    code: finding.rule,
    codeDescription: { href: ruleDocUrl(finding.rule) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.related?.length) diagnostic.relatedInformation = finding.related.map(({ uri, range, message }) => ({ location: { uri, range }, message }));
  return diagnostic;
}

export function toLspEdit(lines: LineIndex, edit: TextEdit): LspTextEdit {
  return { range: lines.range(edit), newText: edit.newText };
}

/** One edit turning `before` into `after`: the differing middle, so cursors and folds elsewhere stay put. */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never split a surrogate pair or a CRLF between the kept and the replaced text.
  while (start > 0 && (isLowSurrogate(before.charCodeAt(start)) || (before[start] === "\n" && before[start - 1] === "\r"))) start--;
  const splitsAtEnd = (at: number) => isLowSurrogate(before.charCodeAt(at)) || (before[at] === "\n" && before[at - 1] === "\r");
  while (end > 0 && splitsAtEnd(before.length - end)) end--;
  return { start, end: before.length - end, newText: after.slice(start, after.length - end) };
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
