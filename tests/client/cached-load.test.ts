// The bootstrap loads dist/extension-main.js with V8's code cache (client/src/cached-load.ts): the
// module must behave as under require(), the cache be written once per bundle and then used, and
// a new bundle never run from an old entry.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadWithCodeCache } from "../../client/src/cached-load";

let dir: string;
let cache: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "seed-cached-load-"));
  cache = join(dir, "cache", "extension-host");
  mkdirSync(join(dir, "dist"));
  writeFileSync(join(dir, "dist", "helper.js"), "exports.twice = (n) => 2 * n;\n");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A bundle that uses everything CommonJS gives a module. */
function writeBundle(version: number): string {
  const file = join(dir, "dist", "main.js");
  writeFileSync(
    file,
    `const { basename } = require("node:path");\nconst helper = require("./helper");\nmodule.exports = { version: ${version}, file: basename(__filename), dir: basename(__dirname), thisIsExports: this === exports, doubled: helper.twice(21) };\n`,
  );
  return file;
}

const entries = () => readdirSync(cache).filter((name) => name.endsWith(".v8"));

describe("loading a bundle with V8's code cache", () => {
  it("gives the module what require() gives it, and writes the cache once", () => {
    const file = writeBundle(1);
    const expected = { version: 1, file: "main.js", dir: "dist", thisIsExports: true, doubled: 42 };
    expect(loadWithCodeCache(file, cache)).toEqual(expected);
    expect(entries()).toHaveLength(1);
    const written = statSync(join(cache, entries()[0]!)).mtimeMs;
    // From the cache: accepted by V8, so not written again.
    expect(loadWithCodeCache(file, cache)).toEqual(expected);
    expect(entries()).toHaveLength(1);
    expect(statSync(join(cache, entries()[0]!)).mtimeMs).toBe(written);
  });

  it("compiles a new bundle afresh and drops the old bundle's entry", () => {
    const file = writeBundle(1);
    loadWithCodeCache(file, cache);
    const [old] = entries();
    writeBundle(2);
    expect(loadWithCodeCache(file, cache)).toMatchObject({ version: 2 });
    expect(entries()).toHaveLength(1);
    expect(entries()[0]).not.toBe(old);
  });

  it("replaces an entry V8 rejects, and is a plain require() without a cache folder", () => {
    // A source this process has not compiled yet (V8 takes one it holds in memory without reading
    // the cache), with an unreadable entry under the name the loader gives it: sha256 of V8's version and the source.
    const file = writeBundle(4);
    const source = readFileSync(file, "utf8");
    const entry = `${createHash("sha256").update(process.versions.v8).update("\0").update(source).digest("hex").slice(0, 32)}.v8`;
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, entry), "not a code cache");
    expect(loadWithCodeCache(file, cache)).toMatchObject({ version: 4, doubled: 42 });
    expect(entries()).toEqual([entry]);
    expect(statSync(join(cache, entry)).size).toBeGreaterThan("not a code cache".length);
    expect(loadWithCodeCache(writeBundle(5), undefined)).toMatchObject({ version: 5, thisIsExports: true });
  });

  it("throws what the module throws", () => {
    const file = join(dir, "dist", "broken.js");
    writeFileSync(file, 'throw new Error("cannot load");\n');
    expect(() => loadWithCodeCache(file, cache)).toThrow("cannot load");
  });
});
