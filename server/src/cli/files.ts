// Finds seeds under the paths given on the command line, and reads the configuration.
import { existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, parseConfigText, type ResolvedConfig } from "../engine";
import { errorReason, readRegularFileSync } from "../files/read-regular";
import { SeedWalk, type WalkProblem } from "../files/walk";

export class UsageError extends Error {}

/** The nearest seeds.config.json from `start` upwards, or the defaults. */
export function loadConfig(start: string, explicit?: string): { config: ResolvedConfig; file?: string } {
  let file = explicit ? resolve(explicit) : undefined;
  if (!file) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      if (existsSync(join(dir, CONFIG_FILE_NAME))) {
        file = join(dir, CONFIG_FILE_NAME);
        break;
      }
      if (dirname(dir) === dir) break;
    }
  }
  if (!file) return { config: DEFAULT_CONFIG };
  // A config that is a FIFO or a device would hang the run or never end: read regular files only.
  const read = readRegularFileSync(file);
  if (!read.ok) throw new UsageError(`cannot read ${file}: ${read.reason}`);
  const { config, errors } = parseConfigText(Buffer.from(read.bytes).toString("utf8"));
  if (errors.length) throw new UsageError(errors.join("; "));
  return { config, file };
}

const toPosix = (path: string) => path.split(sep).join("/");

/** What a search found: candidate seeds, paths it could not take (each reported), our leftovers. */
interface FoundSeeds {
  /** Paths to check, each seed once (by real path), in a stable order. */
  files: string[];
  /** Paths not checked, with why: not a regular file, unreadable, a name that is not UTF-8. */
  problems: WalkProblem[];
  /** Temporary files left by an interrupted `--fix` (see temp-name.ts). */
  leftovers: { path: string; pid: number }[];
}

/**
 * Files named are always included (if they are regular files); folders are searched with the
 * configured globs (see files/walk.ts for what the walk guarantees). A path on the command line
 * that does not exist is bad usage: UsageError. Everything else the walk meets is in `problems`.
 */
export async function findSeeds(paths: readonly string[], config: ResolvedConfig): Promise<FoundSeeds> {
  const include = picomatch([...config.files], { dot: false });
  const ignore = picomatch([...config.ignore], { dot: true });
  const walk = new SeedWalk({
    isCandidate: (rel) => include(rel) && !ignore(rel),
    isSkippedDir: (rel) => ignore(rel) || ignore(`${rel}/`),
  });
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      throw new UsageError(`cannot read '${path}': ${errorReason(error)}`);
    }
    if (stats.isDirectory()) await walk.addFolder(path);
    else await walk.addFile(path);
  }
  return { files: walk.files.map((file) => file.path), problems: walk.problems, leftovers: walk.leftovers };
}

export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return toPosix(rel.startsWith("..") ? resolve(file) : rel || file);
}
