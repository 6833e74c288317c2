/**
 * Runs once per `npm run test:e2e`: builds the extension's .vsix, which every test file installs
 * into its own code-server. The path reaches the tests through `inject('vsixPath')`. The
 * prerequisites are checked by the tests themselves, so that a missing one shows as failed tests
 * with the install command (here vitest would only say "No test files found").
 */
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildVsix } from "./build-vsix";
import { ARTIFACTS_DIR, REPO_ROOT } from "./harness";
import { TIMINGS_FILE } from "./timings";

declare module "vitest" {
  export interface ProvidedContext {
    /** The .vsix built from the working tree for this run. */
    vsixPath: string;
    /** How long building it took (ms). */
    vsixBuildMs: number;
  }
}

/** Screenshots of failures are only written on failure: the last run's must not linger. */
function removeOldFailureScreenshots(): void {
  let names: string[] = [];
  try {
    names = readdirSync(ARTIFACTS_DIR);
  } catch {
    return; // no artifacts yet
  }
  for (const name of names) if (name.startsWith("failed-")) rmSync(join(ARTIFACTS_DIR, name), { force: true });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  removeOldFailureScreenshots();
  // Each test file adds its figures to timings.json (timings.ts): start the run's record afresh.
  rmSync(TIMINGS_FILE, { force: true });
  const started = Date.now();
  const built = await buildVsix(REPO_ROOT);
  project.provide("vsixPath", built.vsix);
  project.provide("vsixBuildMs", Date.now() - started);
  return () => built.cleanup();
}
