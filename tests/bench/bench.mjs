// `npm run bench`: every figure the issues ask for, as a ratio against a baseline measured in
// the same run (shared machines are noisy; absolute times drift, ratios much less).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const generator = resolve(root, "tests/corpus/gen-seeds.mjs");
const runs = Number(process.env.BENCH_RUNS ?? 3);
const sizes = (process.env.BENCH_SIZES ?? "1000,10000").split(",").map(Number);

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return { seconds, stdout: result.stdout };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log(`seeds check --format json vs the floor (read + split + yaml.parse), median of ${runs} runs, whole process`);
console.log("seeds    floor (s)  check (s)  ratio  findings");
const work = mkdtempSync(join(tmpdir(), "seeds-bench-"));
try {
  for (const size of sizes) {
    const dir = join(work, String(size));
    const generated = spawnSync(process.execPath, [generator, "--out", dir, "--count", String(size), "--max-regions", "6", "--today", "2026-11-28"], {
      encoding: "utf8",
    });
    if (generated.status !== 0) throw new Error(`the corpus generator failed: ${generated.stderr}`);
    const floors = [];
    const checks = [];
    let findings = 0;
    for (let i = 0; i < runs; i++) {
      // Alternate so that drift in machine load hits both sides alike.
      floors.push(time(["tests/bench/floor.mjs", dir]).seconds);
      const check = time(["bin/seeds.js", "check", dir, "--format", "json", "--today", "2026-11-28"]);
      checks.push(check.seconds);
      findings = JSON.parse(check.stdout).length;
    }
    const floor = median(floors);
    const check = median(checks);
    console.log(
      `${String(size).padEnd(8)} ${floor.toFixed(2).padStart(9)}  ${check.toFixed(2).padStart(9)}  ${(check / floor).toFixed(2).padStart(5)}  ${findings}`,
    );
    console.log(`BENCH ${JSON.stringify({ name: "check-vs-floor", seeds: size, floorSeconds: floor, checkSeconds: check, ratio: check / floor, target: 2 })}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

for (const extra of ["tests/bench/lsp-bench.mjs", "tests/bench/render-bench.mjs", "tests/bench/hostile-bench.mjs", "tests/bench/index-reader-bench.mjs"]) {
  if (!existsSync(join(root, extra))) continue;
  console.log(`\n${extra}`);
  const result = spawnSync(process.execPath, [extra], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exitCode = 1;
}
