// @ts-nocheck
// `seeds check` on a folder checks the seeds in it, recognised by their content (engine:
// isSeedFile), and nothing else; a file named on the command line is always checked.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/run-cli";

const TODAY = ["--today", "2026-11-28"];
const CLEAN = ["northwind-analytics-data-scientist.md", "kestrel-security-security-engineer.txt"];
const README = "---\ntitle: Notes\n---\n# Notes\n\nHow we keep the seeds in this folder.\n";

interface JsonFinding {
  file: string;
  line: number;
  rule: string;
}

/** A flat folder of clean seeds (one .md, one .txt) and a README.md with non-seed frontmatter. */
function folderWithReadme(): string {
  const dir = mkdtempSync(join(tmpdir(), "seeds-detect-"));
  for (const name of CLEAN) copyFileSync(join(ROOT, "seeds", name), join(dir, name));
  writeFileSync(join(dir, "README.md"), README);
  writeFileSync(join(dir, "CHANGELOG.txt"), "2026-11-28: first seeds\n");
  return dir;
}

describe("seeds check recognises seeds by their content", () => {
  it("checks only the seeds of a folder holding a README.md with `title:` frontmatter, and exits 0", () => {
    const dir = folderWithReadme();
    const result = runCli(["check", ".", ...TODAY], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("2 seeds checked, no problems.\n");
    expect(result.status).toBe(0);
  });

  it("still checks a seed whose YAML no longer parses", () => {
    const dir = folderWithReadme();
    const text = readFileSync(join(ROOT, "seeds", CLEAN[0]!), "utf8");
    const broken = text.replace('company_display: "Northwind Analytics"', 'company_display: "Northwind Analytics');
    expect(broken).not.toBe(text);
    writeFileSync(join(dir, CLEAN[0]!), broken);
    const result = runCli(["check", ".", "--format", "json", ...TODAY], { cwd: dir });
    const findings = JSON.parse(result.stdout) as JsonFinding[];
    expect([...new Set(findings.map((f) => f.file))]).toEqual([CLEAN[0]]);
    expect(findings.map((f) => f.rule)).toContain("yaml-syntax");
    expect(result.status).toBe(1);
  });

  it("checks a file named on the command line whatever it holds", () => {
    const dir = folderWithReadme();
    const result = runCli(["check", "README.md", ".", "--format", "json", ...TODAY], { cwd: dir });
    const findings = JSON.parse(result.stdout) as JsonFinding[];
    expect([...new Set(findings.map((f) => f.file))]).toEqual(["README.md"]);
    // One finding names all 13 missing keys (one root cause, one finding).
    expect(findings.map((f) => f.rule)).toEqual(["missing-key", "unknown-key"]);
    expect(result.status).toBe(1);
  });
});
