import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/run-cli";

const REFERENCE = join(ROOT, "seeds/000_5ae9dcfe2e03ad59.txt");
const CLEAN = join(ROOT, "seeds/northwind-analytics-data-scientist.md");
const TODAY = ["--today", "2026-11-28"];

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "seeds-cli-"));
}

/** The reference seed with one contradicting figure: San Francisco's base high end 255K -> 250K. */
function brokenSeed(): string {
  const text = readFileSync(CLEAN, "utf8");
  const broken = text.replace("| San Francisco | $172K–$214K |", "| San Francisco | $172K–$250K |");
  expect(broken).not.toBe(text);
  return broken;
}

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  rule: string;
  message: string;
  fixable: boolean;
}

describe("seeds check", () => {
  it("reports the reference seed's warnings as JSON with 1-based positions and exits 0", () => {
    const result = runCli(["check", REFERENCE, "--format", "json", ...TODAY]);
    expect(result.status).toBe(0);
    const findings = JSON.parse(result.stdout) as JsonFinding[];
    expect(findings.map((f) => [f.rule, f.line, f.column, f.endLine, f.endColumn, f.severity, f.fixable])).toEqual([
      ["review-overdue", 10, 18, 10, 28, "warning", false],
      // Suggestions both ways (add bonus_pct_high, or drop the range): nothing for --fix.
      ["table-bonus-range", 54, 47, 54, 52, "warning", false],
      ["table-bonus-range", 55, 42, 55, 47, "warning", false],
      ["table-bonus-range", 56, 40, 56, 45, "warning", false],
    ]);
    expect(findings[0]!.file).toBe("seeds/000_5ae9dcfe2e03ad59.txt");
    expect(Object.keys(findings[0]!).sort()).toEqual(["column", "endColumn", "endLine", "file", "fixable", "line", "message", "rule", "severity"]);
  });

  it("prints ESLint-like stylish output without colour when not a TTY", () => {
    const result = runCli(["check", REFERENCE, ...TODAY]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("seeds/000_5ae9dcfe2e03ad59.txt\n");
    expect(result.stdout).toMatch(/ {2}10:18 {2}warning {2}Review overdue: 'next_review_due' was 2026-05-23, 189 days ago\. +review-overdue\n/);
    expect(result.stdout).toContain("✖ 4 problems (0 errors, 4 warnings)");
    expect(result.stdout).not.toContain("potentially fixable");
    expect(result.stdout).not.toContain("\u001b[");
  });

  it("colours stylish output when asked", () => {
    const result = runCli(["check", REFERENCE, "--color", ...TODAY]);
    expect(result.stdout).toContain("\u001b[33mwarning");
  });

  it("exits 1 on an error and 0 for a clean seed", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "broken.md"), brokenSeed());
    const broken = runCli(["check", join(dir, "broken.md"), "--format", "json", ...TODAY]);
    expect(broken.status).toBe(1);
    const findings = JSON.parse(broken.stdout) as JsonFinding[];
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "table-cell-mismatch", severity: "error", line: 54, column: 19, endLine: 54, endColumn: 30, fixable: true });
    const clean = runCli(["check", CLEAN, ...TODAY]);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toBe("1 seed checked, no problems.\n");
  });

  it("honours --max-warnings", () => {
    expect(runCli(["check", REFERENCE, "--max-warnings", "4", ...TODAY]).status).toBe(0);
    const over = runCli(["check", REFERENCE, "--max-warnings", "3", ...TODAY]);
    expect(over.status).toBe(1);
    expect(over.stdout).toContain("seeds found too many warnings (maximum: 3).");
  });

  it("exits 2 with one line and no stack trace for bad usage and unreadable paths", () => {
    const cases: [string[], string][] = [
      [["check", "does-not-exist"], "seeds: cannot read 'does-not-exist': no such file or directory\n"],
      [["check", "--format", "xml"], "seeds: --format must be stylish, json or sarif, not 'xml'\n"],
      [["check", "--today", "2026-02-30"], "seeds: --today must be a date written YYYY-MM-DD, not '2026-02-30'\n"],
      [["frobnicate"], "seeds: unknown command 'frobnicate' (try 'seeds --help')\n"],
      // A name every object has is no command either (it once ran Object.prototype.toString).
      [["toString"], "seeds: unknown command 'toString' (try 'seeds --help')\n"],
      [
        ["check", "--bogus"],
        "seeds: Unknown option '--bogus'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--bogus\"\n",
      ],
    ];
    for (const [args, stderr] of cases) {
      const result = runCli(args);
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stderr).toBe(stderr);
      expect(result.stdout).toBe("");
    }
  });

  it("exits 2 for a file it cannot read", () => {
    if (process.getuid?.() === 0) {
      // root reads any file: use a directory entry that is a dangling path instead.
      const dir = tempDir();
      const result = runCli(["check", join(dir, "missing.md")]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^seeds: cannot read '.*missing\.md': no such file or directory\n$/);
      return;
    }
    const dir = tempDir();
    const file = join(dir, "locked.md");
    writeFileSync(file, readFileSync(CLEAN));
    chmodSync(file, 0);
    const result = runCli(["check", file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^seeds: cannot read '.*locked\.md': EACCES\n$/);
  });

  it("searches folders for .md and .txt seeds, skipping node_modules and .git", () => {
    const dir = tempDir();
    for (const sub of ["a", "node_modules/pkg", ".git"]) {
      const path = join(dir, sub);
      mkdirSync(path, { recursive: true });
      writeFileSync(join(path, "seed.md"), brokenSeed());
    }
    writeFileSync(join(dir, "a", "notes.json"), "{}");
    const result = runCli(["check", ".", "--format", "json", ...TODAY], { cwd: dir });
    const files = [...new Set((JSON.parse(result.stdout) as JsonFinding[]).map((f) => f.file))];
    expect(files).toEqual(["a/seed.md"]);
  });

  it("reports cross-file findings when a folder is checked", () => {
    const dir = tempDir();
    const text = readFileSync(CLEAN, "utf8");
    writeFileSync(join(dir, "one.md"), text);
    writeFileSync(
      join(dir, "two.md"),
      text.replace('company_display: "Northwind Analytics"', 'company_display: "NorthWind"').replace("Northwind Analytics Global", "NorthWind Global"),
    );
    const result = runCli(["check", dir, "--format", "json", ...TODAY]);
    const rows = (JSON.parse(result.stdout) as JsonFinding[]).map((f) => [f.file.replace(/.*\//, ""), f.rule, f.line]);
    expect(rows).toEqual([
      ["one.md", "company-display-conflict", 3],
      ["one.md", "duplicate-seed", 4],
      ["two.md", "company-display-conflict", 3],
      ["two.md", "duplicate-seed", 4],
    ]);
    expect(result.status).toBe(1);
  });

  it("writes SARIF 2.1.0 for code scanning", () => {
    const result = runCli(["check", REFERENCE, "--format", "sarif", ...TODAY]);
    const sarif = JSON.parse(result.stdout);
    expect(sarif.version).toBe("2.1.0");
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe("seeds");
    expect(run.tool.driver.rules.length).toBeGreaterThanOrEqual(30);
    expect(run.results).toHaveLength(4);
    expect(run.results[0]).toMatchObject({
      ruleId: "review-overdue",
      level: "warning",
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "seeds/000_5ae9dcfe2e03ad59.txt", uriBaseId: "%SRCROOT%" },
            region: { startLine: 10, startColumn: 18, endLine: 10, endColumn: 28 },
          },
        },
      ],
    });
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    for (const res of run.results) expect(ids[res.ruleIndex]).toBe(res.ruleId);
  });

  it("reads seeds.config.json: severities, off, and extra regions", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "seed.md"), readFileSync(REFERENCE));
    writeFileSync(join(dir, "seeds.config.json"), JSON.stringify({ rules: { "review-overdue": "off", "table-bonus-range": "error" } }));
    const result = runCli(["check", ".", "--format", "json", ...TODAY], { cwd: dir });
    expect((JSON.parse(result.stdout) as JsonFinding[]).map((f) => `${f.rule}:${f.severity}`)).toEqual([
      "table-bonus-range:error",
      "table-bonus-range:error",
      "table-bonus-range:error",
    ]);
    expect(result.status).toBe(1);
    writeFileSync(join(dir, "seeds.config.json"), "{ not json");
    const bad = runCli(["check", ".", ...TODAY], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^seeds: seeds\.config\.json is not valid JSON: /);
  });
});

describe("seeds check --fix", () => {
  it("fixes the body from the frontmatter, atomically, and leaves suggestions alone", () => {
    const dir = tempDir();
    const file = join(dir, "seed.md");
    writeFileSync(file, brokenSeed());
    const result = runCli(["check", "--fix", file, ...TODAY]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`fixed ${file} (1 problem)\nFixed 1 problem in 1 file; 0 files unchanged.\n`);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(CLEAN, "utf8"));
    expect(readdirSync(dir)).toEqual(["seed.md"]);
    const again = runCli(["check", file, "--format", "json", ...TODAY]);
    expect(JSON.parse(again.stdout)).toEqual([]);
  });

  it("keeps CRLF line endings and the BOM, changing only the bytes it must", () => {
    const dir = tempDir();
    const file = join(dir, "seed.md");
    const crlf = `\uFEFF${brokenSeed().replace(/\n/g, "\r\n")}`;
    writeFileSync(file, crlf);
    const result = runCli(["check", "--fix", file, "--format", "json", ...TODAY]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
    const fixed = readFileSync(file, "utf8");
    expect(fixed).toBe(`\uFEFF${readFileSync(CLEAN, "utf8").replace(/\n/g, "\r\n")}`);
    expect(readFileSync(file)[0]).toBe(0xef);
  });

  it("leaves the reference seed's suggestion-only findings for a human and is idempotent", () => {
    const dir = tempDir();
    const file = join(dir, "seed.txt");
    writeFileSync(file, readFileSync(REFERENCE));
    runCli(["check", "--fix", file, ...TODAY]);
    const once = readFileSync(file, "utf8");
    // Regression: --fix used to rewrite every 5–15% to 5%, dropping the upper end the author wrote.
    expect(once).toBe(readFileSync(REFERENCE, "utf8"));
    runCli(["check", "--fix", file, ...TODAY]);
    expect(readFileSync(file, "utf8")).toBe(once);
    const after = JSON.parse(runCli(["check", file, "--format", "json", ...TODAY]).stdout) as JsonFinding[];
    expect(after.map((f) => f.rule)).toEqual(["review-overdue", "table-bonus-range", "table-bonus-range", "table-bonus-range"]);
    expect(after.some((f) => f.fixable)).toBe(false);
  });
});

describe("seeds schema, new, --help, --version", () => {
  it("prints the frontmatter JSON Schema from the zod schema", () => {
    const result = runCli(["schema"]);
    expect(result.status).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.type).toBe("object");
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toContain("compensation");
    expect(schema.properties.role_type.enum).toEqual(["standard", "leadership", "specialist"]);
    expect(schema.properties.company.description).toBe("The company's id: lowercase kebab-case.");
  });

  it("prints the config JSON Schema", () => {
    const schema = JSON.parse(runCli(["schema", "--config"]).stdout);
    expect(schema.properties.rules.additionalProperties.enum).toEqual(["off", "info", "warning", "error"]);
  });

  // A new seed is a to-do list: exactly its placeholders are findings (the figures once per
  // region, then each placeholder text), until the author fills them in.
  it("writes a new seed whose only findings are its placeholders", () => {
    const dir = tempDir();
    const file = join(dir, "acme.md");
    // London twice is one entry (regression: the new seed failed duplicate-region at once).
    const result = runCli([
      "new",
      "--company",
      "Acme & Co",
      "--role",
      "Data Engineer",
      "--region",
      "London",
      "--region",
      "Tokyo",
      "--region",
      "london",
      "-o",
      file,
      ...TODAY,
    ]);
    expect(result.status).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("company: acme-and-co\n");
    expect(text.match(/- region:/g)).toHaveLength(2);
    expect(text).toContain("    currency: JPY\n");
    const check = runCli(["check", file, "--format", "json", ...TODAY]);
    expect((JSON.parse(check.stdout) as { line: number; column: number; rule: string }[]).map((f) => `${f.rule} ${f.line}:${f.column}`)).toEqual([
      "placeholder 14:15",
      "placeholder 23:15",
      "placeholder 32:35",
      "placeholder 35:27",
      "placeholder 49:27",
      "placeholder 51:31",
      "placeholder 54:14",
    ]);
    expect(check.status).toBe(1);
    expect(runCli(["new", "--company", "X", "--role", "Y", "-o", file]).status).toBe(2);
  });

  it("prints help and version", () => {
    expect(runCli(["--help"]).stdout).toMatch(/^seeds \d+\.\d+\.\d+: check, fix and render/);
    expect(runCli(["--version"]).stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version}\n`);
  });
});

describe("bundled seeds and docs", () => {
  it("the main job on seeds/ shows exactly the reference seed's two kinds of warnings and exits 0", () => {
    const result = runCli(["check", "seeds", "--format", "json", ...TODAY]);
    expect(result.status).toBe(0);
    const findings = (JSON.parse(result.stdout) as JsonFinding[]).map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule}`);
    expect(findings).toEqual([
      "seeds/000_5ae9dcfe2e03ad59.txt:10:18 warning review-overdue",
      "seeds/000_5ae9dcfe2e03ad59.txt:54:47 warning table-bonus-range",
      "seeds/000_5ae9dcfe2e03ad59.txt:55:42 warning table-bonus-range",
      "seeds/000_5ae9dcfe2e03ad59.txt:56:40 warning table-bonus-range",
    ]);
  });

  it("bundles the reference seed byte for byte", () => {
    // The SHA-256 of the reference seed as authors wrote it (pinned here: the project needs nothing beside it).
    expect(createHash("sha256").update(readFileSync(REFERENCE)).digest("hex")).toBe("19b3d2da7286ce41f962c5fec6e964eb8061a292cbb7cdb4cb48f2c6835c82a2");
  });

  it("server/docs/rules.md is generated from the registry", () => {
    expect(readFileSync(join(ROOT, "server/docs/rules.md"), "utf8")).toBe(runCli(["rules", "--markdown"]).stdout);
  });
});
