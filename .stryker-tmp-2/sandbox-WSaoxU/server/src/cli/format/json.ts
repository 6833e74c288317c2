// @ts-nocheck
import type { FileResult } from "./result";
import { isFixable } from "./result";

/** One array of findings with 1-based lines and columns: the contract scripts rely on. */
export function formatJson(results: readonly FileResult[]): string {
  const rows = results.flatMap(({ file, findings }) =>
    findings.map((f) => ({
      file,
      line: f.range.start.line + 1,
      column: f.range.start.character + 1,
      endLine: f.range.end.line + 1,
      endColumn: f.range.end.character + 1,
      severity: f.severity,
      rule: f.rule,
      message: f.message,
      fixable: isFixable(f),
    })),
  );
  return `${JSON.stringify(rows, null, 2)}\n`;
}
