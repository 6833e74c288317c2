// server/docs/rules.md, generated from the registry: per rule its metadata, why it exists, an
// invalid example with the findings it gives and a valid one. The findings shown are the ones
// the rule declares; tests/engine/rule-docs.test.ts runs each example and holds them equal, and
// tests/cli keeps the committed file equal to this output.
import { ALL_RULES, EXAMPLE_SEED, EXAMPLE_TODAY, exampleText, type AnyRule, type ExampleSeed, type ShownFinding } from "../engine";

const FENCE = "````";

// C0 controls (but tab and line feed), DEL, zero-width and bidirectional characters: written as
// \u{…} in the docs, where they would otherwise be invisible or garble the page.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const visible = (text: string) => text.replace(HIDDEN, (char) => `\\u{${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}}`);

const block = (language: string, text: string) => [`${FENCE}${language}`, visible(text.replace(/\n$/, "")), FENCE];

const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

/** One change as diff lines: lines both sides share at the start or the end are context, not -/+. */
function diffLines(before: string, after: string): string[] {
  const old = before === "" ? [] : before.replace(/\n$/, "").split("\n");
  const now = after === "" ? [] : after.replace(/\n$/, "").split("\n");
  let head = 0;
  while (head < old.length && head < now.length && old[head] === now[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < now.length - head && old[old.length - 1 - tail] === now[now.length - 1 - tail]) tail++;
  const context = (lines: string[]) => lines.map((line) => ` ${line}`);
  return [
    ...context(old.slice(0, head)),
    ...old.slice(head, old.length - tail).map((line) => `-${line}`),
    ...now.slice(head, now.length - tail).map((line) => `+${line}`),
    ...context(old.slice(old.length - tail)),
  ];
}

/** An example as the docs show it: a whole text, or the lines it changes in the example seed. */
function exampleLines(example: ExampleSeed, name: string): string[] {
  if ("text" in example) return [`${name}:`, "", ...block("markdown", example.text)];
  const { text, changes } = exampleText(example);
  if (changes.length === 0) return [`${name}: the [example seed](#the-example-seed) as it is.`];
  const lines = [
    `${name}: the [example seed](#the-example-seed) with ${changes.length === 1 ? "one change" : `${changes.length} changes`} (line numbers of the changed seed):`,
    "",
  ];
  for (const change of [...changes].sort((a, b) => a.at - b.at))
    lines.push(`Line ${lineAt(text, change.at)}:`, "", ...block("diff", diffLines(change.before, change.after).join("\n")), "");
  return lines.slice(0, -1);
}

function findingLines(rule: AnyRule, findings: readonly ShownFinding[]): string[] {
  const shown = findings.map(
    ({ file, line, column, endLine, endColumn, message }) =>
      `${file ? `${file}:` : ""}${line}:${column}-${endLine}:${endColumn}  ${rule.severity}  ${message}  ${rule.id}`,
  );
  return [`gives ${findings.length === 1 ? "this finding" : `these ${findings.length} findings`}:`, "", ...block("text", shown.join("\n"))];
}

function ruleSection(rule: AnyRule): string[] {
  const scope = rule.category === "workspace" ? "a folder of seeds" : `the ${rule.category}`;
  const fixable = { always: "yes, every finding (`seeds check --fix`)", sometimes: "some findings (`seeds check --fix`)", never: "no" }[rule.fixable];
  const lines = [
    `## ${rule.id}`,
    "",
    rule.description,
    "",
    "| Severity | Scope | Safe fix | Suggestions |",
    "|---|---|---|---|",
    `| ${rule.severity} | ${scope} | ${fixable} | ${rule.hasSuggestions ? "yes" : "no"} |`,
    "",
    `**Why.** ${rule.docs.why}`,
    "",
  ];
  if (rule.category === "workspace") {
    const folder = (files: Record<string, ExampleSeed>) => Object.entries(files).flatMap(([file, seed]) => [...exampleLines(seed, `\`${file}\``), ""]);
    lines.push("**Invalid.** A folder of two seeds.", "", ...folder(rule.docs.invalid.files), ...findingLines(rule, rule.docs.invalid.findings), "");
    lines.push("**Valid.** A folder of two seeds.", "", ...folder(rule.docs.valid.files));
  } else {
    lines.push(...exampleLines(rule.docs.invalid, "**Invalid.** The seed"), "", ...findingLines(rule, rule.docs.invalid.findings), "");
    lines.push(...exampleLines(rule.docs.valid, "**Valid.** The seed"), "");
  }
  lines.push(
    `**Configuration.** Severity: \`{"rules": {"${rule.id}": "off" | "info" | "warning" | "error"}}\` in \`seeds.config.json\`.${rule.docs.configuration ? ` ${rule.docs.configuration}` : ""}`,
    "",
  );
  return lines;
}

/** The whole of server/docs/rules.md. */
export function rulesMarkdown(): string {
  const lines = [
    "# Rules",
    "",
    "Generated by `seeds rules --markdown` from the rule registry (do not edit: `npm run build && node bin/seeds.js rules --markdown > server/docs/rules.md`).",
    'Set a rule\'s severity in `seeds.config.json` (`{"rules": {"review-overdue": "off"}}`) or turn it off in one seed with',
    "`<!-- seeds-disable rule-id -->` (or `# seeds-disable rule-id` inside the frontmatter).",
    "",
    "A **safe fix** rewrites what restates the frontmatter (the truth) or removes what nobody can see; `seeds check --fix` and",
    'the editor\'s "Fix all" apply only these. A **suggestion** is a fix the author chooses in the editor (a quick fix): it',
    "changes a fact, so it is never applied on its own.",
    "",
    `Each rule has an invalid and a valid example; the findings shown are what \`seeds check --today ${EXAMPLE_TODAY}\` reports for that rule (positions are line:column, 1-based), and a test runs every example.`,
    "",
    "## All rules",
    "",
    "| Rule | Severity | Scope | Safe fix | Suggestions |",
    "|---|---|---|---|---|",
    ...ALL_RULES.map((rule) => `| [${rule.id}](#${rule.id}) | ${rule.severity} | ${rule.category} | ${rule.fixable} | ${rule.hasSuggestions ? "yes" : "no"} |`),
    "",
    "## The example seed",
    "",
    "Most examples change a line or two of this seed, which has no finding:",
    "",
    ...block("markdown", EXAMPLE_SEED),
    "",
  ];
  for (const rule of ALL_RULES) lines.push(...ruleSection(rule));
  return lines.join("\n");
}
