// Workspace rules see summaries of many seeds; these helpers build them the way adapters do.
import { checkWorkspace, disabledRules, parseSeed, summarize, type Finding, type ResolvedConfig } from "../../../server/src/engine";

export const summaryOf = (file: string, text: string) => summarize(file, parseSeed(text), disabledRules(text));

/** Findings of one workspace rule by file, positions 1-based like the rule tester's. */
export function workspaceFindings(
  ruleId: string,
  files: Record<string, string>,
  config?: ResolvedConfig,
): Record<string, { line: number; column: number; endLine: number; endColumn: number; message: string }[]> {
  const byFile = checkWorkspace(
    Object.entries(files).map(([file, text]) => summaryOf(file, text)),
    { config },
  );
  const result: Record<string, { line: number; column: number; endLine: number; endColumn: number; message: string }[]> = {};
  for (const [file, findings] of byFile) {
    const mine = findings.filter((finding: Finding) => finding.rule === ruleId);
    if (mine.length)
      result[file] = mine.map(({ range, message }) => ({
        line: range.start.line + 1,
        column: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1,
        message,
      }));
  }
  return result;
}
