// `npm run mutation`: StrykerJS over the engine's parsing and money, its model and its rules, one
// part after another. Each part keeps its own incremental file, so a run stopped midway (the
// whole takes hours on two cores) resumes from the parts already done, and a part's code or
// tests that did not change are not run again. At the end the parts' reports are merged into
// one score (killed and timed-out mutants over all mutants with a verdict, static ones left
// out: see stryker.config.mjs), printed per file and written to reports/mutation/score.json.
//
//   node tests/mutation/run.mjs                    every part
//   node tests/mutation/run.mjs --part rules       one part (parse, model or rules)
//   node tests/mutation/run.mjs --concurrency 2    test processes (stryker.config.mjs: 1)
//   node tests/mutation/run.mjs --score            only merge the reports already there
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import base from "../../stryker.config.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const reports = join(root, "reports/mutation");

/** The parts, in the order they run; together they are stryker.config.mjs's `mutate`. */
export const PARTS = {
  parse: ["server/src/engine/parse/**/*.ts", "server/src/engine/money.ts"],
  model: ["server/src/engine/model/**/*.ts"],
  rules: ["server/src/engine/rules/**/*.ts"],
};

/**
 * The tests a part runs, where not all of tests/engine: every test reaches the parser, so each
 * surviving parser mutant would run all 1,900 of them (hours for the part). The parser's and
 * money's own tests, and the rules that read what they parse, are a lower bound of the score
 * against all tests (a mutant another test would kill counts as surviving here).
 */
const PART_TESTS = {
  parse: [
    ..."money cells parse-body parse-seed yaml-depth plain-runs html-blocks frontmatter linear-parsers bad-input seed-detection check golden key-examples"
      .split(" ")
      .map((name) => `tests/engine/${name}.test.ts`),
    ..."not-text yaml-syntax frontmatter-missing missing-key unknown-key table-cell-mismatch heading-mismatch dna-mismatch level-mapping-mismatch evidence-missing-source table-missing table-columns"
      .split(" ")
      .map((name) => `tests/engine/rules/${name}.test.ts`),
  ],
};

const reportOf = (part) => join(reports, `${part}.json`);
const args = process.argv.slice(2);
/** The value after a command-line option, if given. */
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

/** Runs Stryker over one part with the shared options; returns its exit status. */
function runPart(part) {
  mkdirSync(reports, { recursive: true });
  const config = {
    ...base,
    concurrency: Number(option("--concurrency") ?? base.concurrency),
    mutate: PARTS[part],
    ...(PART_TESTS[part] ? { testFiles: PART_TESTS[part] } : {}),
    incrementalFile: `reports/mutation/${part}-incremental.json`,
    reporters: ["progress", "json", "html"],
    jsonReporter: { fileName: `reports/mutation/${part}.json` },
    htmlReporter: { fileName: `reports/mutation/${part}.html` },
  };
  const file = join(reports, `${part}.config.json`);
  writeFileSync(file, JSON.stringify(config, null, 2));
  console.log(`\n== ${part}: ${PARTS[part].join(", ")}`);
  return spawnSync(process.execPath, [join(root, "node_modules/@stryker-mutator/core/bin/stryker.js"), "run", file], { cwd: root, stdio: "inherit" }).status;
}

const VERDICTS = { Killed: "killed", Timeout: "timeout", Survived: "survived", NoCoverage: "noCoverage" };

/** Per file and in total: killed, timeout, survived, noCoverage, and the score (percent). */
function score(parts) {
  const files = {};
  for (const part of parts) {
    if (!existsSync(reportOf(part))) continue;
    const report = JSON.parse(readFileSync(reportOf(part), "utf8"));
    for (const [file, result] of Object.entries(report.files)) {
      const counts = (files[file] = { killed: 0, timeout: 0, survived: 0, noCoverage: 0 });
      for (const mutant of result.mutants) if (VERDICTS[mutant.status]) counts[VERDICTS[mutant.status]]++;
    }
  }
  const total = { killed: 0, timeout: 0, survived: 0, noCoverage: 0 };
  for (const counts of Object.values(files)) for (const key of Object.keys(total)) total[key] += counts[key];
  const percent = (c) => (100 * (c.killed + c.timeout)) / (c.killed + c.timeout + c.survived + c.noCoverage || 1);
  return { files, total, percent };
}

const only = option("--part") ? [option("--part")] : Object.keys(PARTS);
if (only.some((part) => !PARTS[part])) {
  console.error(`Unknown part; the parts are ${Object.keys(PARTS).join(", ")}.`);
  process.exit(2);
}
let failed = false;
if (!args.includes("--score")) for (const part of only) failed ||= runPart(part) !== 0;

const { files, total, percent } = score(Object.keys(PARTS));
const missing = Object.keys(PARTS).filter((part) => !existsSync(reportOf(part)));
console.log("\nscore  killed timeout survived no-cov  file");
// Files whose every mutant is static (module-level tables) have no verdict: not listed.
const judged = Object.entries(files).filter(([, c]) => c.killed + c.timeout + c.survived + c.noCoverage > 0);
for (const [file, counts] of judged.sort(([, a], [, b]) => percent(a) - percent(b))) {
  console.log(
    `${percent(counts).toFixed(1).padStart(5)}% ${String(counts.killed).padStart(6)} ${String(counts.timeout).padStart(7)} ${String(counts.survived).padStart(8)} ${String(counts.noCoverage).padStart(6)}  ${file}`,
  );
}
console.log(
  `${percent(total).toFixed(2)}% of ${total.killed + total.timeout + total.survived + total.noCoverage} mutants: ${total.killed} killed, ${total.timeout} timed out, ${total.survived} survived, ${total.noCoverage} without coverage`,
);
if (missing.length) console.log(`Not run yet: ${missing.join(", ")} (the score covers the other parts only).`);
writeFileSync(join(reports, "score.json"), JSON.stringify({ total, score: percent(total), files, missing }, null, 2));
process.exit(failed ? 1 : 0);
