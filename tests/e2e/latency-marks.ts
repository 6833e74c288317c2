/**
 * Reading the timestamps that the extension, its language client and its server append to the
 * marks file (server/src/lsp/startup-marks.ts) when SEEDS_STARTUP_MARKS names it, and turning
 * them into the phases of a cold open or of an edit: where the time between the author's action
 * and the Problems row went, and how much of it is ours.
 */
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";

export interface Mark {
  name: string;
  /** Epoch ms. */
  at: number;
}

/** Every mark in the file, in the order written; none when the file does not exist yet. */
export function readMarks(file: string): Mark[] {
  let text = "";
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return [];
  }
  return text.split("\n").flatMap((line) => {
    const [name, at] = line.split(" ");
    return name && at ? [{ name, at: Number(at) }] : [];
  });
}

/** The first mark of each name written in [from, to) (epoch ms), as ms after `from`. */
export function firstAfter(marks: readonly Mark[], from: number, to = Infinity): Map<string, number> {
  const found = new Map<string, number>();
  for (const { name, at } of marks) if (at >= from && at < to && !found.has(name)) found.set(name, at - from);
  return found;
}

/** The value at quantile q (0..1) of `values`, nearest rank; NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/**
 * The machine's load as the bounds use it: the 1-minute load average, the cores, and how much
 * slower than on its own every process runs now (load per core, at least 1). A process that wants
 * a core gets one only cores/load of the time when more processes want one than there are cores.
 */
export function machineLoad(): { loadavg1: number; cores: number; oversubscription: number } {
  const loadavg1 = Math.round((loadavg()[0] ?? 0) * 100) / 100;
  const cores = availableParallelism();
  return { loadavg1, cores, oversubscription: Math.max(1, loadavg1 / cores) };
}
