// Seed texts for the engine's tests. CLEAN is the reference seed made correct (its table's
// bonus cells say 5%, its review is due 2027-05-23): it has zero findings on TODAY. Broken
// variants are derived by exact string replacement, and every replacement asserts that its
// target is there exactly once, so a fixture that drifts makes the test fail, not pass.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const TODAY = "2026-11-28";

export const REFERENCE_PATH = fileURLToPath(new URL("../../seeds/000_5ae9dcfe2e03ad59.txt", import.meta.url));
/** The reference seed exactly as authors write it (bundled in seeds/, byte for byte). */
export const REFERENCE = readFileSync(REFERENCE_PATH, "utf8");

function countOf(text: string, target: string): number {
  let count = 0;
  for (let at = text.indexOf(target); at !== -1; at = text.indexOf(target, at + target.length)) count++;
  return count;
}

/** Replaces the single occurrence of `target`; throws when it is absent or ambiguous. */
export function replaceOnce(text: string, target: string, replacement: string): string {
  const count = countOf(text, target);
  if (count !== 1) throw new Error(`Fixture target must occur exactly once, found ${count}: ${JSON.stringify(target)}`);
  return text.replace(target, () => replacement);
}

/** Replaces every occurrence of `target` (at least one). */
export function replaceAll(text: string, target: string, replacement: string): string {
  if (!text.includes(target)) throw new Error(`Fixture target not found: ${JSON.stringify(target)}`);
  return text.split(target).join(replacement);
}

/** Applies [target, replacement] pairs in order, each with replaceOnce. */
export function variant(text: string, ...replacements: [string, string][]): string {
  return replacements.reduce((current, [target, replacement]) => replaceOnce(current, target, replacement), text);
}

/** Removes the single line that contains `needle` (with its line ending). */
export function removeLine(text: string, needle: string): string {
  const at = text.indexOf(needle);
  if (at === -1 || text.indexOf(needle, at + 1) !== -1) throw new Error(`Line to remove must occur exactly once: ${JSON.stringify(needle)}`);
  const start = text.lastIndexOf("\n", at) + 1;
  const newline = text.indexOf("\n", at);
  return text.slice(0, start) + text.slice(newline === -1 ? text.length : newline + 1);
}

/** The same text with CRLF line endings (line/column positions do not change). */
export const crlf = (text: string) => text.replace(/\r?\n/g, "\r\n");

export const CLEAN = variant(REFERENCE, ["next_review_due: 2026-05-23", "next_review_due: 2027-05-23"]).replace(/\| 5–15% \|/g, "| 5% |");

/** Rows of CLEAN's table, as written. */
export const ROWS = {
  sanFrancisco: "| San Francisco | $195K–$255K | $170K–$310K | 5% | $268K–$395K |",
  newYork: "| New York | $190K–$250K | $170K–$310K | 5% | $263K–$388K |",
  london: "| London | £148K–£194K | £128K–£233K | 5% | £203K–£300K |",
} as const;

export const LONDON_ENTRY = [
  "  - region: London",
  "    base_low: 148000",
  "    base_high: 194000",
  "    stock_low: 128000",
  "    stock_high: 233000",
  "    bonus_pct: 5",
  "    total_comp_low: 203000",
  "    total_comp_high: 300000",
  "    currency: GBP",
].join("\n");

export interface RegionFigures {
  region: string;
  currency: string;
  base: [number, number];
  stock: [number, number];
  total: [number, number];
  /** Table cells as the author wrote them: base, stock, total. */
  cells: [string, string, string];
}

/** CLEAN with its London entry and row replaced by another region (frontmatter and table). */
export function withThirdRegion(figures: RegionFigures): string {
  const entry = [
    `  - region: ${figures.region}`,
    `    base_low: ${figures.base[0]}`,
    `    base_high: ${figures.base[1]}`,
    `    stock_low: ${figures.stock[0]}`,
    `    stock_high: ${figures.stock[1]}`,
    "    bonus_pct: 5",
    `    total_comp_low: ${figures.total[0]}`,
    `    total_comp_high: ${figures.total[1]}`,
    `    currency: ${figures.currency}`,
  ].join("\n");
  const row = `| ${figures.region} | ${figures.cells[0]} | ${figures.cells[1]} | 5% | ${figures.cells[2]} |`;
  return variant(CLEAN, [LONDON_ENTRY, entry], [ROWS.london, row]);
}

const SAN_FRANCISCO_CELLS = { base: "$195K–$255K", stock: "$170K–$310K", bonus: "5%", total: "$268K–$395K" };

/** CLEAN with one cell of San Francisco's row rewritten. */
export function withSanFranciscoCell(column: keyof typeof SAN_FRANCISCO_CELLS, cell: string): string {
  const cells = { ...SAN_FRANCISCO_CELLS, [column]: cell };
  return variant(CLEAN, [ROWS.sanFrancisco, `| San Francisco | ${cells.base} | ${cells.stock} | ${cells.bonus} | ${cells.total} |`]);
}

/** CLEAN with the levers and strategy quote replaced by one paragraph of prose. */
export function withLevers(prose: string): string {
  const start = CLEAN.indexOf("**Global Levers**");
  const end = CLEAN.indexOf("#### Evidence & Sources");
  if (start === -1 || end === -1) throw new Error("CLEAN lost its levers");
  return `${CLEAN.slice(0, start)}**Global Levers**\n${prose}\n\n${CLEAN.slice(end)}`;
}

/** CLEAN with London renamed to a region holding a pipe, written `\|` in the table as GFM requires. */
export const REMOTE = variant(CLEAN, ["  - region: London", '  - region: "Remote (US|Canada)"'], ["| London |", "| Remote (US\\|Canada) |"]);
export const REMOTE_ROW = ROWS.london.replace("| London |", "| Remote (US\\|Canada) |");

/** A small, complete and clean seed (one region), for tests that want short texts and positions. */
export const SMALL = [
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

/**
 * CLEAN with New York written over San Francisco's entry by a YAML merge key: New York keeps
 * its own region, base, totals and currency and takes stock and bonus from `<<: *us` (the same
 * figures as in CLEAN, so it is clean too).
 */
export const MERGED = variant(
  CLEAN,
  ["  - region: San Francisco", "  - &us\n    region: San Francisco"],
  [
    "  - region: New York\n    base_low: 190000\n    base_high: 250000\n    stock_low: 170000\n    stock_high: 310000\n    bonus_pct: 5",
    "  - <<: *us\n    region: New York\n    base_low: 190000\n    base_high: 250000",
  ],
);
