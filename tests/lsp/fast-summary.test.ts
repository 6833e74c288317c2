// The YAML-free summary used for indexing must agree with the engine's (parse + summarize)
// whenever it answers at all.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disabledRules, parseSeed, summarize } from "../../server/src/engine";
import { fastSummary } from "../../server/src/lsp/indexing/fast-summary";
import { REFERENCE } from "./helpers/client";

const engineSummary = (text: string) => summarize("seed.md", parseSeed(text), disabledRules(text));
const reference = readFileSync(REFERENCE, "utf8");

let corpus: string;
beforeAll(() => {
  corpus = mkdtempSync(join(tmpdir(), "seeds-fast-summary-"));
  const generator = resolve(__dirname, "..", "corpus", "gen-seeds.mjs");
  execFileSync(process.execPath, [generator, "--out", corpus, "--count", "300", "--max-regions", "6"]);
});
afterAll(() => rmSync(corpus, { recursive: true, force: true }));

describe("fastSummary", () => {
  it("reads every generated seed and the reference seed exactly like the engine", () => {
    const texts = [reference, ...readdirSync(corpus).map((name) => readFileSync(join(corpus, name), "utf8"))];
    for (const text of texts) expect(fastSummary("seed.md", text)).toEqual(engineSummary(text));
  });

  it("reads CRLF files, a BOM, quoted values, comments and disable comments like the engine", () => {
    const variant = `\uFEFF${reference.replace('company_display: "Weights & Biases"', "company_display: 'Weights & Biases' \n# a comment\n# seeds-disable duplicate-seed").replace(/\n/g, "\r\n")}`;
    const fast = fastSummary("seed.md", variant);
    expect(fast).toBeDefined();
    expect(fast).toEqual(engineSummary(variant));
    expect(fast!.disabled).toEqual(["duplicate-seed"]);
  });

  it("gives up (never guesses) on YAML outside the simple subset", () => {
    for (const text of [
      reference.replace("role: ml-ai-engineer", "role: &r ml-ai-engineer"),
      reference.replace('company_display: "Weights & Biases"', 'company_display: "Weights \\u0026 Biases"'),
      reference.replace("compensation:\n  - region", "compensation:\n- region"),
      reference.replace("data_sources:\n  - Levels.fyi", "data_sources: [Levels.fyi]\n  - x"),
      reference.replace("role: ml-ai-engineer", "role: ml-ai-engineer # the id"),
      reference.replace("---\n### ML", "### ML"),
    ]) {
      expect(fastSummary("seed.md", text)).toBeUndefined();
    }
  });

  // Regressions found by fast-summary-yaml-styles.test.ts: each was read as a valid seed here
  // while the engine reports a YAML error and reads nothing.
  it("declines keys the core schema reads as one non-string value, and lines only trim() calls blank", () => {
    for (const text of [
      reference.replace("role_type: standard", "role_type: standard\ntrue: a\nTrue: b"),
      reference.replace("role_type: standard", "role_type: standard\nnull: a\nNull: b"),
      reference.replace("    currency: USD", "    currency: USD\n    true: 1\n    TRUE: 2"),
      reference.replace("role: ml-ai-engineer", "role: ml-ai-engineer\n\f"),
      reference.replace("role: ml-ai-engineer", "role: ml-ai-engineer\n\u00A0"),
      reference.replace("role: ml-ai-engineer", "role: ml-ai-engineer\n\uFEFF"),
    ]) {
      expect(engineSummary(text)).toEqual({ file: "seed.md", regions: [], dataSources: [], disabled: [] });
      expect(fastSummary("seed.md", text)).toBeUndefined();
    }
  });

  it("agrees with the engine on random damage to the reference seed whenever it answers", () => {
    const frontmatterEnd = reference.indexOf("\n---\n", 4) + 5;
    const damage = fc.record({
      at: fc.integer({ min: 0, max: frontmatterEnd }),
      remove: fc.integer({ min: 0, max: 3 }),
      insert: fc.array(
        fc.constantFrom(
          " ",
          "\n",
          "\t",
          "\r",
          ":",
          "-",
          "#",
          '"',
          "'",
          "[",
          "{",
          "&",
          "*",
          "|",
          ">",
          "\\",
          "a",
          "1",
          ".",
          "~",
          "0x1",
          "null",
          "true",
          "- ",
          ": ",
          "  ",
        ),
        { maxLength: 3 },
      ),
    });
    let answered = 0;
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = reference;
        for (const { at, remove, insert } of edits) text = text.slice(0, at) + insert.join("") + text.slice(at + remove);
        const fast = fastSummary("seed.md", text);
        if (fast === undefined) return;
        answered++;
        expect(fast).toEqual(engineSummary(text));
      }),
      { numRuns: 6000 },
    );
    // The property means something only if many damaged seeds are still read without YAML.
    expect(answered).toBeGreaterThan(1200);
  });

  it("agrees with the engine when whole frontmatter lines are inserted, replaced or deleted", () => {
    const lines = reference.split("\n");
    const closing = lines.indexOf("---", 1);
    const pieces = [
      ...[
        "company: x",
        "company: 'a''b'",
        'company: "q"',
        "role: 12",
        "role: null",
        "role: ~",
        "role:",
        "company: .5",
        "company: 0x1F",
        "company: TRUE",
        "company: yes",
      ],
      ...[
        "  - region: Z",
        "    region: Y",
        "  region: W",
        "  - Foo",
        "- region: V",
        "  - region:",
        "    currency: USD",
        "  -",
        "  - ",
        "  # c",
        "#c",
        "",
        "   ",
        "\t",
      ],
      ...[
        "compensation:",
        "data_sources:",
        "level_mapping:",
        "  internal: null",
        "data_sources: x",
        "company_display: x # y",
        "x: [1]",
        "company: a: b",
        "? k",
        "&a x: 1",
      ],
      ...["...", "---", "company: 'x", 'company: "x', 'region: "S\\u00e3o"', "company:x", " company: a", "comp any: a", "company : a"],
    ];
    const edit = fc.record({
      line: fc.integer({ min: 1, max: closing }),
      op: fc.constantFrom("insert", "replace", "delete"),
      piece: fc.constantFrom(...pieces),
    });
    let answered = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const copy = [...lines];
        for (const { line, op, piece } of edits) copy.splice(line, op === "insert" ? 0 : 1, ...(op === "delete" ? [] : [piece]));
        const text = copy.join("\n");
        const fast = fastSummary("seed.md", text);
        if (fast === undefined) return;
        answered++;
        expect(fast).toEqual(engineSummary(text));
      }),
      { numRuns: 4000 },
    );
    expect(answered).toBeGreaterThan(400);
  });
});
