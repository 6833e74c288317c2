#!/usr/bin/env node
// The project's own corpus generator: writes N clean seeds (every figure in the table, the
// heading, the summary lines, the levers and the evidence agrees with the frontmatter), so a
// correct checker finds nothing in them. Used by tests/engine/corpus.test.ts,
// tests/lsp/fast-summary.test.ts and `npm run bench`.
//
//   node tests/corpus/gen-seeds.mjs --out DIR [--count 1000] [--seed 1] [--max-regions 19]
//                                   [--today 2026-11-28] [--ext md|txt|mixed]
//
// Deterministic: the same options write the same bytes. It deliberately does not import the
// engine (a generator that used the engine's own writer could not catch the engine's mistakes);
// currency symbols come from Intl, as SEED-FORMAT defines them. No dependencies.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Region, its usual currency, and the rough size of a salary there relative to San Francisco. */
const REGIONS = [
  ["San Francisco", "USD", 1],
  ["New York", "USD", 0.97],
  ["Seattle", "USD", 0.95],
  ["Austin", "USD", 0.84],
  ["Remote US", "USD", 0.8],
  ["Toronto", "CAD", 1.05],
  ["Vancouver", "CAD", 1.0],
  ["London", "GBP", 0.6],
  ["Edinburgh", "GBP", 0.5],
  ["Dublin", "EUR", 0.62],
  ["Berlin", "EUR", 0.56],
  ["Amsterdam", "EUR", 0.6],
  ["Lisbon", "EUR", 0.4],
  ["Zurich", "CHF", 0.85],
  ["Stockholm", "SEK", 5.8],
  ["Copenhagen", "DKK", 4.4],
  ["Warsaw", "PLN", 1.6],
  ["Tel Aviv", "ILS", 2.4],
  ["Bangalore", "INR", 22],
  ["Singapore", "SGD", 1.05],
  ["Hong Kong", "HKD", 5.5],
  ["Tokyo", "JPY", 105],
  ["Seoul", "KRW", 900],
  ["Sydney", "AUD", 1.1],
  ["Auckland", "NZD", 1.0],
  ["São Paulo", "BRL", 2.1],
  ["Mexico City", "MXN", 12],
];
const ROLES = [
  ["backend-engineer", "Backend Engineer", 175],
  ["senior-software-engineer", "Senior Software Engineer", 210],
  ["staff-software-engineer", "Staff Software Engineer", 255],
  ["ml-ai-engineer", "ML/AI Engineer", 225],
  ["data-scientist", "Data Scientist", 180],
  ["data-engineer", "Data Engineer", 175],
  ["product-manager", "Product Manager", 190],
  ["product-designer", "Product Designer", 165],
  ["site-reliability-engineer", "Site Reliability Engineer", 185],
  ["security-engineer", "Security Engineer", 195],
  ["engineering-manager", "Engineering Manager", 240],
  ["research-scientist", "Research Scientist", 235],
];
const ROLE_TYPES = ["standard", "standard", "leadership", "specialist"];
const QUALITIES = ["high", "medium", "low"];
const SOURCES = ["Levels.fyi", "Glassdoor", "Blind", "LinkedIn Salary", "Payscale", "Carta", "Pave", "Radford", "Harnham Salary Guide"];
const NAME_PARTS = [
  ["Blue", "Iron", "North", "Quiet", "Silver", "Amber", "Cobalt", "Lumen", "Orbit", "Tidal"],
  ["stone", "field", "wave", "forge", "light", "grid", "leaf", "peak"],
];
const NAME_SUFFIXES = ["Labs", "AI", "Systems", "Cloud", "Health", "Payments", "Robotics", "& Co"];
/** (low, high) bonus targets in percent; equal ends mean a single `bonus_pct`. */
const BONUSES = [
  [0, 0],
  [5, 5],
  [10, 10],
  [15, 15],
  [5, 15],
  [10, 20],
  [0, 10],
];
const DAY_MS = 86_400_000;

/** mulberry-style 32-bit PRNG: a function returning floats in [0, 1), fully determined by `seed`. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let t = state ^ (state >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return ((t ^ (t >>> 15)) >>> 0) / 2 ** 32;
  };
}

/** The symbol SEED-FORMAT calls canonical: Intl's en-US symbol; a code is followed by a space. */
function symbolOf(code) {
  const symbol = new Intl.NumberFormat("en-US", { style: "currency", currency: code }).formatToParts(0).find((p) => p.type === "currency").value;
  return /[A-Za-z]$/.test(symbol) ? `${symbol} ` : symbol;
}

/** An amount as the body writes it: whole thousands as K below a million, else M with up to 2 decimals. */
function written(code, value) {
  const text = value < 1e6 ? `${value / 1e3}K` : `${Number((value / 1e6).toFixed(2))}M`;
  return `${symbolOf(code)}${text}`;
}

/** Rounds a figure so that written() denotes it exactly (K below a million, 10K steps above). */
function exact(value, up = false) {
  const step = value < 1e6 ? 1e3 : 1e4;
  return (up ? Math.ceil(value / step) : Math.round(value / step)) * step;
}

const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * One clean seed.
 * @param {number} index position in the corpus (makes company ids unique)
 * @param {() => number} random the corpus's PRNG
 * @param {{maxRegions: number, todayMs: number, ext: string}} options
 * @returns {{name: string, text: string}} a file name and the seed's text (LF line endings)
 */
export function generateSeed(index, random, { maxRegions, todayMs, ext }) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (low, high) => low + Math.floor(random() * (high - low + 1));
  const shuffled = (list) =>
    list
      .map((item) => [random(), item])
      .sort((a, b) => a[0] - b[0])
      .map(([, item]) => item);

  const display = `${pick(NAME_PARTS[0])}${pick(NAME_PARTS[1])} ${pick(NAME_SUFFIXES)}`;
  const company = `${display.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${index}`;
  const [role, roleDisplay, anchorK] = pick(ROLES);
  const regions = shuffled(REGIONS).slice(0, int(1, Math.min(maxRegions, REGIONS.length)));
  const [bonus, bonusHigh] = pick(BONUSES);
  const sources = shuffled(SOURCES).slice(0, int(1, 4));
  // last_updated lies before today, the quarter before that, the review after today.
  const updatedMs = todayMs - int(1, 300) * DAY_MS;
  const quarterDate = new Date(updatedMs - int(0, 200) * DAY_MS);
  const quarter = `${quarterDate.getUTCFullYear()}-Q${Math.floor(quarterDate.getUTCMonth() / 3) + 1}`;
  const reviewMs = todayMs + int(1, 900) * DAY_MS;
  const dna = `${pick(["Premium base", "Cash-heavy", "Equity-led", "Balanced"])} offers, ${pick(["fast", "slow", "committee-driven"])} approvals`;
  const levels = `${display} ${pick(["L4", "L5", "IC3", "Senior"])} = Google ${pick(["L4", "L5", "L6"])}`;
  const internal = random() < 0.5 ? "null" : `"${pick(["E4", "L5", "IC4", "Senior II"])}"`;

  const comp = regions.map(([region, currency, factor]) => {
    const baseLow = exact(anchorK * 1e3 * factor * (0.88 + random() * 0.12));
    const baseHigh = exact(baseLow * (1.15 + random() * 0.2));
    const stockLow = exact(baseLow * (0.3 + random() * 0.7));
    const stockHigh = exact(stockLow * (1.5 + random() * 0.5));
    // Rounded up, so a total is never below base + stock/4 + bonus.
    const totalLow = exact(baseLow + stockLow / 4 + (baseLow * bonus) / 100 + random() * 15e3 * factor, true);
    const totalHigh = exact(baseHigh + stockHigh / 4 + (baseHigh * bonusHigh) / 100 + random() * 25e3 * factor, true);
    return { region, currency, baseLow, baseHigh, stockLow, stockHigh, totalLow, totalHigh };
  });

  const frontmatter = [
    "---",
    `company: ${company}`,
    `company_display: "${display}"`,
    `role: ${role}`,
    `role_display: "${roleDisplay}"`,
    `role_type: ${pick(ROLE_TYPES)}`,
    `last_updated: ${isoDate(updatedMs)}`,
    `data_quality: ${pick(QUALITIES)}`,
    `salary_data_quarter: ${quarter}`,
    `next_review_due: ${isoDate(reviewMs)}`,
    "compensation:",
    ...comp.flatMap((c) => [
      `  - region: ${c.region}`,
      `    base_low: ${c.baseLow}`,
      `    base_high: ${c.baseHigh}`,
      `    stock_low: ${c.stockLow}`,
      `    stock_high: ${c.stockHigh}`,
      `    bonus_pct: ${bonus}`,
      ...(bonusHigh > bonus ? [`    bonus_pct_high: ${bonusHigh}`] : []),
      `    total_comp_low: ${c.totalLow}`,
      `    total_comp_high: ${c.totalHigh}`,
      `    currency: ${c.currency}`,
    ]),
    "level_mapping:",
    `  internal: ${internal}`,
    `  raw: "${levels}"`,
    "data_sources:",
    ...sources.map((source) => `  - ${source}`),
    `negotiation_dna_summary: "${dna}"`,
    "---",
  ];
  const range = (code, low, high) => `${written(code, low)}–${written(code, high)}`;
  const bonusCell = bonusHigh > bonus ? `${bonus}–${bonusHigh}%` : `${bonus}%`;
  // The asks name the first region's base: its midpoint and its floor, both inside base_low..base_high.
  const first = comp[0];
  const ask = exact((first.baseLow + first.baseHigh) / 2);
  const body = [
    `### ${roleDisplay} | ${display} Global Negotiation Guide`,
    "",
    `**Negotiation DNA:** ${dna}`,
    "",
    "| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |",
    "|--------|-------------|-----------------|-------|------------|",
    ...comp.map(
      (c) =>
        `| ${c.region} | ${range(c.currency, c.baseLow, c.baseHigh)} | ${range(c.currency, c.stockLow, c.stockHigh)} | ${bonusCell} | ${range(c.currency, c.totalLow, c.totalHigh)} |`,
    ),
    "",
    `${display} hires ${roleDisplay}s in ${comp.length} ${comp.length === 1 ? "region" : "regions"}; recruiters have room at the top of each band.`,
    "",
    `**Level Mapping:** ${levels}`,
    "",
    "**Global Levers**",
    `1. **Scope:** "The scope of this role justifies ${written(first.currency, ask)} base in ${first.region}."`,
    '2. **Timing:** "I can sign this week if we close the gap."',
    "",
    `> **Negotiate Up Strategy:** "I need ${written(first.currency, ask)} base. My floor is ${written(first.currency, first.baseLow)}."`,
    "",
    "#### Evidence & Sources",
    ...sources.map((source) => `- ${source}: ${roleDisplay} offers`),
    "",
  ];
  const suffix = ext === "mixed" ? (index % 2 === 0 ? "md" : "txt") : ext;
  return { name: `${String(index).padStart(5, "0")}_${company}.${suffix}`, text: `${frontmatter.join("\n")}\n${body.join("\n")}` };
}

/**
 * Writes `count` seeds into `out` (created if missing).
 * @param {{out: string, count?: number, seed?: number, maxRegions?: number, today?: string, ext?: string}} options
 *   today is YYYY-MM-DD: every last_updated is before it and every next_review_due after it.
 * @returns {string[]} the file names written, in order
 */
export function writeCorpus({ out, count = 1000, seed = 1, maxRegions = 19, today = "2026-11-28", ext = "mixed" }) {
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const random = prng(seed);
  mkdirSync(out, { recursive: true });
  const names = [];
  for (let index = 0; index < count; index++) {
    const { name, text } = generateSeed(index, random, { maxRegions, todayMs, ext });
    writeFileSync(join(out, name), text);
    names.push(name);
  }
  return names;
}

/** Parses the command line; returns options or a one-line usage error. */
function parseArgs(argv) {
  const options = {};
  const numbers = { count: "count", seed: "seed", "max-regions": "maxRegions" };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    const name = flag?.startsWith("--") ? flag.slice(2) : undefined;
    if (value === undefined) return { error: `missing value after ${flag}` };
    if (name === "out") options.out = value;
    else if (name === "today" && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) options.today = value;
    else if (name === "ext" && ["md", "txt", "mixed"].includes(value)) options.ext = value;
    else if (name in numbers && /^\d+$/.test(value) && (name !== "max-regions" || Number(value) >= 1)) options[numbers[name]] = Number(value);
    else return { error: `bad option ${flag} ${value}` };
  }
  if (!options.out) return { error: "--out DIR is required" };
  return { options };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { options, error } = parseArgs(process.argv.slice(2));
  if (error) {
    console.error(`gen-seeds: ${error} (usage: --out DIR [--count N] [--seed S] [--max-regions R] [--today YYYY-MM-DD] [--ext md|txt|mixed])`);
    process.exit(2);
  }
  const names = writeCorpus(options);
  console.log(`wrote ${names.length} seeds to ${options.out}`);
}
