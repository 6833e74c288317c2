// Checks a list of files: read, decode, check, optionally fix and write back. Runs in the main
// thread or in a worker (see parallel.ts); returns plain data either way.
import { readFileSync } from "node:fs";
import { checkBytes, disabledRules, fixSeed, summarize, type Finding, type ResolvedConfig, type SeedSummary } from "../engine";
import { writeFileAtomic } from "./write-atomic";

export interface FileOutcome {
  file: string;
  findings: Finding[];
  summary: SeedSummary;
  fixed: number;
  /** Set when the file could not be read at all. */
  readError?: string;
}

export interface CheckJob {
  files: string[];
  config: ResolvedConfig;
  today: string;
  fix: boolean;
}

function stripFixes(findings: Finding[]): Finding[] {
  // Workers send findings back as plain data; only whether a safe fix exists matters there.
  return findings.map((f) => ({ ...f, fixes: f.fixes.filter((fix) => fix.safe).slice(0, 1).map((fix) => ({ ...fix, edits: [] })) }));
}

export function checkFile(file: string, job: Omit<CheckJob, "files">): FileOutcome {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { file, findings: [], summary: { file, regions: [], dataSources: [], disabled: [] }, fixed: 0, readError: `cannot read '${file}': ${code ?? (error as Error).message}` };
  }
  return checkFileBytes(file, bytes, job);
}

/**
 * Checks a seed's bytes (any encoding checkBytes reads) under the name `file`; with job.fix,
 * writes the fixed text back to `file` atomically. Never throws for bad content.
 */
export function checkFileBytes(file: string, bytes: Uint8Array, job: Omit<CheckJob, "files">): FileOutcome {
  const options = { today: job.today, config: job.config };
  const checked = checkBytes(bytes, options);
  let { seed, findings } = checked;
  let fixed = 0;
  if (job.fix && !checked.decodeError && findings.some((f) => f.fixes.some((fix) => fix.safe))) {
    const result = fixSeed(seed.text, options, checked);
    if (result.text !== seed.text) {
      writeFileAtomic(file, checked.bom ? `\uFEFF${result.text}` : result.text);
      fixed = result.applied;
    }
    seed = result.seed;
    findings = result.findings;
  }
  return { file, findings: stripFixes(findings), summary: summarize(file, seed, disabledRules(seed.text)), fixed };
}

export function checkFiles(job: CheckJob): FileOutcome[] {
  return job.files.map((file) => checkFile(file, job));
}
