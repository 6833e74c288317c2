// Hostile lines (issue 9): for every line shape the engine reads, a 200 KB line of each payload
// (runs of one character or of a pair, the mixed line, a sentence of asks), checked and rendered in-process,
// as a ratio against a clean seed of the same size measured in the same run (best of a few runs).
//   node tests/bench/hostile-bench.mjs [--size 200000] [--runs 5]
// Prints a table and one line `HOSTILE-BENCH {json}` with every number.
import { readFileSync, rmSync, mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const size = option("size", 200_000);
const runs = option("runs", 5); // best of 5: with 3, one GC pause in every run of one shape read as 3.1× once

// The same fixtures as the test, bundled with the engine and the renderer they measure.
const dir = mkdtempSync(join(tmpdir(), "seeds-hostile-bench-"));
const outfile = join(dir, "hostile.cjs");
buildSync({ entryPoints: [join(root, "tests/engine/hostile-lines.ts")], bundle: true, platform: "node", format: "cjs", outfile, logLevel: "silent" });
const hostile = createRequire(import.meta.url)(outfile);
rmSync(dir, { recursive: true, force: true });

const clean = hostile.cleanSeed(readFileSync(join(root, "seeds/000_5ae9dcfe2e03ad59.txt"), "utf8"));
const payloads = hostile.PAYLOADS;
// Warm up first (the first runs compile the engine), so the baseline is not the slowest figure.
hostile.timeSeed(hostile.baselineSeed(clean, size), 3);
const baseline = hostile.timeSeed(hostile.baselineSeed(clean, size), 5);
console.log(
  `Hostile lines of ${size.toLocaleString("en-US")} characters, best of ${runs} runs: clean seed of the same size check ${baseline.check.toFixed(1)} ms, render ${baseline.render.toFixed(1)} ms`,
);
console.log("shape              worst payload (check)   check ms  ratio   worst payload (render)  render ms  ratio");
const worstByShape = [];
for (const shape of hostile.SHAPES) {
  let worstCheck = { ratio: 0 };
  let worstRender = { ratio: 0 };
  for (const payload of payloads) {
    const time = hostile.timeSeed(hostile.hostileSeed(clean, shape, payload, size), runs);
    const check = { payload: payload.name, ms: time.check, ratio: time.check / baseline.check };
    const render = { payload: payload.name, ms: time.render, ratio: time.render / baseline.render };
    if (check.ratio > worstCheck.ratio) worstCheck = check;
    if (render.ratio > worstRender.ratio) worstRender = render;
  }
  worstByShape.push({ shape: shape.name, check: worstCheck, render: worstRender });
  console.log(
    `${shape.name.padEnd(18)} ${worstCheck.payload.padEnd(22)} ${worstCheck.ms.toFixed(1).padStart(9)} ${worstCheck.ratio.toFixed(2).padStart(6)}   ` +
      `${worstRender.payload.padEnd(22)} ${worstRender.ms.toFixed(1).padStart(9)} ${worstRender.ratio.toFixed(2).padStart(6)}`,
  );
}
const worst = Math.max(...worstByShape.map((r) => Math.max(r.check.ratio, r.render.ratio)));
console.log(`worst ratio ${worst.toFixed(2)} (target ≤ 3)`);
console.log(`HOSTILE-BENCH ${JSON.stringify({ size, runs, baseline, worst, target: 3, worstByShape })}`);
