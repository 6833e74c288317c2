import { defineConfig } from "vitest/config";

// The tests Stryker runs against each mutant of the engine (`npm run mutation`, stryker.config.mjs):
// tests/engine, less the tests that measure time or feed megabytes. Under Stryker's
// instrumentation those take minutes per mutant and their budgets fail on the unmutated code;
// what they guard (linear time, no stack overflow) is checked by `npm test`. Left out:
// hostile-lines (200,000-character lines, timed), long-lines (a 10 MB line), large-input
// (10 MB bodies and 100,000 rows) and corpus (1,000 generated seeds, 15 s a run). Left out too:
// the property tests over whole seeds (properties, safe-fix-invariant, one-root-cause). Their
// inputs are drawn at random, so a mutant's verdict would change from run to run (incremental
// runs reuse verdicts), and each reaches every line of the engine, so every surviving mutant
// would run them; what they guard (a fix is stable, keeps the author's text, one root cause
// gives one finding) `npm test` checks.
export default defineConfig({
  test: {
    include: ["tests/engine/**/*.test.ts"],
    exclude: [
      "tests/engine/hostile-lines.test.ts",
      "tests/engine/long-lines.test.ts",
      "tests/engine/large-input.test.ts",
      "tests/engine/corpus.test.ts",
      "tests/engine/properties.test.ts",
      "tests/engine/safe-fix-invariant.test.ts",
      "tests/engine/one-root-cause.test.ts",
      "node_modules/**",
    ],
    // One module graph for all test files: each mutant's run does not import the engine again
    // for every file (Stryker switches mutants at run time, so the files need no isolation).
    isolate: false,
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
