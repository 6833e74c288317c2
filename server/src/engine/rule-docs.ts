// Where each rule is documented (diagnostics link here: LSP codeDescription, SARIF helpUri) and
// the seed the rules' examples start from: most examples are this seed with a line changed, so
// the docs show a one-line change and a meta-test runs the whole seed.
import type { ExampleSeed } from "./rules/rule";

export const RULE_DOCS = "https://github.com/seed-authoring/seed-authoring/blob/main/server/docs/rules.md";

/** The address of a rule's documentation (its anchor in the rules page), or of the page for "". */
export const ruleDocUrl = (id: string): string => (id ? `${RULE_DOCS}#${id}` : RULE_DOCS);

/** A small, complete seed with no finding (on any date before its review is due, 2027-01-15). */
export const EXAMPLE_SEED = [
  "---",
  "company: acme",
  'company_display: "Acme"',
  "role: software-engineer",
  "role_display: Software Engineer",
  "role_type: standard",
  "last_updated: 2026-06-01",
  "data_quality: medium",
  "salary_data_quarter: 2026-Q1",
  "next_review_due: 2027-01-15",
  "compensation:",
  "  - region: Berlin",
  "    base_low: 80000",
  "    base_high: 100000",
  "    stock_low: 40000",
  "    stock_high: 80000",
  "    bonus_pct: 10",
  "    total_comp_low: 98000",
  "    total_comp_high: 130000",
  "    currency: EUR",
  "level_mapping:",
  "  internal: L3",
  '  raw: "Acme L3 = Google L4"',
  "data_sources:",
  "  - Levels.fyi",
  'negotiation_dna_summary: "Cash-heavy offers"',
  "---",
  "### Software Engineer | Acme Global Negotiation Guide",
  "",
  "**Negotiation DNA:** Cash-heavy offers",
  "",
  "| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |",
  "|--------|-------------|-----------------|-------|------------|",
  "| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |",
  "",
  "**Level Mapping:** Acme L3 = Google L4",
  "",
  '> **Negotiate Up Strategy:** "I need €95K base."',
  "",
  "#### Evidence & Sources",
  "- Levels.fyi Berlin offers (2026)",
  "",
].join("\n");

/** The date rules' examples are checked on (rules never read the clock). */
export const EXAMPLE_TODAY = "2026-11-28";

/** Where a change landed in an example's text: the offset of its new text. */
export interface AppliedChange {
  before: string;
  after: string;
  at: number;
}

/**
 * The text of an example and where each change landed. Throws when a change's `before` text is
 * not in the seed exactly once (an example that drifted must fail, not pass unchanged).
 */
export function exampleText(example: ExampleSeed): { text: string; changes: AppliedChange[] } {
  if ("text" in example) return { text: example.text, changes: [] };
  let text = EXAMPLE_SEED;
  const changes: AppliedChange[] = [];
  for (const [before, after] of example.change) {
    const at = text.indexOf(before);
    if (at === -1 || text.indexOf(before, at + 1) !== -1) throw new Error(`An example's change must find its text exactly once: ${JSON.stringify(before)}`);
    text = text.slice(0, at) + after + text.slice(at + before.length);
    for (const change of changes) if (change.at > at) change.at += after.length - before.length;
    changes.push({ before, after, at });
  }
  return { text, changes };
}
