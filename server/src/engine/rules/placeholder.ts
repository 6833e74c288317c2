// A seed New Seed made is a to-do list: its amounts are 0 and its texts are placeholders such
// as "(one-line summary …)". Each stays a finding until the author fills it in, so an unfinished
// seed does not pass CI as a clean one.
import { SCAFFOLD_PLACEHOLDERS } from "../new-seed";
import { CELL_KINDS, COLUMNS } from "../schema/columns";
import type { Seed } from "../parse/seed";
import type { Span } from "../types";
import type { Report, Rule } from "./rule";
import { entries, type Entry } from "../model/frontmatter-data";

// A salary or total of 0 is never a real figure. Stock and bonus may really be 0, so they count
// as placeholders only in an entry whose every amount is still 0 (as New Seed writes it).
// In table order; `bonus_pct_high` is optional, so New Seed writes no 0 for it.
const FIGURES = CELL_KINDS.flatMap((kind) => (COLUMNS[kind].cell === "percent" ? [COLUMNS[kind].low] : [COLUMNS[kind].low, COLUMNS[kind].high]));
const NEVER_ZERO = [COLUMNS.base.low, COLUMNS.base.high, COLUMNS.total.low, COLUMNS.total.high];
const AMOUNTS = FIGURES.filter((key) => key !== COLUMNS.bonus.low);

/** One finding per entry, on its first placeholder figure, naming them all. */
function zeroFigures(seed: Seed, entry: Entry): Report | undefined {
  const path = (key: string) => ["compensation", entry.index, key];
  // A figure a merge key brings in is reported where it is written, not again at the alias.
  const zero = (key: string) => entry.data[key] === 0 && !seed.nodes?.aliasSpan(path(key));
  const scaffold = AMOUNTS.every((key) => entry.data[key] === 0);
  const keys = (scaffold ? FIGURES : NEVER_ZERO).filter(zero);
  const first = keys[0] && seed.nodes?.valueSpan(path(keys[0]));
  if (!first) return undefined;
  const names = keys.map((key) => `'${key}'`);
  const list = names.length === 1 ? `${names[0]} is` : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]} are`;
  const where = entry.region ?? `compensation entry ${entry.index + 1}`;
  return { span: first, message: `Placeholder figures for ${where}: ${list} 0; fill in the real figures.` };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// One pass over the text for every placeholder: a literal alternation, linear time.
const PLACEHOLDER_TEXT = new RegExp(Object.values(SCAFFOLD_PLACEHOLDERS).map(escape).join("|"), "g");

/** Is `span` inside the body line that restates a frontmatter text (the DNA or Level Mapping line)? */
function restated(seed: Seed, span: Span): boolean {
  return [seed.body.dna, seed.body.levelMapping].some((line) => line && line.valueSpan.start <= span.start && span.end <= line.valueSpan.end);
}

const rule: Rule = {
  id: "placeholder",
  severity: "error",
  category: "body",
  description: 'The seed has no placeholders left from New Seed: amounts of 0 and texts such as "(one-line summary …)".',
  fixable: "never",
  hasSuggestions: false,
  docs: {
    why: "A seed made by New Seed is a to-do list; its placeholders must not pass CI as if they were real figures and texts.",
    valid: { change: [] },
    invalid: {
      change: [["    base_low: 80000", "    base_low: 0"]],
      findings: [{ line: 13, column: 15, endLine: 13, endColumn: 16, message: "Placeholder figures for Berlin: 'base_low' is 0; fill in the real figures." }],
    },
  },
  check({ seed, report }) {
    for (const entry of entries(seed)) {
      const finding = zeroFigures(seed, entry);
      if (finding) report(finding);
    }
    const frontmatterEnd = seed.frontmatter?.close.start ?? seed.start;
    const inFrontmatter = new Set<string>();
    for (const match of seed.text.matchAll(PLACEHOLDER_TEXT)) {
      const placeholder = match[0];
      const span = { start: match.index, end: match.index + placeholder.length };
      if (span.start < frontmatterEnd) inFrontmatter.add(placeholder);
      // The body's DNA and Level Mapping lines restate the frontmatter: one placeholder, one finding.
      else if (inFrontmatter.has(placeholder) && restated(seed, span)) continue;
      report({ span, message: `Placeholder text from New Seed: replace '${placeholder}' with your own.` });
    }
  },
};
export default rule;
