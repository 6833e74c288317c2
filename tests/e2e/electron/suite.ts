/**
 * The extension-host test entry (`--extensionTestsPath`): runs the scenarios one after the
 * other, each from a clean editor state, prints a line per scenario and throws if any failed,
 * which makes VS Code exit non-zero. With SEED_E2E_RESULTS set, the results also go to that
 * JSON file (the code-server check of this suite reads it).
 */
import { writeFileSync } from "node:fs";
import { revertAndCloseAll } from "./api";
import { SCENARIOS } from "./scenarios";

export interface ScenarioResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

export interface SuiteResults {
  results: ScenarioResult[];
  timings: Record<string, number>;
}

export async function run(): Promise<void> {
  const results: ScenarioResult[] = [];
  const timings: Record<string, number> = {};
  for (const scenario of SCENARIOS) {
    const started = Date.now();
    try {
      await revertAndCloseAll();
      await scenario.run(timings);
      results.push({ name: scenario.name, ok: true, ms: Date.now() - started });
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      results.push({ name: scenario.name, ok: false, ms: Date.now() - started, error: message });
    }
    const last = results.at(-1)!;
    console.log(`${last.ok ? "✓" : "✗"} ${last.name} (${last.ms} ms)${last.error ? `\n    ${last.error.replace(/\n/g, "\n    ")}` : ""}`);
  }
  await revertAndCloseAll();
  const resultsFile = process.env.SEED_E2E_RESULTS;
  if (resultsFile) writeFileSync(resultsFile, JSON.stringify({ results, timings } satisfies SuiteResults, null, 2));
  const failed = results.filter((r) => !r.ok);
  console.log(`${results.length - failed.length}/${results.length} scenarios passed; timings ${JSON.stringify(timings)}`);
  if (failed.length > 0) throw new Error(`${failed.length} scenario(s) failed: ${failed.map((r) => r.name).join("; ")}`);
}
