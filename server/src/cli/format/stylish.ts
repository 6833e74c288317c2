// ESLint-like output: findings grouped by file, aligned columns, a summary line.
import type { FileResult } from "./result";
import { isFixable } from "./result";

const ANSI = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4 } as const;

export function formatStylish(results: readonly FileResult[], color: boolean): string {
  const paint = (style: keyof typeof ANSI, text: string) => (color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
  const severityColor = { error: "red", warning: "yellow", info: "blue" } as const;
  let out = "";
  const totals = { error: 0, warning: 0, info: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const { file, findings } of results) {
    if (findings.length === 0) continue;
    out += `\n${paint("underline", file)}\n`;
    const positions = findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}`);
    const width = Math.max(...positions.map((p) => p.length));
    const severityWidth = Math.max(...findings.map((f) => f.severity.length));
    const messageWidth = Math.max(...findings.map((f) => f.message.length));
    findings.forEach((f, i) => {
      totals[f.severity]++;
      if (isFixable(f) && f.severity === "error") totals.fixableErrors++;
      if (isFixable(f) && f.severity === "warning") totals.fixableWarnings++;
      const position = paint("gray", positions[i]!.padEnd(width));
      const severity = paint(severityColor[f.severity], f.severity.padEnd(severityWidth));
      out += `  ${position}  ${severity}  ${f.message.padEnd(messageWidth)}  ${paint("gray", f.rule)}\n`;
    });
  }
  const problems = totals.error + totals.warning + totals.info;
  if (problems === 0) return "";
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const counts = `${plural(totals.error, "error")}, ${plural(totals.warning, "warning")}${totals.info ? `, ${totals.info} info` : ""}`;
  const summary = `\u2716 ${plural(problems, "problem")} (${counts})`;
  out += `\n${paint("bold", paint(totals.error ? "red" : "yellow", summary))}\n`;
  if (totals.fixableErrors + totals.fixableWarnings > 0) {
    const fixable = `${plural(totals.fixableErrors, "error")} and ${plural(totals.fixableWarnings, "warning")}`;
    out += paint(totals.error ? "red" : "yellow", `  ${fixable} potentially fixable with the \`--fix\` option.`) + "\n";
  }
  return out;
}
