// Checks a list of files: read, decode, check, optionally fix and write back. Runs in the main
// thread or in a worker (see parallel.ts); returns plain data either way. A file that cannot be
// read or written is reported in its outcome and never stops the others. A file found by the
// folder walk is checked only when it is a seed (engine: isSeedFile), decided here where its
// bytes are read anyway; a file named on the command line is always checked.
import { resolve } from "node:path";
import { checkDecoded, decodeSeed, disabledRules, isSeedFile, fixSeed, summarize, type Finding, type ResolvedConfig, type SeedSummary } from "../engine";
import { readRegularFileSync } from "../files/read-regular";
import { stopRequested } from "./stop";
import { writeFileKeepingIdentity } from "./write-atomic";

/** What `--fix` did to a file: fixed (written), unchanged (nothing to fix), or not written (why). */
type WriteStatus = { status: "fixed" } | { status: "unchanged" } | { status: "not-written"; reason: string };

export interface FileOutcome {
  file: string;
  findings: Finding[];
  summary: SeedSummary;
  /** Problems fixed and written. */
  fixed: number;
  /** Set when the file was not read: why (the file is then not checked). */
  readError?: string;
  /** With readError: true when it was left alone on purpose (not a regular file, too large), false for an error. */
  readSkipped?: boolean;
  /** Set with --fix for every file that was read. */
  write?: WriteStatus;
  /** Set when the walk found the file but it is not a seed: it was not checked. */
  notSeed?: true;
}

export interface CheckJob {
  files: string[];
  config: ResolvedConfig;
  today: string;
  fix: boolean;
  /** Absolute paths of the files named on the command line: checked whatever their content. */
  named: readonly string[];
}

function stripFixes(findings: Finding[]): Finding[] {
  // Workers send findings back as plain data; only whether a safe fix exists matters there.
  return findings.map((f) => ({
    ...f,
    fixes: f.fixes
      .filter((fix) => fix.safe)
      .slice(0, 1)
      .map((fix) => ({ ...fix, edits: [] })),
  }));
}

/**
 * Checks one file and, with `job.fix`, writes its safe fixes back (see write-atomic.ts).
 * Output: the findings after fixing (or before, when the fix was not written) and what happened.
 * Never throws for the file's sake: read and write failures are in the outcome.
 */
async function checkFile(file: string, job: Omit<CheckJob, "files" | "named">, named: boolean): Promise<FileOutcome> {
  const read = readRegularFileSync(file);
  if (!read.ok) return { file, findings: [], summary: noSummary(file), fixed: 0, readError: read.reason, readSkipped: read.skipped };
  return checkFileBytes(file, read.bytes, job, { named, identity: { dev: read.dev, ino: read.ino } });
}

const noSummary = (file: string): SeedSummary => ({ file, regions: [], dataSources: [], disabled: [] });

/**
 * Checks a seed's bytes (any encoding checkBytes reads) under the name `file`, unless it is not
 * `named` and not a seed (then `notSeed`); with job.fix, writes the fixed text back to `file`,
 * provided it still holds `bytes` and is the file `identity` names (device and inode, as read).
 * Never throws for bad content.
 */
export async function checkFileBytes(
  file: string,
  bytes: Uint8Array,
  job: Omit<CheckJob, "files" | "named">,
  { named, identity }: { named: boolean; identity?: { dev: number; ino: number } },
): Promise<FileOutcome> {
  const decoded = decodeSeed(bytes);
  if (!named && !isSeedFile(file, decoded.text)) return { file, findings: [], summary: noSummary(file), fixed: 0, notSeed: true };
  const options = { today: job.today, config: job.config };
  const checked = checkDecoded(decoded, options);
  let { seed, findings } = checked;
  let fixed = 0;
  let write: WriteStatus | undefined = job.fix ? { status: "unchanged" } : undefined;
  if (job.fix && identity && !checked.decodeError && findings.some((f) => f.fixes.some((fix) => fix.safe))) {
    const result = fixSeed(seed.text, options, checked);
    if (result.text !== seed.text) {
      const data = Buffer.from(checked.bom ? `\uFEFF${result.text}` : result.text, "utf8");
      const outcome = await writeFileKeepingIdentity(file, data, { expected: { bytes, ...identity }, isStopped: stopRequested });
      if (outcome.written) {
        fixed = result.applied;
        seed = result.seed;
        findings = result.findings;
        write = { status: "fixed" };
      } else {
        write = { status: "not-written", reason: outcome.reason };
      }
    }
  }
  return { file, findings: stripFixes(findings), summary: summarize(file, seed, disabledRules(seed.text)), fixed, write };
}

/**
 * Checks the files in order. With `job.fix` it yields to the event loop between files so a
 * SIGINT/SIGTERM handler can run, and stops (returning the outcomes so far) once one has.
 */
export async function checkFiles(job: CheckJob): Promise<FileOutcome[]> {
  const named = new Set(job.named);
  const outcomes: FileOutcome[] = [];
  for (const file of job.files) {
    if (stopRequested()) break;
    outcomes.push(await checkFile(file, job, named.has(resolve(file))));
    if (job.fix) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return outcomes;
}
