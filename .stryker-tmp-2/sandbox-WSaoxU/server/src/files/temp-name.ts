// @ts-nocheck
// The name of the temporary file a fix is written to before it replaces the seed:
// `.NAME.seeds-tmp-PID-RANDOM` beside the seed. The leading dot and the suffix keep it out of
// every `files` glob (and the walk skips the pattern outright), so a leftover from a process that
// was killed (SIGKILL cannot be caught) is never checked as a seed; the PID lets the next
// `seeds check --fix` tell a leftover of a dead process from a live run's file and remove it.
import { randomBytes } from "node:crypto";

const MARKER = ".seeds-tmp-";

/** A fresh temporary name for a file named `base` (no folder), unique per process and call. */
export function tempNameFor(base: string, pid = process.pid): string {
  return `.${base}${MARKER}${pid}-${randomBytes(4).toString("hex")}`;
}

const isDigits = (text: string | undefined): text is string => text !== undefined && text.length > 0 && [...text].every((c) => c >= "0" && c <= "9");

/**
 * Earlier versions named their temporary files `.NAME.PID.MILLISECONDS.tmp` and left them behind
 * when killed: those are recognised too, so the next --fix removes them.
 */
function legacyTempNamePid(name: string): number | undefined {
  const parts = name.split(".");
  // ["", ...NAME, PID, MILLISECONDS, "tmp"], NAME holding at least one part.
  if (parts.length < 5 || parts[0] !== "" || parts[parts.length - 1] !== "tmp") return undefined;
  const [pid, millis] = parts.slice(-3, -1);
  return isDigits(pid) && isDigits(millis) && millis.length === 13 ? Number(pid) : undefined;
}

/** The PID in a temporary file's name, or undefined when the name is not one of ours. */
export function tempNamePid(name: string): number | undefined {
  if (!name.startsWith(".")) return undefined;
  if (name.endsWith(".tmp")) return legacyTempNamePid(name);
  const at = name.lastIndexOf(MARKER);
  if (at <= 1) return undefined;
  const [pid, random, ...rest] = name.slice(at + MARKER.length).split("-");
  if (rest.length || !pid || !random || random.length !== 8) return undefined;
  if (!isDigits(pid) || ![...random].every((c) => (c >= "0" && c <= "9") || (c >= "a" && c <= "f"))) return undefined;
  return Number(pid);
}
