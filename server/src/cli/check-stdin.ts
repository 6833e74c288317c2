// `seeds check -`: one seed read from standard input, for editors and tools that pipe the buffer
// (ALE, efm-langserver, null-ls). `--stdin-filename NAME` names it in the output and places it
// for the configuration (found from NAME's folder) and the ignore globs (NAME relative to the
// working directory). --fix is refused: there is no file to write back to.
import { readFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import type { ResolvedConfig } from "../engine";
import { checkFileBytes, type CheckJob, type FileOutcome } from "./check-files";
import { UsageError } from "./files";

/** The name a seed from standard input gets in the output when --stdin-filename is not given. */
const STDIN_NAME = "<stdin>";

interface StdinSource {
  /** The name printed for the seed. */
  name: string;
  /** Where the configuration search starts: NAME's folder, else the working directory. */
  configStart: string;
}

/**
 * Decides from the command line whether the seed comes from standard input.
 * @param paths the positional arguments of `seeds check`
 * @param stdinFilename the value of --stdin-filename, if given
 * @param fix whether --fix was given
 * @returns the source, or undefined when files and folders are checked
 * @throws UsageError for `-` beside other paths, --fix with `-`, or --stdin-filename without `-`
 */
export function stdinSource(paths: readonly string[], stdinFilename: string | undefined, fix: boolean): StdinSource | undefined {
  if (!paths.includes("-")) {
    if (stdinFilename !== undefined) throw new UsageError("--stdin-filename names the seed read from standard input: add `-` as the path");
    return undefined;
  }
  if (paths.length > 1) throw new UsageError("`-` (standard input) cannot be checked together with other paths");
  if (fix) throw new UsageError("--fix cannot write a seed read from standard input: run `seeds check --fix FILE` on the file");
  if (stdinFilename === "") throw new UsageError("--stdin-filename must not be empty");
  return stdinFilename === undefined ? { name: STDIN_NAME, configStart: process.cwd() } : { name: stdinFilename, configStart: dirname(resolve(stdinFilename)) };
}

/** Whether the configuration's `ignore` globs exclude NAME (taken relative to the working directory). */
export function isIgnoredName(name: string, config: ResolvedConfig): boolean {
  if (name === STDIN_NAME) return false;
  const rel = relative(process.cwd(), resolve(name)).split(sep).join("/");
  return picomatch([...config.ignore], { dot: true })(rel);
}

/**
 * Reads all of standard input and checks it as the seed `source.name` (never written anywhere).
 * @throws UsageError when standard input cannot be read
 */
export async function checkStdin(source: StdinSource, job: Omit<CheckJob, "files" | "named">): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(0);
  } catch (error) {
    throw new UsageError(`cannot read standard input: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return checkFileBytes(source.name, bytes, { ...job, fix: false }, { named: true });
}
