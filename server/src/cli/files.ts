// Finds seeds under the paths given on the command line, and reads the configuration.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, parseConfigText, type ResolvedConfig } from "../engine";

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
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const { config, errors } = parseConfigText(text);
  if (errors.length) throw new UsageError(errors.join("; "));
  return { config, file };
}

const toPosix = (path: string) => path.split(sep).join("/");

/** Files named are always included; folders are searched with the configured globs. */
export function findSeeds(paths: readonly string[], config: ResolvedConfig): string[] {
  const include = picomatch([...config.files], { dot: false });
  const ignore = picomatch([...config.ignore], { dot: true });
  const found: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const absolute = resolve(file);
    if (!seen.has(absolute)) {
      seen.add(absolute);
      found.push(file);
    }
  };
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`cannot read '${path}': ${code === "ENOENT" ? "no such file or directory" : code ?? (error as Error).message}`);
    }
    if (!stats.isDirectory()) {
      add(path);
      continue;
    }
    const walk = (dir: string) => {
      let names: string[];
      try {
        names = readdirSync(dir).sort();
      } catch (error) {
        throw new UsageError(`cannot read '${dir}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      for (const name of names) {
        const full = join(dir, name);
        const rel = toPosix(relative(path, full));
        if (name === "node_modules" || name === ".git" || ignore(rel) || ignore(`${rel}/`)) continue;
        let isDir = false;
        try {
          isDir = statSync(full).isDirectory();
        } catch {
          continue;
        }
        if (isDir) walk(full);
        else if (include(rel)) add(full);
      }
    };
    walk(path);
  }
  return found;
}

export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return toPosix(rel.startsWith("..") ? resolve(file) : rel || file);
}
