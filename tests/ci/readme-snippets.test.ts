// The README is also the extension's page and the package's: what it tells users to run must be
// right. Outside this repository `npx seeds` is an unrelated npm package, so every snippet names
// ours; the GitHub Actions example writes SARIF and uploads that very file.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CLI, ROOT } from "../helpers/run-cli";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, text: m[2]! }));

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}

describe("README snippets", () => {
  it("start our package's CLI, never a bare `npx seeds` (except the repository's own set-up line)", () => {
    expect(blocks[0]!.text).toContain("npm install && npx seeds check seeds");
    const rest = blocks.slice(1).map((b) =>
      b.text
        .replace(/[",[\]{}]/g, " ")
        .replace(/\bargs\s*=/g, " ")
        .replace(/\s+/g, " "),
    );
    const npx = rest.flatMap((text) => [...text.matchAll(/\bnpx .{0,60}/g)].map((m) => m[0]));
    expect(npx.length).toBeGreaterThanOrEqual(3);
    for (const call of npx) expect(call).toMatch(/^npx (?:--yes )?--package seed-authoring seeds /);
  });

  it("has a GitHub Actions workflow that checks with SARIF and uploads that file to code scanning", () => {
    const workflow = blocks.map((b) => (b.lang === "yaml" ? parse(b.text) : undefined)).find((y) => y?.jobs) as {
      permissions: Record<string, string>;
      jobs: Record<string, { steps: Step[] }>;
    };
    expect(workflow.permissions).toEqual({ contents: "read", "security-events": "write" });
    const steps = workflow.jobs.check!.steps;
    const check = steps.find((s) => s.run?.includes("seeds check"))!;
    const upload = steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"))!;
    expect(check.run).toBe("npx --yes --package seed-authoring seeds check . --format sarif > seeds.sarif");
    expect(upload.with).toEqual({ sarif_file: "seeds.sarif", category: "seeds" });
    expect(upload.if).toBe("${{ !cancelled() }}");
  });

  it("the workflow's check command, run with this checkout's CLI, writes a SARIF 2.1.0 log", () => {
    const cwd = mkdtempSync(join(tmpdir(), "seeds-readme-"));
    const command = "npx --yes --package seed-authoring seeds check . --format sarif > seeds.sarif".replace(
      "npx --yes --package seed-authoring seeds",
      `"${process.execPath}" "${CLI}"`,
    );
    spawnSync("bash", ["-c", `cp "${ROOT}/seeds/000_5ae9dcfe2e03ad59.txt" . && ${command}`], { cwd, encoding: "utf8" });
    const sarif = JSON.parse(readFileSync(join(cwd, "seeds.sarif"), "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain("table-bonus-range");
  });
});
