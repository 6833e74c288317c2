// @ts-nocheck
// Time that grows with the square of a line (issue 9): for every line shape the engine reads, a
// 200 KB line of a hostile payload must be checked, and rendered, in at most 3× the time of a
// clean seed of the same size, measured here in the same test. Best of a few runs tames the
// noise of a shared machine; a smaller rung first makes quadratic code fail in seconds, not hours.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSeed } from "../../server/src/engine";
import { baselineSeed, cleanSeed, hostileSeed, HOSTILE_TODAY, PAYLOADS, SHAPES, timeSeed, type Payload, type Timing } from "./hostile-lines";

const clean = cleanSeed(readFileSync(join(__dirname, "../../seeds/000_5ae9dcfe2e03ad59.txt"), "utf8"));
const MAX_RATIO = 3;
const RUNS = 3;

/**
 * Cases that are dense in what they legitimately cost, held to linear growth (8× the characters
 * may take at most 3 × 8× the time) instead of to the clean seed, which has none of it:
 * - the ask sentence with the mixed motif ("I need $250K base $1K |-*#% 5– $1K …") is one
 *   finding every 13 characters (15,000 asks out of range in 200 KB): each one built, located,
 *   sorted and drawn;
 * - the mixed motif's `*` sits between punctuation, so it can open or close emphasis: rendering
 *   it is one markdown-it delimiter token every 13 characters, wherever the line is;
 * - a table cell is GFM inline text read through markdown-it (issue 10), so a cell full of `*`
 *   runs is one delimiter token per run to check as well as to render: about 8× the clean seed
 *   at 200 KB, growing linearly.
 */
const TABLE_LINES = ["table-header", "cell-region", "cell-base", "cell-stock", "cell-bonus", "cell-total"];
const DENSE: { shape: string; payload: string; steps: readonly Step[] }[] = [
  { shape: "ask-sentence", payload: "mixed", steps: ["check", "render"] },
  ...SHAPES.filter((shape) => shape.name !== "ask-sentence").map((shape) => ({ shape: shape.name, payload: "mixed", steps: ["render"] as const })),
  ...TABLE_LINES.flatMap((shape) => ['"*"', '"* "', '"** "'].map((payload) => ({ shape, payload, steps: ["check", "render"] as const }))),
];
type Step = "check" | "render";
const denseSteps = (shape: string, payload: string) => DENSE.find((d) => d.shape === shape && d.payload === payload)?.steps ?? [];

const over = (time: Timing, baseline: Timing, skip: readonly Step[] = []) => (["check", "render"] as const).filter((step) => !skip.includes(step) && time[step] > MAX_RATIO * baseline[step]);
const limitOf = (baseline: Timing): Timing => ({ check: MAX_RATIO * baseline.check, render: MAX_RATIO * baseline.render });

/**
 * Every case over the limit, confirmed: the cases over it after RUNS runs are measured again
 * with more runs against a fresh baseline, so that a pause of the shared machine is no failure.
 */
function slowCases(size: number, payloads: readonly Payload[]): string[] {
  const baseline = timeSeed(baselineSeed(clean, size), 5);
  const suspects: string[] = [];
  for (const shape of SHAPES) {
    for (const payload of payloads) {
      const text = hostileSeed(clean, shape, payload, size);
      if (over(timeSeed(text, RUNS, limitOf(baseline)), baseline, denseSteps(shape.name, payload.name)).length > 0) suspects.push(`${shape.name} ${payload.name}`);
    }
  }
  const slow: string[] = [];
  for (const shape of SHAPES) {
    for (const payload of payloads) {
      if (!suspects.includes(`${shape.name} ${payload.name}`)) continue;
      // Paired with a baseline measured just before, so that both see the same load.
      const fresh = timeSeed(baselineSeed(clean, size), 2 * RUNS);
      const time = timeSeed(hostileSeed(clean, shape, payload, size), 2 * RUNS, limitOf(fresh));
      for (const step of over(time, fresh, denseSteps(shape.name, payload.name))) {
        slow.push(`${shape.name} ${payload.name} ${step}: ${time[step].toFixed(1)} ms, ${(time[step] / fresh[step]).toFixed(1)}× the clean ${fresh[step].toFixed(1)} ms`);
      }
    }
  }
  return slow;
}

describe("hostile lines", () => {
  it("the fixtures: the clean seeds have no findings, each hostile seed differs from the clean one", () => {
    expect(checkSeed(clean, { today: HOSTILE_TODAY }).findings).toEqual([]);
    expect(checkSeed(baselineSeed(clean, 200_000), { today: HOSTILE_TODAY }).findings).toEqual([]);
    const size = 1000;
    for (const shape of SHAPES) {
      const text = hostileSeed(clean, shape, PAYLOADS[0]!, size);
      expect(text.length - clean.length, shape.name).toBe(size - shape.target.length);
      expect(text).toContain(`${" ".repeat(100)}x`);
    }
  });

  // Every payload at 25,000 characters (quadratic code fails here in seconds), then the runs of
  // one character, the mixed line and the asks at 200,000.
  it("every line shape with every payload of 25,000 characters: check and render within 3× the clean seed", () => {
    expect(slowCases(25_000, PAYLOADS)).toEqual([]);
  }, 300_000);

  it("every line shape with a 200 KB line of each character, mixed, and asks: check and render within 3× the clean seed", () => {
    expect(slowCases(200_000, PAYLOADS.filter((payload) => payload.unit.length === 1 || payload.name === "mixed" || payload.name === "asks"))).toEqual([]);
  }, 600_000);

  it.each(DENSE.map((dense) => [`${dense.shape} ${dense.payload}`, dense] as const))("%s: 8× the line takes at most 3 × 8× the time", (_name, dense) => {
    const shape = SHAPES.find((candidate) => candidate.name === dense.shape)!;
    const payload = PAYLOADS.find((candidate) => candidate.name === dense.payload)!;
    const small = timeSeed(hostileSeed(clean, shape, payload, 25_000), 5);
    const large = timeSeed(hostileSeed(clean, shape, payload, 200_000), RUNS);
    for (const step of dense.steps) expect(large[step] / small[step], step).toBeLessThan(MAX_RATIO * 8);
  }, 300_000);

  it("the ask sentence with the mixed motif is a finding every 13 characters", () => {
    const shape = SHAPES.find((candidate) => candidate.name === "ask-sentence")!;
    const payload = PAYLOADS.find((candidate) => candidate.name === "mixed")!;
    expect(checkSeed(hostileSeed(clean, shape, payload, 200_000), { today: HOSTILE_TODAY }).findings.length).toBeGreaterThan(15_000);
  });
});
