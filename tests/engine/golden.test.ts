// Golden whole-seed fixtures: golden/<name>.input.<ext> is checked and fixed; the findings must
// equal <name>.findings.json and the fixed bytes <name>.fixed.<ext>. UPDATE_GOLDEN=1 rewrites
// the expected files from what the engine does now (review the diff before committing it).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkBytes, fixSeed } from "../../server/src/engine";
import { TODAY } from "./fixtures";

const DIR = fileURLToPath(new URL("./golden/", import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const inputs = readdirSync(DIR)
  .filter((name) => /\.input\.(md|txt)$/.test(name))
  .sort();

function run(bytes: Uint8Array) {
  const checked = checkBytes(bytes, { today: TODAY });
  const findings = checked.findings.map((f) => ({
    rule: f.rule,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    severity: f.severity,
    message: f.message,
  }));
  // What `seeds check --fix` writes: the fixed text, with the file's BOM put back.
  const fixedText = checked.decodeError ? undefined : fixSeed(checked.seed.text, { today: TODAY }).text;
  const fixed = fixedText === undefined ? Buffer.from(bytes) : Buffer.concat([checked.bom ? BOM : Buffer.alloc(0), Buffer.from(fixedText, "utf8")]);
  return { findings, fixed };
}

function expectFile(path: string, actual: Buffer | string): void {
  if (UPDATE) {
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  const expected = readFileSync(path);
  // Compared as text for a readable diff, then as bytes so CRLF and BOM differences count too.
  expect(Buffer.from(actual).toString("utf8")).toBe(expected.toString("utf8"));
  expect(Buffer.compare(Buffer.from(actual), expected)).toBe(0);
}

describe("golden seeds", () => {
  it("has its fixtures", () => {
    expect(inputs).toEqual(["broken-yaml.input.md", "clean.input.md", "crlf-bom.input.md", "many-problems.input.md", "reference.input.txt"]);
  });

  for (const input of inputs) {
    const [name, ext] = [input.replace(/\.input\.\w+$/, ""), input.split(".").pop()!];
    it(name, () => {
      const { findings, fixed } = run(readFileSync(join(DIR, input)));
      expectFile(join(DIR, `${name}.findings.json`), `${JSON.stringify(findings, null, 2)}\n`);
      expectFile(join(DIR, `${name}.fixed.${ext}`), fixed);
    });
  }
});
