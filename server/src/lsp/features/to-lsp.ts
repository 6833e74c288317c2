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
  while (end > 0 && (isLowSurrogate(before.charCodeAt(before.length - end)) || (before[before.length - end] === "\n" && before[before.length - end - 1] === "\r"))) end--;
  return { start, end: before.length - end, newText: after.slice(start, after.length - end) };
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
