// Hostile lines: for every line shape the engine reads, a seed whose line of that shape holds a
// long run of one character (or a short motif) followed by a letter, which is what makes a
// backtracking regular expression or a rescanning loop take time that grows with the square of
// the line. Shared by the test (tests/engine/hostile-lines.test.ts) and `npm run bench`
// (tests/bench/hostile-bench.mjs), which bundles this file; so it reads no file itself.
import { checkSeed } from "../../server/src/engine";
import { checkForPreview, renderPreview } from "../../server/src/render";

export const HOSTILE_TODAY = "2026-11-28";

/** Where the payload goes: `{H}` in `line` is replaced; `line` is a line of the clean seed. */
export interface Shape {
  name: string;
  /** The exact line of the clean seed that this shape replaces. */
  target: string;
  /** The same line with `{H}` where the hostile payload goes. */
  line: string;
}

/**
 * The reference seed made clean (bonus_pct_high for its 5–15% cells, a review due after
 * HOSTILE_TODAY): every finding a hostile seed gets comes from its hostile line.
 */
export function cleanSeed(reference: string): string {
  return reference
    .replaceAll("    bonus_pct: 5\n", "    bonus_pct: 5\n    bonus_pct_high: 15\n")
    .replace("next_review_due: 2026-05-23", "next_review_due: 2027-05-23");
}

const HEADING = "### ML/AI Engineer | Weights & Biases Global Negotiation Guide";
const DNA = "**Negotiation DNA:** Premium Base + Growth-Stage Equity + AI Premium | MLOps Platform Leader | 2026 Focus: Intelligent ML Platform Features";
const LEVEL = "**Level Mapping:** W&B ML/AI Engineer = Google L4-L5 ML Engineer = Meta ML Engineer IC4-5 = Databricks ML Engineer = OpenAI SWE = Anthropic SWE";
const HEADER = "| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |";
const DELIMITER = "|--------|-------------|-----------------|-------|------------|";
const ROW = "| San Francisco | $195K–$255K | $170K–$310K | 5–15% | $268K–$395K |";
const ASK =
  "4. **AI Lab Competing Offers:** \"I'm weighing offers from Google DeepMind at $245K / $380K RSU and Anthropic at $235K / $320K equity. W&B's MLOps mission is compelling, but I need $250K base, $300K equity, and a $35K signing bonus to offset the liquidity risk.\"";
const EVIDENCE = "#### Evidence & Sources";
const ITEM = "- Glassdoor and Blind verified ML engineer offer threads at W&B and competitors";

/** Every line shape the engine reads, with the payload at a place that parser reads. */
export const SHAPES: Shape[] = [
  { name: "heading", target: HEADING, line: "### ML/AI Engineer {H} | Weights & Biases Global Negotiation Guide" },
  { name: "heading-end", target: HEADING, line: "### ML/AI Engineer | Weights & Biases Global Negotiation Guide{H}" },
  { name: "dna", target: DNA, line: "**Negotiation DNA:**{H} Premium Base + Growth-Stage Equity" },
  { name: "level-mapping", target: LEVEL, line: "**Level Mapping:**{H} W&B ML/AI Engineer = Google L4-L5 ML Engineer" },
  { name: "table-header", target: HEADER, line: "| Region {H}| Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |" },
  { name: "table-delimiter", target: DELIMITER, line: "|--------{H}|-------------|-----------------|-------|------------|" },
  { name: "cell-region", target: ROW, line: "| San Francisco{H} | $195K–$255K | $170K–$310K | 5–15% | $268K–$395K |" },
  { name: "cell-base", target: ROW, line: "| San Francisco | $195K{H}–$255K | $170K–$310K | 5–15% | $268K–$395K |" },
  { name: "cell-stock", target: ROW, line: "| San Francisco | $195K–$255K | $170K{H} | 5–15% | $268K–$395K |" },
  { name: "cell-bonus", target: ROW, line: "| San Francisco | $195K–$255K | $170K–$310K | 5{H}–15% | $268K–$395K |" },
  { name: "cell-total", target: ROW, line: "| San Francisco | $195K–$255K | $170K–$310K | 5–15% | {H}$268K–$395K |" },
  { name: "ask-sentence", target: ASK, line: '4. **AI Lab Competing Offers:** "I need $250K base{H} and $300K equity."' },
  { name: "evidence-heading", target: EVIDENCE, line: "#### Evidence & Sources{H}" },
  { name: "evidence-label", target: EVIDENCE, line: "**Evidence & Sources{H}**" },
  { name: "evidence-item", target: ITEM, line: "- Glassdoor and Blind{H} verified ML engineer offer threads" },
];

/** A payload: `unit` repeated to fill the line, then `end` (a letter, so a match must fail late). */
export interface Payload {
  name: string;
  unit: string;
  end: string;
}

export const PAYLOADS: Payload[] = [
  ...[" ", "|", "-", "1", "$", "K", "*", "#", "%", "\t", ":", ".", "–"].map((char) => ({ name: JSON.stringify(char), unit: char, end: "x" })),
  ...["- ", "| ", "$ ", "1 ", "* ", "# ", "% ", "1,", "$1", "** ", "-|", ":-"].map((pair) => ({ name: JSON.stringify(pair), unit: pair, end: "x" })),
  { name: "mixed", unit: " $1K |-*#% 5–", end: "x" },
  // One sentence holding thousands of asks, each in range.
  { name: "asks", unit: " I need $250K base and", end: " x" },
];

/** The clean seed with `shape`'s line replaced by one of `size` characters holding `payload`. */
export function hostileSeed(clean: string, shape: Shape, payload: Payload, size: number): string {
  const room = Math.max(0, size - (shape.line.length - 3) - payload.end.length);
  const filler = payload.unit.repeat(Math.ceil(room / payload.unit.length)).slice(0, room);
  return replaceLine(
    clean,
    shape.target,
    shape.line.replace("{H}", () => filler + payload.end),
  );
}

/**
 * The baseline: the clean seed with a prose line of `size` characters made of the seed's own
 * levers (asks and amounts, all inside the frontmatter's ranges), so it has no findings at all.
 */
export function baselineSeed(clean: string, size: number): string {
  const sentence = " I need $250K base, $300K equity, and a $35K signing bonus to offset the liquidity risk. Anthropic is offering $230K base.";
  const label = "5. **More levers:**";
  // Whole sentences, then words without digits: a cut amount would be an ask out of range.
  const line = `${label}${sentence.repeat(Math.floor((size - label.length) / sentence.length))}`.padEnd(size, " and more");
  return replaceLine(clean, EVIDENCE, `${line}\n\n${EVIDENCE}`);
}

function replaceLine(text: string, target: string, replacement: string): string {
  const at = text.indexOf(`\n${target}\n`);
  if (at === -1 || text.indexOf(`\n${target}\n`, at + 1) !== -1) throw new Error(`The clean seed must hold this line exactly once: ${target}`);
  return text.slice(0, at + 1) + replacement + text.slice(at + 1 + target.length);
}

/** Best (lowest) wall time in ms of up to `runs` runs; stops early once a run is within `enough`. */
export function bestTime(work: () => void, runs: number, enough = 0): number {
  let best = Infinity;
  for (let i = 0; i < runs && best > enough; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Best check and render times (ms) of a seed and of its baseline, measured turn about: a burst
 * of load on a shared machine then slows runs of both, not of one side only.
 */
export function timePaired(text: string, baselineText: string, runs: number): { time: Timing; baseline: Timing } {
  const time: Timing = { check: Infinity, render: Infinity };
  const baseline: Timing = { check: Infinity, render: Infinity };
  for (let i = 0; i < runs; i++) {
    for (const [into, seed] of [
      [baseline, baselineText],
      [time, text],
    ] as const) {
      const once = timeSeed(seed, 1);
      into.check = Math.min(into.check, once.check);
      into.render = Math.min(into.render, once.render);
    }
  }
  return { time, baseline };
}

export interface Timing {
  /** checkSeed: what `seeds check` and the editor's diagnostics do per seed. */
  check: number;
  /** checkForPreview + renderPreview: what `seeds render` and the preview do per seed. */
  render: number;
}

/** Check and render times (ms) of one seed; see bestTime. */
export function timeSeed(text: string, runs: number, enough: Timing = { check: 0, render: 0 }): Timing {
  const options = { today: HOSTILE_TODAY };
  const check = bestTime(() => checkSeed(text, options), runs, enough.check);
  const render = bestTime(() => renderPreview(checkForPreview(text, options), options), runs, enough.render);
  return { check, render };
}
