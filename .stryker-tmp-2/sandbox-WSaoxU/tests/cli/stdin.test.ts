// @ts-nocheck
// `seeds check -`: a seed piped on standard input, as ALE, efm-langserver and similar tools run
// linters. The CLI runs as a process; every expectation is exact.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/run-cli";

const REFERENCE = readFileSync(join(ROOT, "seeds/000_5ae9dcfe2e03ad59.txt"), "utf8");
const TODAY = ["--today", "2026-11-28"];
const REFERENCE_FINDINGS = ["10:18 review-overdue", "54:47 table-bonus-range", "55:42 table-bonus-range", "56:40 table-bonus-range"];

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  rule: string;
}
const rows = (stdout: string) => (JSON.parse(stdout) as JsonFinding[]).map((f) => `${f.file} ${f.line}:${f.column} ${f.rule}`);

describe("seeds check -", () => {
  it("checks the seed on standard input and calls it <stdin>", () => {
    const result = runCli(["check", "-", "--format", "json", ...TODAY], { input: REFERENCE });
    expect([result.status, result.stderr]).toEqual([0, ""]);
    expect(rows(result.stdout)).toEqual(REFERENCE_FINDINGS.map((f) => `<stdin> ${f}`));
  });

  it("reads a BOM and CRLF line endings at the same positions", () => {
    const result = runCli(["check", "-", "--format", "json", ...TODAY], { input: `\uFEFF${REFERENCE.replace(/\n/g, "\r\n")}` });
    expect(rows(result.stdout)).toEqual(REFERENCE_FINDINGS.map((f) => `<stdin> ${f}`));
  });

  it("exits 1 when the piped seed has errors", () => {
    const result = runCli(["check", "-", "--no-color", ...TODAY], { input: "" });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      [
        "",
        "<stdin>",
        "  1:1  error  The file is empty: a seed starts with a YAML frontmatter block between '---' lines.  frontmatter-missing",
        "",
        "✖ 1 problem (1 error, 0 warnings)",
        "",
      ].join("\n"),
    );
  });

  it("--stdin-filename names the seed in the output (stylish, JSON and SARIF)", () => {
    const json = runCli(["check", "-", "--stdin-filename", "seeds/guide.md", "--format", "json", ...TODAY], { input: REFERENCE });
    expect(rows(json.stdout)).toEqual(REFERENCE_FINDINGS.map((f) => `seeds/guide.md ${f}`));
    const stylish = runCli(["check", "-", "--stdin-filename", "seeds/guide.md", "--no-color", ...TODAY], { input: REFERENCE });
    expect(stylish.stdout.split("\n").slice(0, 3)).toEqual(["", "seeds/guide.md", expect.stringMatching(/^ {2}10:18 {2}warning {2}Review overdue/)]);
    const sarif = JSON.parse(runCli(["check", "-", "--stdin-filename", "seeds/guide.md", "--format", "sarif", ...TODAY], { input: REFERENCE }).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: "seeds/guide.md", uriBaseId: "%SRCROOT%" });
  });

  it("takes the configuration from the folder of --stdin-filename, not the working directory", () => {
    const dir = mkdtempSync(join(tmpdir(), "seeds-stdin-"));
    mkdirSync(join(dir, "team"));
    writeFileSync(join(dir, "team", "seeds.config.json"), JSON.stringify({ rules: { "review-overdue": "off", "table-bonus-range": "error" } }));
    const name = join(dir, "team", "guide.txt");
    const result = runCli(["check", "-", "--stdin-filename", name, "--format", "json", ...TODAY], { input: REFERENCE });
    expect(result.status).toBe(1);
    expect(rows(result.stdout)).toEqual([`${name} 54:47 table-bonus-range`, `${name} 55:42 table-bonus-range`, `${name} 56:40 table-bonus-range`]);
  });

  it("checks nothing when the configuration's ignore globs match --stdin-filename", () => {
    const dir = mkdtempSync(join(tmpdir(), "seeds-stdin-"));
    writeFileSync(join(dir, "seeds.config.json"), JSON.stringify({ ignore: ["drafts/**"] }));
    const ignored = runCli(["check", "-", "--stdin-filename", "drafts/a.md", "--no-color", ...TODAY], { cwd: dir, input: "not a seed" });
    expect([ignored.status, ignored.stdout, ignored.stderr]).toEqual([0, "0 seeds checked, no problems.\n", ""]);
    const checked = runCli(["check", "-", "--stdin-filename", "final/a.md", "--format", "json", ...TODAY], { cwd: dir, input: "not a seed" });
    expect(checked.status).toBe(1);
    expect(rows(checked.stdout)).toEqual(["final/a.md 1:1 frontmatter-missing"]);
  });

  it("refuses bad combinations with one line on stderr and exit 2", () => {
    const cases: [string[], string][] = [
      [["check", "-", "--fix"], "seeds: --fix cannot write a seed read from standard input: run `seeds check --fix FILE` on the file\n"],
      [["check", "-", "seeds"], "seeds: `-` (standard input) cannot be checked together with other paths\n"],
      [["check", "seeds", "--stdin-filename", "a.md"], "seeds: --stdin-filename names the seed read from standard input: add `-` as the path\n"],
      [["check", "-", "--stdin-filename", ""], "seeds: --stdin-filename must not be empty\n"],
    ];
    for (const [args, stderr] of cases) {
      const result = runCli([...args, ...TODAY], { input: REFERENCE });
      expect([args.join(" "), result.status, result.stdout, result.stderr]).toEqual([args.join(" "), 2, "", stderr]);
    }
  });
});
