// The scaffold "New Seed" writes (CLI and editor): every required key, one entry per region in
// its usual currency, and a body that agrees with the frontmatter. Its figures (all 0) and texts
// are placeholders, which the placeholder rule reports until the author fills them in.
import { addDays } from "./dates";
import { usualCurrency, type ResolvedConfig } from "./config";
import { headingText, tableText } from "./body-text";

export interface NewSeedInput {
  company: string;
  companyDisplay: string;
  role: string;
  roleDisplay: string;
  regions: string[];
  today: string;
  config: ResolvedConfig;
  eol?: string;
}

/** "Weights & Biases" -> "weights-and-biases": the kebab-case id the format expects (its own example's spelling). */
export function slugify(text: string): string {
  return (
    text
      .replace(/&/g, " and ")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      // Runs are already one dash: trim one at each end (`-+$` would rescan every run).
      .replace(/^-|-$/g, "")
  );
}

const quote = (text: string) => JSON.stringify(text);

/** Trimmed, without blanks and without case-insensitive duplicates, in the order given (the first spelling wins). */
export function uniqueRegions(regions: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of regions) {
    const region = raw.trim();
    const key = region.toLowerCase();
    if (region === "" || seen.has(key)) continue;
    seen.add(key);
    result.push(region);
  }
  return result;
}

/**
 * The texts New Seed writes where the author has to write their own. The placeholder rule reports
 * each until it is replaced, so a new seed is a to-do list rather than a clean seed.
 */
export const SCAFFOLD_PLACEHOLDERS = {
  levels: "(fill in equivalent levels)",
  dna: "(one-line summary of how this company pays and negotiates)",
  lever: "(a lever, with the amount you ask for)",
  strategy: "(the script you will say)",
  evidence: "(what it showed, and when)",
} as const;

function quarterOf(date: string): string {
  const [year, month] = date.split("-").map(Number) as [number, number];
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/**
 * The text of a new seed from the answers of `seeds new` or the editor's command: frontmatter with
 * zeros to fill in, the canonical body, lines ending in `input.eol` (default `\n`).
 */
export function newSeedText(input: NewSeedInput): string {
  const eol = input.eol ?? "\n";
  // A region named twice wants one entry (two would be duplicate-region's error at once).
  const given = uniqueRegions(input.regions);
  const regions = given.length ? given : ["San Francisco"];
  const entries = regions.map((region) => ({
    region,
    currency: usualCurrency(input.config, region) ?? "USD",
    base_low: 0,
    base_high: 0,
    stock_low: 0,
    stock_high: 0,
    bonus_pct: 0,
    total_comp_low: 0,
    total_comp_high: 0,
  }));
  const data = { role_display: input.roleDisplay, company_display: input.companyDisplay };
  const levels = `${input.companyDisplay} ${input.roleDisplay} = ${SCAFFOLD_PLACEHOLDERS.levels}`;
  const dna = SCAFFOLD_PLACEHOLDERS.dna;
  const yaml = [
    "---",
    `company: ${input.company}`,
    `company_display: ${quote(input.companyDisplay)}`,
    `role: ${input.role}`,
    `role_display: ${quote(input.roleDisplay)}`,
    "role_type: standard",
    `last_updated: ${input.today}`,
    "data_quality: low",
    `salary_data_quarter: ${quarterOf(input.today)}`,
    `next_review_due: ${addDays(input.today, input.config.reviewIntervalDays)}`,
    "compensation:",
    ...entries.flatMap((entry) => [
      `  - region: ${quote(entry.region)}`,
      ...Object.entries(entry)
        .filter(([key]) => key !== "region")
        .map(([key, value]) => `    ${key}: ${value}`),
    ]),
    "level_mapping:",
    "  internal: null",
    `  raw: ${quote(levels)}`,
    "data_sources:",
    "  - Levels.fyi",
    `negotiation_dna_summary: ${quote(dna)}`,
    "---",
  ];
  const body = [
    `### ${headingText(data)}`,
    "",
    `**Negotiation DNA:** ${dna}`,
    "",
    tableText(entries, eol),
    "",
    `**Level Mapping:** ${levels}`,
    "",
    "**Global Levers**",
    `1. **Competing Offers:** "${SCAFFOLD_PLACEHOLDERS.lever}"`,
    "",
    `> **Negotiate Up Strategy:** "${SCAFFOLD_PLACEHOLDERS.strategy}"`,
    "",
    "#### Evidence & Sources",
    `- Levels.fyi ${SCAFFOLD_PLACEHOLDERS.evidence}`,
    "",
  ];
  return [...yaml, ...body].join(eol);
}
