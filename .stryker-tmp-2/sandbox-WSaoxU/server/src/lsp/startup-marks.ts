// @ts-nocheck
// Startup timestamps for the e2e tier's cold-open breakdown: when SEEDS_STARTUP_MARKS names a
// file (the tests set it for code-server and its extension host; the forked server inherits it),
// each step of starting appends "name epoch-ms" to it. Otherwise nothing happens. Node built-ins
// only: the server and the bootstrap use it before anything else has loaded.
import { appendFileSync } from "node:fs";

export const STARTUP_MARKS_ENV = "SEEDS_STARTUP_MARKS";

/** Appends `name` and the time to the marks file, if one is set; never throws. */
export function markStartup(name: string): void {
  const file = process.env[STARTUP_MARKS_ENV];
  if (!file) return;
  try {
    appendFileSync(file, `${name} ${Date.now()}\n`);
  } catch {
    // A diagnostic aid only.
  }
}
