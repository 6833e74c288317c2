/**
 * tests/e2e/artifacts/timings.json: what each e2e file measured (ms), merged so that every file
 * of a run adds its figures to the record without overwriting the others'.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ARTIFACTS_DIR } from "./harness";

export const TIMINGS_FILE = join(ARTIFACTS_DIR, "timings.json");

/** Adds `timings` to timings.json (keeping what other files of the run wrote). */
export function recordTimings(timings: Record<string, number>): void {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  let previous: Record<string, number> = {};
  try {
    previous = JSON.parse(readFileSync(TIMINGS_FILE, "utf8")) as Record<string, number>;
  } catch {
    previous = {}; // the run's first file
  }
  writeFileSync(TIMINGS_FILE, `${JSON.stringify({ ...previous, ...timings }, null, 2)}\n`);
}
