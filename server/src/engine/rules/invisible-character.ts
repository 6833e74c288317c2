// Bidirectional controls and zero-width characters in the frontmatter or the table: text that
// reads one way and is shown another, or two values that look the same and are not (issue 9,
// "Trojan Source"). Removing them is a safe fix even in the frontmatter: what the author sees
// stays exactly as it was, and what the checker reads becomes what the author sees.
import type { Span } from "../types";
import { invisibleName, invisibleRuns, isBidiControl } from "../text/invisible";
import type { Rule } from "./rule";

function describe(codes: number[]): string {
  const names = [...new Set(codes)].map((code) => invisibleName(code)!);
  const what = codes.length === 1 ? "An invisible character" : `${codes.length} invisible characters`;
  return `${what} (${names.join(", ")})`;
}

const rule: Rule = {
  id: "invisible-character",
  severity: "warning",
  category: "file",
  description:
    "The frontmatter and the table (every line with a pipe) hold no bidirectional controls (U+202E…) or zero-width characters (U+200B…): text that looks right but reads otherwise.",
  fixable: "always",
  hasSuggestions: false,
  docs: {
    why: 'Invisible and bidirectional characters make text read one way and show another ("Trojan Source"), or make two equal-looking values differ; removing them changes nothing the author sees.',
    valid: { change: [] },
    invalid: {
      change: [['company_display: "Acme"', 'company_display: "Ac\u200bme"']],
      findings: [
        {
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 22,
          message: "An invisible character (U+200B ZERO WIDTH SPACE) in the frontmatter: the text looks the same without it, but does not compare equal.",
        },
      ],
    },
  },
  check({ seed, report }) {
    const regions: { span: Span; where: string }[] = [];
    const block = seed.frontmatter;
    if (block) regions.push({ span: { start: block.open.start, end: block.close.end }, where: "the frontmatter" });
    const table = seed.body.table;
    const tableLines = table ? [table.header.line, table.delimiter, ...table.rows.map((row) => row.line)] : [];
    // Pipe lines outside the table too: a hidden character in a delimiter row is what keeps the
    // table from being read as one, and the author should hear why.
    const pipeLines = seed.body.prose.filter((line) => line.text.includes("|"));
    for (const line of [...tableLines, ...pipeLines].sort((a, b) => a.span.start - b.span.start)) regions.push({ span: line.span, where: "the table" });
    for (const { span, where } of regions) {
      for (const run of invisibleRuns(seed.text, span.start, span.end)) {
        const effect = run.codes.some(isBidiControl)
          ? "a bidirectional control changes the order text is shown in, so what is seen is not what is read"
          : `the text looks the same without ${run.codes.length === 1 ? "it" : "them"}, but does not compare equal`;
        report({
          span: { start: run.start, end: run.end },
          message: `${describe(run.codes)} in ${where}: ${effect}.`,
          fixes: [
            {
              title: run.codes.length === 1 ? "Remove the invisible character" : "Remove the invisible characters",
              safe: true,
              edits: [{ start: run.start, end: run.end, newText: "" }],
            },
          ],
        });
      }
    }
  },
};
export default rule;
