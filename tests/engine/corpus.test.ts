// Every seed the shared generator writes is correct, so the engine must find nothing in it:
// any finding is a false alarm.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSeed } from "../../server/src/engine";
import { TODAY } from "./fixtures";

const GENERATOR = fileURLToPath(new URL("../../../shared/corpus/gen-seeds.mjs", import.meta.url));
const COUNT = 1000;

describe("generated corpus", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "seeds-corpus-"));
    execFileSync(process.execPath, [GENERATOR, "--out", dir, "--count", String(COUNT), "--max-regions", "19"], { stdio: "pipe" });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`finds nothing in ${COUNT} clean seeds with up to 19 regions`, () => {
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(COUNT);
    const falseAlarms: string[] = [];
    let regions = 0;
    for (const file of files) {
      const text = readFileSync(join(dir, file), "utf8");
      regions += (text.match(/^ {2}- region: /gm) ?? []).length;
      for (const finding of checkSeed(text, { today: TODAY }).findings) {
        falseAlarms.push(`${file}:${finding.range.start.line + 1}:${finding.range.start.character + 1} ${finding.rule}: ${finding.message}`);
      }
    }
    expect(falseAlarms.slice(0, 20)).toEqual([]);
    // The corpus really is varied: on average about ten regions per seed.
    expect(regions / COUNT).toBeGreaterThan(5);
  });
});
