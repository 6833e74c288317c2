// The language server's pure parts without a process: settings, seed detection, key docs,
// minimal edits, completion corners, and "never throws" on arbitrary input.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, parseSeed, checkSeed } from "../../server/src/engine";
import { keyDoc, keyDocMarkdown, keyDocs } from "../../server/src/engine/schema/docs";
import { codeActions } from "../../server/src/lsp/features/code-actions";
import { completeSeed, completionResult, type CompletionEnv } from "../../server/src/lsp/features/completion";
import { minimalEdit, toDiagnostic } from "../../server/src/lsp/features/to-lsp";
import { Folder } from "../../server/src/lsp/state/folders";
import { hoverAt } from "../../server/src/lsp/features/hover";
import { applySettings, DEFAULT_SETTINGS, readSettings } from "../../server/src/lsp/state/settings";
import { documentSymbols, foldingRanges } from "../../server/src/lsp/features/symbols";
import { REFERENCE, TODAY } from "./helpers/client";

const reference = readFileSync(REFERENCE, "utf8");
const env: CompletionEnv = {
  config: DEFAULT_CONFIG,
  today: TODAY,
  workspaceRegions: ["Lisbon", "Mars Base"],
  workspaceDataSources: ["Team survey"],
  snippets: false,
};
const labels = (text: string, marker = "|") => {
  const offset = text.indexOf(marker);
  return completeSeed(parseSeed(text.slice(0, offset) + text.slice(offset + 1)), offset, env);
};

describe("settings", () => {
  it("reads nested and dotted sections and ignores invalid values", () => {
    expect(readSettings({ diagnostics: { scope: "workspace" }, rules: { "review-overdue": "off", bogus: "loud" }, debounceMs: 0 })).toEqual({
      scope: "workspace",
      rules: { "review-overdue": "off" },
      reviewIntervalDays: undefined,
      debounceMs: 0,
    });
    expect(readSettings({ "diagnostics.scope": "workspace", debounceMs: -5, reviewIntervalDays: 1.5 })).toEqual({ ...DEFAULT_SETTINGS, scope: "workspace" });
    expect(readSettings("nonsense")).toEqual(DEFAULT_SETTINGS);
  });

  it("lets the config file win for what it sets; the settings fill in the rest", () => {
    const folder = new Folder("file:///w", "/w", "w");
    folder.setConfigText(JSON.stringify({ rules: { "review-overdue": "error" }, reviewIntervalDays: 30 }));
    const settings = readSettings({ rules: { "review-overdue": "off", "table-bonus-range": "info" }, reviewIntervalDays: 60 });
    const config = applySettings(folder.config, settings, folder.setsReviewInterval);
    expect(config.rules).toEqual({ "review-overdue": "error", "table-bonus-range": "info" });
    expect(config.reviewIntervalDays).toBe(30);
    expect(applySettings(DEFAULT_CONFIG, settings).reviewIntervalDays).toBe(60);
  });
});

describe("Folder.holdsSeed: which files on disk are seeds", () => {
  const readme = "---\ntitle: Notes\ncompany: Acme\n---\n# Notes\n";
  it("takes a seed by its content, and leaves a README with other frontmatter alone", () => {
    const folder = new Folder("file:///w", "/w", "w");
    expect(folder.holdsSeed("/w/000_5ae9dcfe2e03ad59.txt", reference)).toBe(true);
    expect(folder.holdsSeed("/w/README.md", readme)).toBe(false);
    expect(folder.holdsSeed("/w/a.json", reference)).toBe(false);
    expect(folder.holdsSeed("/elsewhere/a.md", reference)).toBe(false);
  });

  it("does not make every matching file a seed when the folder has a seeds.config.json", () => {
    const folder = new Folder("file:///w", "/w", "w");
    folder.setConfigText(JSON.stringify({ files: ["guides/**/*.md"] }));
    expect(folder.holdsSeed("/w/guides/README.md", readme)).toBe(false);
    expect(folder.holdsSeed("/w/guides/x.md", reference)).toBe(true);
    expect(folder.holdsSeed("/w/x.md", reference)).toBe(false);
  });
});

describe("key docs", () => {
  it("come from the zod meta, with a type label", () => {
    expect(keyDocs("compensation").map((doc) => doc.key)).toEqual([
      "region",
      "currency",
      "base_low",
      "base_high",
      "stock_low",
      "stock_high",
      "bonus_pct",
      "bonus_pct_high",
      "total_comp_low",
      "total_comp_high",
    ]);
    expect(keyDocMarkdown(keyDoc(["compensation", 2, "bonus_pct_high"])!)).toBe(
      "**`bonus_pct_high`** (in a compensation entry): number 0–100, optional\n\nUpper end of the target bonus when it is a range (`5–15%`); at least `bonus_pct`.\n\nExample: `bonus_pct_high: 15`",
    );
    expect(keyDoc(["level_mapping", "internal"])).toMatchObject({ kind: "text", nullable: true, required: true });
    expect(keyDoc(["compensation", "region"])).toBeUndefined();
  });
});

describe("minimalEdit", () => {
  it("replaces only the differing middle, never inside a CRLF", () => {
    expect(minimalEdit("abc\r\ndef", "abc\r\nxef")).toEqual({ start: 5, end: 6, newText: "x" });
    expect(minimalEdit("a\r\nb", "a\nb")).toEqual({ start: 1, end: 3, newText: "\n" });
    expect(minimalEdit("same", "same")).toBeUndefined();
  });
});

describe("diagnostic conversion", () => {
  it("maps info to Information and links the rule", () => {
    const finding = {
      rule: "x-rule",
      severity: "info" as const,
      message: "m",
      span: { start: 0, end: 1 },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      fixes: [],
    };
    expect(toDiagnostic(finding)).toMatchObject({
      severity: 3,
      code: "x-rule",
      source: "seeds",
      codeDescription: { href: expect.stringMatching(/rules\.md#x-rule$/) },
    });
  });
});

describe("completion corners", () => {
  it("sends plain text to clients without snippets", () => {
    const [entry] = labels("---\ncompensation:\n  |\n---\n");
    expect(entry!.insertTextFormat).toBe(1);
    expect(entry!.textEdit).toMatchObject({
      newText:
        "- region: Region\n    currency: USD\n    base_low: 0\n    base_high: 0\n    stock_low: 0\n    stock_high: 0\n    bonus_pct: 0\n    total_comp_low: 0\n    total_comp_high: 0",
    });
  });

  it("completes keys in a frontmatter whose closing line is not typed yet", () => {
    expect(labels("---\ncompany: acme\nrole_t|").map((item) => item.label)).toContain("role_type");
  });

  it("offers data sources the seed does not list, workspace ones included", () => {
    const items = labels("---\ndata_sources:\n  - Glassdoor\n  - |\n---\n");
    expect(items.map((item) => item.label)).not.toContain("Glassdoor");
    expect(items.map((item) => item.label)).toContain("Team survey");
  });

  it("puts regions used in the workspace first and derives ids from display names", () => {
    const regions = labels("---\ncompensation:\n  - region: |\n---\n");
    expect(
      [...regions]
        .sort((a, b) => a.sortText!.localeCompare(b.sortText!))
        .slice(0, 2)
        .map((item) => item.label),
    ).toEqual(["Lisbon", "Mars Base"]);
    expect(labels('---\ncompany_display: "Weights & Biases"\ncompany: |\n---\n').map((item) => item.label)).toEqual(["weights-and-biases"]);
  });

  it("sends the shared edit range once to clients that take list defaults", () => {
    const items = labels("---\ncompensation:\n  - currency: G|\n---\n");
    const list = completionResult(items, true);
    expect(Array.isArray(list)).toBe(false);
    if (Array.isArray(list)) return;
    expect(list.itemDefaults).toEqual({ editRange: { start: { line: 2, character: 14 }, end: { line: 2, character: 15 } } });
    expect(list.items.find((item) => item.label === "GBP")).toEqual({ label: "GBP", kind: 11, detail: "British Pound", filterText: "GBP British Pound" });
    expect(completionResult(items, false)).toBe(items);
  });

  it("offers nothing in prose", () => {
    expect(labels(reference.replace("ML/AI Engineers at W&B build", "ML/AI Engineers at W&B bu|ild"))).toEqual([]);
  });
});

describe("never throws", () => {
  const fragments = fc.constantFrom(
    "---\n",
    "---",
    "\n",
    "  ",
    "- ",
    "compensation:",
    "region: ",
    "currency: ",
    "| a | b |",
    "|---|",
    "#",
    ":",
    '"',
    "\r\n",
    "\t",
    "base_low: 1",
    "data_sources:",
    "level_mapping:",
    "\u0000",
    "💰",
  );
  it("in completion, hover, symbols, folding and code actions on arbitrary text", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fragments, fc.string({ maxLength: 5 })), { maxLength: 30 }), fc.nat(), (parts, at) => {
        const text = parts.join("");
        const seed = parseSeed(text);
        const offset = text.length ? at % (text.length + 1) : 0;
        completeSeed(seed, offset, env);
        hoverAt(seed, offset, env);
        documentSymbols(seed);
        foldingRanges(seed);
        const { findings } = checkSeed(text, { today: TODAY });
        codeActions(seed, findings, findings.map(toDiagnostic), undefined, {
          uri: "file:///x.md",
          version: 1,
          config: DEFAULT_CONFIG,
          today: TODAY,
          documentChanges: true,
        });
      }),
      { numRuns: 1500 },
    );
  });
});
