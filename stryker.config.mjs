// Mutation testing of the engine's rules, money and parsing (`npm run mutation`, not part of
// `npm test`: a full run takes hours on two shared cores). Survivors kept as equivalent are listed,
// each with why, in tests/engine/MUTATION.md. To work on one file:
//   npx stryker run --mutate server/src/engine/money.ts
// @ts-check
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  mutate: [
    "server/src/engine/rules/**/*.ts",
    // The rules' shared seed queries (moving out of rules/ into model/).
    "server/src/engine/model/**/*.ts",
    "server/src/engine/money.ts",
    "server/src/engine/parse/**/*.ts",
  ],
  // Each mutant runs only the tests that reach it.
  coverageAnalysis: "perTest",
  // Static mutants (in module-level constants: rule metadata, tables, the patterns built at load)
  // act only when the engine is imported again, and vitest.mutation.config.ts imports it once for
  // all test files (isolate: false, ten times faster). They are left out of the score, not run.
  ignoreStatic: true,
  // Results of earlier runs are reused for code and tests that did not change.
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  // Two cores shared with other work: one test process.
  concurrency: 1,
  // A loaded machine slows every run; a mutant is a timeout only well past the normal time.
  timeoutMS: 20000,
  dryRunTimeoutMinutes: 30,
  tempDirName: ".stryker-tmp",
  // Copy only what tests/engine reads into the sandbox.
  ignorePatterns: ["dist", ".bench", "tests/e2e/artifacts", "tests/render/artifacts", "*.vsix"],
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 80, break: null },
};
