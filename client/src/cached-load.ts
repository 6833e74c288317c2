// Loads a CommonJS bundle with V8's code cache, as Node's compile cache does for a process it
// starts (server-process.ts), but for one file only: the extension host is shared with other
// extensions, and module.enableCompileCache() would change how every module loaded after it is
// compiled. dist/extension-main.js (a megabyte) costs about 125 ms to compile on an idle core and
// 10 ms from the cache; every activation before the first seed's diagnostics waits for it.
// Node built-ins only: the bootstrap calls it before anything else has loaded.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";

/** Node's CommonJS wrapper: the bundle sees exports, require, module, __filename and __dirname. */
const wrap = (source: string) => `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;

/**
 * Runs the CommonJS file `file` and returns its exports, compiled from the code cache in
 * `cacheDir` when there is one for this very source and this V8, else compiled afresh; the cache
 * is then written (after the file has run, so it holds the functions its top level compiled).
 * Without `cacheDir`, or when anything about the cache fails, it is a plain `require(file)`.
 *
 * @param file absolute path of a CommonJS module (a bundle: it requires only built-ins and modules the host provides).
 * @param cacheDir folder for the cache files, created if needed; undefined: no cache.
 * @returns the module's exports. Throws what the module throws, as require() would.
 */
export function loadWithCodeCache(file: string, cacheDir: string | undefined): unknown {
  const requireFile = createRequire(file);
  if (!cacheDir) return requireFile(file);
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch {
    return requireFile(file);
  }
  // One entry per source and V8 version: a new bundle or a new host never runs a stale cache.
  const key = createHash("sha256").update(process.versions.v8).update("\0").update(source).digest("hex").slice(0, 32);
  const cacheFile = join(cacheDir, `${key}.v8`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined; // the first load with this bundle
  }
  const script = new Script(wrap(source), { filename: file, cachedData });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, requireFile, module, file, dirname(file));
  if (cachedData === undefined || script.cachedDataRejected) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile); // whole or absent: two windows may write it at once
      // The entries of earlier bundles will never be read again.
      for (const name of readdirSync(cacheDir)) if (name.endsWith(".v8") && join(cacheDir, name) !== cacheFile) rmSync(join(cacheDir, name), { force: true });
    } catch {
      // A cache that cannot be written only costs the next start its compile time.
    }
  }
  return module.exports;
}
