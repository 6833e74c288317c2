// Indexing N seeds (read, decode, summarize; the engine's full parse for what a reader declines)
// with each summary reader, in one process, alternating readers so that load drifts hit all
// alike. Prints the median per reader and its ratio to today's hand-written reader.
//
//   node tests/bench/index-reader-bench.mjs [--count 10000] [--runs 5] [--engine]
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
const runs = option("runs", 5);

const work = mkdtempSync(join(tmpdir(), "seeds-index-reader-"));
try {
  const outfile = join(work, "readers.cjs");
  buildSync({
    stdin: {
      contents: [
        'export { decodeSeed, disabledRules, parseSeed, summarize } from "./server/src/engine";',
        'export { fastSummary } from "./server/src/lsp/fast-summary";',
        'export { grayMatterSummary } from "./server/src/lsp/gray-matter-summary";',
      ].join("\n"),
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile,
    logLevel: "silent",
    // JS_YAML=DIR measures the reader with another js-yaml (e.g. 4.x, whose load has the same options).
    ...(process.env.JS_YAML ? { alias: { "js-yaml": process.env.JS_YAML } } : {}),
  });
  const lib = createRequire(import.meta.url)(outfile);
  const dir = join(work, "seeds");
  const generated = spawnSync(process.execPath, [join(root, "tests/corpus/gen-seeds.mjs"), "--out", dir, "--count", String(count), "--max-regions", "6", "--today", "2026-11-28"], { encoding: "utf8" });
  if (generated.status !== 0) throw new Error(`the corpus generator failed: ${generated.stderr}`);
  const files = readdirSync(dir).map((name) => join(dir, name));

  const engine = (file, text) => lib.summarize(file, lib.parseSeed(text), lib.disabledRules(text));
  const readers = {
    "hand-written (today)": lib.fastSummary,
    "gray-matter + js-yaml": lib.grayMatterSummary,
    // The full parse of every seed, for scale (slow: only when asked).
    ...(process.argv.includes("--engine") ? { "engine only": () => undefined } : {}),
  };
  const only = process.env.READER;
  if (only) for (const name of Object.keys(readers)) if (!name.startsWith(only)) delete readers[name];
  const times = Object.fromEntries(Object.keys(readers).map((name) => [name, []]));
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
  const baseline = median(times["hand-written (today)"] ?? [NaN]);
  console.log(`index ${count} seeds (read + decode + summary; engine parse when a reader declines), median of ${runs} runs`);
  console.log("reader                  ms      ratio  declined");
  for (const name of Object.keys(readers)) {
    const ms = median(times[name]);
    console.log(`${name.padEnd(22)} ${ms.toFixed(0).padStart(6)}  ${(ms / baseline).toFixed(2).padStart(6)}  ${declined[name]}`);
    console.log(`BENCH ${JSON.stringify({ name: "index-reader", reader: name, seeds: count, ms, baselineMs: baseline, ratio: ms / baseline, declined: declined[name] })}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
