// The npm package as a user gets it: `npm pack`, `npm install -g` of the tarball into an empty
// prefix, then the installed `seeds`. esbuild bundles every runtime library into dist/, so the
// package has no dependencies: the install runs --offline with an empty cache, which proves that
// nothing (no dev dependency, no registry) is needed beside the tarball.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/run-cli";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const work = mkdtempSync(join(tmpdir(), "seeds-package-"));
const prefix = join(work, "prefix");
const installed = join(prefix, "lib", "node_modules", "seed-authoring");
let packed: { filename: string; size: number; files: { path: string }[] };

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist", "cli.js"))) throw new Error("dist/cli.js is missing: run `node build.mjs` (npm test does it first)");
  // --ignore-scripts: `prepare` (the build) must not rewrite dist/ under the other test files
  // running in parallel; npm test has just built it.
  const json = execFileSync(npm, ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { cwd: ROOT, encoding: "utf8" });
  packed = JSON.parse(json)[0];
  const env = { ...process.env, npm_config_cache: join(work, "cache"), npm_config_update_notifier: "false" };
  execFileSync(npm, ["install", "-g", "--prefix", prefix, "--offline", "--no-audit", "--no-fund", join(work, packed.filename)], {
    cwd: work,
    env,
    stdio: "pipe",
  });
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the npm package", () => {
  it("carries the CLI's bundles, the launcher, the schemas, the README and the licence, and nothing else", () => {
    expect(packed.files.map((file) => file.path).sort()).toEqual([
      "LICENSE",
      "README.md",
      "bin/seeds.js",
      "dist/cli.js",
      "dist/lsp-indexer.js",
      "dist/preview.css",
      "dist/seed.schema.json",
      "dist/seeds.config.schema.json",
      "package.json",
    ]);
    expect(readFileSync(join(installed, "LICENSE"), "utf8")).toMatch(/^MIT License\n/);
    // Installed with no dependencies at all (everything is in the bundles).
    expect(existsSync(join(installed, "node_modules"))).toBe(false);
    expect(readdirSync(join(prefix, "lib", "node_modules"))).toEqual(["seed-authoring"]);
  });

  it("builds on `npm pack` and `npm install` in a clone (prepare), so the tarball always has dist/", () => {
    expect(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.prepare).toBe("node build.mjs");
  });

  it("installed `seeds check` checks a seed: exact output and exit code", () => {
    const dir = join(work, "project");
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(ROOT, "seeds", "000_5ae9dcfe2e03ad59.txt"), join(dir, "000_5ae9dcfe2e03ad59.txt"));
    const run = spawnSync(join(prefix, "bin", "seeds"), ["check", "000_5ae9dcfe2e03ad59.txt", "--today", "2026-11-28", "--format", "json"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const findings = (JSON.parse(run.stdout) as { file: string; line: number; column: number; rule: string }[]).map(
      (f) => `${f.file}:${f.line}:${f.column} ${f.rule}`,
    );
    expect(findings).toEqual([
      "000_5ae9dcfe2e03ad59.txt:10:18 review-overdue",
      "000_5ae9dcfe2e03ad59.txt:54:47 table-bonus-range",
      "000_5ae9dcfe2e03ad59.txt:55:42 table-bonus-range",
      "000_5ae9dcfe2e03ad59.txt:56:40 table-bonus-range",
    ]);
    // The stylish report, byte for byte what the CLI prints from the repository.
    const stylish = spawnSync(join(prefix, "bin", "seeds"), ["check", "000_5ae9dcfe2e03ad59.txt", "--today", "2026-11-28", "--no-color"], {
      cwd: dir,
      encoding: "utf8",
    });
    const fromRepo = runCli(["check", "000_5ae9dcfe2e03ad59.txt", "--today", "2026-11-28", "--no-color"], { cwd: dir });
    expect([stylish.status, stylish.stderr]).toEqual([0, ""]);
    expect(stylish.stdout).toBe(fromRepo.stdout);
    // No "potentially fixable" line: the reference seed's bonus ranges are suggestions (nothing is lost by --fix).
    expect(stylish.stdout.split("\n").slice(-3)).toEqual(["", "✖ 4 problems (0 errors, 4 warnings)", ""]);
    const clean = spawnSync(
      join(prefix, "bin", "seeds"),
      ["check", "--today", "2026-11-28", "--no-color", join(ROOT, "seeds", "northwind-analytics-data-scientist.md")],
      { cwd: dir, encoding: "utf8" },
    );
    expect([clean.status, clean.stdout, clean.stderr]).toEqual([0, "1 seed checked, no problems.\n", ""]);
  });

  it("installed `seeds render` finds its stylesheet and `seeds --version` its version", () => {
    const render = spawnSync(join(prefix, "bin", "seeds"), ["render", join(ROOT, "seeds", "000_5ae9dcfe2e03ad59.txt"), "-o", join(work, "page.html")], {
      encoding: "utf8",
    });
    expect([render.status, render.stderr]).toEqual([0, ""]);
    expect(readFileSync(join(work, "page.html"), "utf8")).toContain(readFileSync(join(ROOT, "dist", "preview.css"), "utf8").slice(0, 200));
    const version = spawnSync(join(prefix, "bin", "seeds"), ["--version"], { encoding: "utf8" });
    expect(version.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version}\n`);
  });
});
