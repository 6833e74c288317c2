// Every seed the project's generator (tests/corpus/gen-seeds.mjs) writes is correct, so the
// engine must find nothing in it: any finding is a false alarm. The generator is run as the bench
// runs it (a process with a command line), and the corpus is checked for the variety it promises.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSeed } from "../../server/src/engine";
import { TODAY } from "./fixtures";

const GENERATOR = fileURLToPath(new URL("../corpus/gen-seeds.mjs", import.meta.url));
const COUNT = 1000;

const generate = (dir: string, ...extra: string[]) =>
  execFileSync(process.execPath, [GENERATOR, "--out", dir, "--count", String(COUNT), "--max-regions", "19", "--today", TODAY, ...extra], { encoding: "utf8" });

describe("generated corpus", () => {
  let dir: string;
  let texts: Map<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "seeds-corpus-"));
    generate(dir);
    texts = new Map(
      readdirSync(dir)
        .sort()
        .map((name) => [name, readFileSync(join(dir, name), "utf8")]),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`finds nothing in ${COUNT} clean seeds with up to 19 regions`, () => {
    expect(texts.size).toBe(COUNT);
    const falseAlarms: string[] = [];
    for (const [file, text] of texts) {
      for (const finding of checkSeed(text, { today: TODAY }).findings) {
        falseAlarms.push(`${file}:${finding.range.start.line + 1}:${finding.range.start.character + 1} ${finding.rule}: ${finding.message}`);
      }
    }
    expect(falseAlarms.slice(0, 20)).toEqual([]);
  });

  it("is varied: both extensions, many currencies, bonus ranges, 1 to 19 regions", () => {
    const all = [...texts.values()];
    const regionCounts = all.map((text) => (text.match(/^ {2}- region: /gm) ?? []).length);
    const currencies = new Set(all.flatMap((text) => [...text.matchAll(/^ {4}currency: ([A-Z]{3})$/gm)].map((m) => m[1])));
    expect(new Set([...texts.keys()].map((name) => name.slice(name.lastIndexOf("."))))).toEqual(new Set([".md", ".txt"]));
    expect(Math.min(...regionCounts)).toBe(1);
    expect(Math.max(...regionCounts)).toBe(19);
    expect(regionCounts.reduce((a, b) => a + b, 0) / COUNT).toBeGreaterThan(5);
    expect(currencies.size).toBeGreaterThanOrEqual(15);
    expect(all.filter((text) => text.includes("bonus_pct_high:")).length).toBeGreaterThan(COUNT / 10);
  });

  it("puts every review after the injected today and every update before it", () => {
    for (const text of texts.values()) {
      expect(text.match(/^next_review_due: (\S+)$/m)![1]! > TODAY).toBe(true);
      expect(text.match(/^last_updated: (\S+)$/m)![1]! < TODAY).toBe(true);
    }
  });

  it("is deterministic: the same options write the same bytes", () => {
    const again = mkdtempSync(join(tmpdir(), "seeds-corpus-"));
    try {
      generate(again);
      for (const name of readdirSync(again)) expect(readFileSync(join(again, name), "utf8")).toBe(texts.get(name));
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it("would be caught: one wrong cell in a generated seed is a finding", () => {
    const [file, text] = [...texts].find(([, t]) => t.includes("| Berlin | €"))!;
    const broken = text.replace(/\| Berlin \| €(\d+)K/, (_, k: string) => `| Berlin | €${Number(k) + 1}K`);
    expect(broken).not.toBe(text);
    expect(
      checkSeed(broken, { today: TODAY }).findings.map((f) => f.rule),
      file,
    ).toEqual(["table-cell-mismatch"]);
  });

  it("stops with one line and exit 2 on a bad option", () => {
    let error: { status: number; stderr: string } | undefined;
    try {
      execFileSync(process.execPath, [GENERATOR, "--count", "x"], { encoding: "utf8", stdio: "pipe" });
    } catch (caught) {
      error = caught as { status: number; stderr: string };
    }
    expect(error?.status).toBe(2);
    expect(error?.stderr).toBe(
      "gen-seeds: bad option --count x (usage: --out DIR [--count N] [--seed S] [--max-regions R] [--today YYYY-MM-DD] [--ext md|txt|mixed])\n",
    );
  });
});
