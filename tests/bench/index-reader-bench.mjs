// Indexing N seeds (read, decode, summarize) with the index's own reader (fast-summary.ts, the
// engine's full parse for what it declines) against the baseline of the engine's full parse of
// every seed, in one process, alternating the two so that load drifts hit both alike.
// ARCHITECTURE.md (Decisions) has the figures that kept this reader instead of gray-matter; the
// commit that measured gray-matter added it as a third reader here.
//
//   node tests/bench/index-reader-bench.mjs [--count 10000] [--runs 3]
import { buildSync } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const count = option("count", 10000);
const runs = option("runs", Number(process.env.BENCH_RUNS ?? 3));

const work = mkdtempSync(join(tmpdir(), "seeds-index-reader-"));
try {
  const outfile = join(work, "readers.cjs");
  buildSync({
    stdin: {
      contents: [
        'export { decodeSeed, disabledRules, parseSeed, summarize } from "./server/src/engine";',
        'export { fastSummary } from "./server/src/lsp/indexing/fast-summary";',
      ].join("\n"),
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile,
    logLevel: "silent",
  });
  const lib = createRequire(import.meta.url)(outfile);
  const dir = join(work, "seeds");
  const generated = spawnSync(
    process.execPath,
    [join(root, "tests/corpus/gen-seeds.mjs"), "--out", dir, "--count", String(count), "--max-regions", "6", "--today", "2026-11-28"],
    { encoding: "utf8" },
  );
  if (generated.status !== 0) throw new Error(`the corpus generator failed: ${generated.stderr}`);
  const files = readdirSync(dir).map((name) => join(dir, name));

  const engine = (file, text) => lib.summarize(file, lib.parseSeed(text), lib.disabledRules(text));
  const readers = { "engine parse (baseline)": () => undefined, "index reader": lib.fastSummary };
  const times = { "engine parse (baseline)": [], "index reader": [] };
  const declined = {};
  for (let run = 0; run < runs; run++) {
    for (const [name, reader] of Object.entries(readers)) {
      let fallbacks = 0;
      const start = performance.now();
      for (const file of files) {
        const { text } = lib.decodeSeed(readFileSync(file));
        if (!reader(file, text)) {
          fallbacks++;
          engine(file, text);
        }
      }
      times[name].push(performance.now() - start);
      declined[name] = fallbacks;
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const baseline = median(times["engine parse (baseline)"]);
  const reader = median(times["index reader"]);
  console.log(`index ${count} seeds (read + decode + summary), median of ${runs} runs, in-process`);
  console.log("engine (ms)  reader (ms)  ratio  declined");
  console.log(
    `${baseline.toFixed(0).padStart(11)}  ${reader.toFixed(0).padStart(11)}  ${(reader / baseline).toFixed(2).padStart(5)}  ${declined["index reader"]}`,
  );
  console.log(
    `BENCH ${JSON.stringify({ name: "index-reader-vs-engine", seeds: count, engineMs: baseline, readerMs: reader, ratio: reader / baseline, declined: declined["index reader"] })}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
