// Checks a list of files: read, decode, check, optionally fix and write back. Runs in the main
// thread or in a worker (see parallel.ts); returns plain data either way. A file found by the
// folder walk is checked only when it is a seed (engine: isSeedFile), decided here where its
// bytes are read anyway; a file named on the command line is always checked.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { checkDecoded, decodeSeed, disabledRules, fixSeed, isSeedFile, summarize, type Finding, type ResolvedConfig, type SeedSummary } from "../engine";
import { writeFileAtomic } from "./write-atomic";

export interface FileOutcome {
  file: string;
  findings: Finding[];
  summary: SeedSummary;
  fixed: number;
  /** Set when the file could not be read at all. */
  readError?: string;
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
  return findings.map((f) => ({ ...f, fixes: f.fixes.filter((fix) => fix.safe).slice(0, 1).map((fix) => ({ ...fix, edits: [] })) }));
}

const noSummary = (file: string): SeedSummary => ({ file, regions: [], dataSources: [], disabled: [] });

export function checkFile(file: string, job: Omit<CheckJob, "files" | "named">, named: boolean): FileOutcome {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { file, findings: [], summary: noSummary(file), fixed: 0, readError: `cannot read '${file}': ${code ?? (error as Error).message}` };
  }
  const decoded = decodeSeed(bytes);
  if (!named && !isSeedFile(file, decoded.text)) return { file, findings: [], summary: noSummary(file), fixed: 0, notSeed: true };
  const options = { today: job.today, config: job.config };
  const checked = checkDecoded(decoded, options);
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
  const named = new Set(job.named);
  return job.files.map((file) => checkFile(file, job, named.has(resolve(file))));
}
