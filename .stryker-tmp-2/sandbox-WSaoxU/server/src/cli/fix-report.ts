// @ts-nocheck
// What a check run says on stderr besides its findings: every path it could not take (one line
// each, with the seed's own path), what --fix did to each file, and the leftovers it removed.
import { statSync, unlinkSync } from "node:fs";
import type { FileOutcome } from "./check-files";
import { displayPath } from "./files";

/** A path the run could not check or write, with why. */
export interface Problem {
  path: string;
  reason: string;
  /** "cannot read" (an error), "skipped" (on purpose: not a regular file, too large, a bad name), "not written". */
  verb: "cannot read" | "skipped" | "not written";
}

/** One line per problem, in the order met. */
export function problemLines(problems: readonly Problem[]): string {
  return problems.map((p) => `seeds: ${p.verb} '${displayPath(p.path)}': ${p.reason}\n`).join("");
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** The --fix report: a line per fixed file, then the counts (not-written files are problems). */
export function fixLines(outcomes: readonly FileOutcome[]): string {
  let text = "";
  let problems = 0;
  let files = 0;
  let unchanged = 0;
  let notWritten = 0;
  for (const outcome of outcomes) {
    if (outcome.write?.status === "fixed") {
      files++;
      problems += outcome.fixed;
      text += `fixed ${displayPath(outcome.file)} (${plural(outcome.fixed, "problem")})\n`;
    } else if (outcome.write?.status === "unchanged") unchanged++;
    else if (outcome.write?.status === "not-written") notWritten++;
  }
  const parts = [`${plural(unchanged, "file")} unchanged`];
  if (notWritten) parts.push(`${plural(notWritten, "file")} not written`);
  return `${text}Fixed ${plural(problems, "problem")} in ${plural(files, "file")}; ${parts.join("; ")}.\n`;
}

/** A temporary file of a dead process, or one too old to be a live write's, is garbage. */
const STALE_AFTER_MS = 60 * 60 * 1000;

function isStale(path: string, pid: number): boolean {
  if (pid === process.pid) return true; // this run has not written anything yet
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return true;
  }
  try {
    return Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS;
  } catch {
    return false;
  }
}

/** Removes leftovers of interrupted fixes (see temp-name.ts); returns a line per file removed. */
export function removeLeftovers(leftovers: readonly { path: string; pid: number }[]): string {
  let text = "";
  for (const { path, pid } of leftovers) {
    if (!isStale(path, pid)) continue;
    try {
      unlinkSync(path);
      text += `seeds: removed '${displayPath(path)}', a temporary file left by an interrupted fix\n`;
    } catch {
      // Gone already, or not ours to remove: it is never read as a seed either way.
    }
  }
  return text;
}
