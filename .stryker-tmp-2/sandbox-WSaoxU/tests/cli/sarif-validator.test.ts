// @ts-nocheck
// Our SARIF must pass Microsoft's official validator (npm @microsoft/sarif-multitool), which
// applies the SARIF 2.1.0 schema and the spec's rules. It exits 0 even when it finds problems,
// so the test reads what it reports: its console lines and the results of its own SARIF log.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/run-cli";

const VALIDATOR = join(ROOT, "node_modules", ".bin", "sarif-multitool");
const work = mkdtempSync(join(tmpdir(), "seeds-sarif-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface ValidatorResult {
  ruleId: string;
  level?: string;
  message: { text?: string; id?: string; arguments?: string[] };
}

/** Runs `sarif-multitool validate` on a file; returns its problems (errors and warnings) as lines. */
function validate(file: string): { status: number | null; problems: string[]; stdout: string } {
  const log = join(work, "validation.sarif");
  const run = spawnSync(VALIDATOR, ["validate", file, "--output", log, "--log", "ForceOverwrite"], { encoding: "utf8", timeout: 120_000 });
  const results = (JSON.parse(readFileSync(log, "utf8")).runs[0].results ?? []) as ValidatorResult[];
  const problems = results
    .filter((r) => r.level === undefined || r.level === "error" || r.level === "warning")
    .map((r) => `${r.level ?? "warning"} ${r.ruleId}: ${r.message.text ?? r.message.arguments?.join(" | ") ?? r.message.id}`);
  return { status: run.status, problems, stdout: run.stdout };
}

describe("seeds check --format sarif", () => {
  it("passes the official SARIF validator with no error or warning (files inside and outside the working directory)", () => {
    const outside = join(work, "outside seed.md");
    writeFileSync(outside, readFileSync(join(ROOT, "seeds", "000_5ae9dcfe2e03ad59.txt")));
    const result = runCli(["check", "seeds", outside, "--format", "sarif", "--today", "2026-11-28"]);
    expect(result.stderr).toBe("");
    const uris = new Set(JSON.parse(result.stdout).runs[0].results.map((r: any) => JSON.stringify(r.locations[0].physicalLocation.artifactLocation)));
    expect([...uris]).toEqual([
      JSON.stringify({ uri: "seeds/000_5ae9dcfe2e03ad59.txt", uriBaseId: "%SRCROOT%" }),
      JSON.stringify({ uri: pathToFileURL(outside).href }),
    ]);
    const file = join(work, "seeds.sarif");
    writeFileSync(file, result.stdout);
    const validation = validate(file);
    expect(validation.problems).toEqual([]);
    expect(validation.stdout).not.toMatch(/\b(?:error|warning) SARIF\d+/);
    expect(validation.status).toBe(0);
  });

  it("the validator does catch the relative %SRCROOT% we used to write (so the test above means something)", () => {
    const sarif = JSON.parse(runCli(["check", "seeds", "--format", "sarif", "--today", "2026-11-28"]).stdout);
    sarif.runs[0].originalUriBaseIds["%SRCROOT%"] = { uri: "./" };
    const file = join(work, "relative-root.sarif");
    writeFileSync(file, JSON.stringify(sarif));
    expect(validate(file).problems.map((p) => p.split(":")[0])).toEqual(["error SARIF1004"]);
  });

  it("roots relative paths at the working directory as an absolute file: URI ending in /", () => {
    const sarif = JSON.parse(runCli(["check", "seeds", "--format", "sarif", "--today", "2026-11-28"]).stdout);
    expect(sarif.runs[0].originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: `${pathToFileURL(ROOT).href}/` } });
  });
});
