// Runs the TextMate grammar tests (tests/grammar/cases, `npm run test:grammar`) as a process,
// and proves they catch a broken grammar: each mutation below must make them fail.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const runner = join(root, "node_modules/vscode-tmgrammar-test/dist/unit.js");
const grammarPath = join(root, "syntaxes/seed.tmLanguage.json");
const stubs = ["tests/grammar/stubs/markdown.tmLanguage.json", "tests/grammar/stubs/yaml.tmLanguage.json"];
const scratch = mkdtempSync(join(tmpdir(), "seed-grammar-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  code: number;
  output: string;
}

async function runGrammarTests(config: string): Promise<Run> {
  const args = [runner, "--config", config, ...stubs.flatMap((stub) => ["-g", stub]), "tests/grammar/cases/*.seed.md"];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd: root });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

/** A package.json contributing a mutated copy of the grammar, for the runner's --config. */
function mutatedConfig(name: string, mutate: (grammar: any) => void): string {
  const grammar = JSON.parse(readFileSync(grammarPath, "utf8"));
  mutate(grammar);
  writeFileSync(join(scratch, `${name}.tmLanguage.json`), JSON.stringify(grammar));
  const config = join(scratch, `${name}.package.json`);
  writeFileSync(config, JSON.stringify({ contributes: { grammars: [{ language: "seed", scopeName: "text.seed", path: `./${name}.tmLanguage.json` }] } }));
  return config;
}

describe("seed grammar", () => {
  it("passes every grammar test case (npm run test:grammar)", async () => {
    const run = await runGrammarTests("package.json");
    expect(run.output).toContain("✓ tests/grammar/cases/frontmatter.seed.md run successfuly.");
    expect(run.output).toContain("✓ tests/grammar/cases/money.seed.md run successfuly.");
    expect(run.output).toContain("✓ tests/grammar/cases/labels.seed.md run successfuly.");
    expect(run.output).not.toContain("✖");
    expect(run.code).toBe(0);
  });

  it.each([
    ["money never matches", (grammar: any) => (grammar.repository.money.match = "(?!)"), "constant.numeric.money.seed"],
    ["no injections into the embedded grammars", (grammar: any) => delete grammar.injections, "constant.numeric.amount.seed"],
    ["no frontmatter block", (grammar: any) => (grammar.patterns = [{ include: "text.html.markdown" }]), "meta.embedded.block.frontmatter.seed"],
    [
      "table percentages scoped as money",
      (grammar: any) => (grammar.repository["table-percent"].captures["1"].name = "constant.numeric.money.seed"),
      "constant.numeric.percentage.seed",
    ],
  ])("fails when the grammar is broken: %s", async (name, mutate, missingScope) => {
    const run = await runGrammarTests(mutatedConfig(name.replace(/\W+/g, "-"), mutate));
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(`missing required scopes: ${missingScope}`);
  });
});
