// Time that grows with the square of a line (issue 9): for every line shape the engine reads, a
// 200 KB line of a hostile payload must be checked, and rendered, in at most 3× the time of a
// clean seed of the same size, measured here in the same test. Best of a few runs tames the
// noise of a shared machine; a smaller rung first makes quadratic code fail in seconds, not hours.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSeed } from "../../server/src/engine";
import { baselineSeed, cleanSeed, hostileSeed, HOSTILE_TODAY, PAYLOADS, SHAPES, timePaired, timeSeed, type Payload, type Timing } from "./hostile-lines";

const clean = cleanSeed(readFileSync(join(__dirname, "../../seeds/000_5ae9dcfe2e03ad59.txt"), "utf8"));
const MAX_RATIO = 3;
const RUNS = 3;

type Step = "check" | "render";

const over = (time: Timing, baseline: Timing): Step[] => (["check", "render"] as const).filter((step) => time[step] > MAX_RATIO * baseline[step]);
const limitOf = (baseline: Timing): Timing => ({ check: MAX_RATIO * baseline.check, render: MAX_RATIO * baseline.render });

/**
 * Every case over the limit, confirmed: the cases over it after RUNS runs are measured again
 * with more runs, turn about with a fresh baseline, so that a pause of the shared machine is no
 * failure.
 */
function slowCases(size: number, payloads: readonly Payload[]): string[] {
  const baseline = timeSeed(baselineSeed(clean, size), 5);
  const suspects: string[] = [];
  for (const shape of SHAPES) {
    for (const payload of payloads) {
      const text = hostileSeed(clean, shape, payload, size);
      if (over(timeSeed(text, RUNS, limitOf(baseline)), baseline).length > 0) suspects.push(`${shape.name} ${payload.name}`);
    }
  }
  const slow: string[] = [];
  for (const shape of SHAPES) {
    for (const payload of payloads) {
      if (!suspects.includes(`${shape.name} ${payload.name}`)) continue;
      // Paired with a baseline measured turn about, so that both see the same load.
      const { time, baseline: fresh } = timePaired(hostileSeed(clean, shape, payload, size), baselineSeed(clean, size), 3 * RUNS);
      for (const step of over(time, fresh)) {
        slow.push(
          `${shape.name} ${payload.name} ${step}: ${time[step].toFixed(1)} ms, ${(time[step] / fresh[step]).toFixed(1)}× the clean ${fresh[step].toFixed(1)} ms`,
        );
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

  // Every payload at 25,000 characters (quadratic code fails here in seconds), then at 200,000
  // (a cell of 100,000 figures `1 1 1 …` read whole was 3–5× the clean seed there, not at 25,000).
  it("every line shape with every payload of 25,000 characters: check and render within 3× the clean seed", () => {
    expect(slowCases(25_000, PAYLOADS)).toEqual([]);
  }, 300_000);

  it("every line shape with every payload of 200,000 characters: check and render within 3× the clean seed", () => {
    expect(slowCases(200_000, PAYLOADS)).toEqual([]);
  }, 900_000);

  it("the ask sentence with the mixed motif (15,000 asks out of range): five findings and one for the rest", () => {
    const shape = SHAPES.find((candidate) => candidate.name === "ask-sentence")!;
    const payload = PAYLOADS.find((candidate) => candidate.name === "mixed")!;
    const findings = checkSeed(hostileSeed(clean, shape, payload, 200_000), { today: HOSTILE_TODAY }).findings;
    expect(findings.map((finding) => finding.rule)).toEqual(Array(6).fill("amount-out-of-range"));
    expect(findings[5]!.message).toBe(
      "15,375 more asks in this sentence lie outside the frontmatter's ranges (from $1K on); only the first 5 are reported one by one.",
    );
  });
});
