// Completion, hover, code actions, symbols and commands over the protocol, on the reference seed.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CodeActionRequest,
  CompletionRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  FoldingRangeRequest,
  HoverRequest,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type MarkupContent,
  type TextEdit,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { REFERENCE, startClient, TODAY, type TestClient } from "./helpers/client";

const reference = readFileSync(REFERENCE, "utf8");
let client: TestClient;
let version = 0;
let applied: { edit: { changes?: Record<string, TextEdit[]> } }[] = [];

beforeAll(async () => {
  ({ client } = await startClient({
    capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } }, workspace: { applyEdit: true } },
    initializationOptions: { settings: { debounceMs: 0 } },
  }));
  client.connection.onRequest("workspace/applyEdit", (params: { edit: { changes?: Record<string, TextEdit[]> } }) => {
    applied.push(params);
    return { applied: true };
  });
});
afterAll(() => client.stop());

/** Opens a new document (a fresh URI per test) and waits for its first diagnostics. */
async function open(text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = `file:///virtual/features-${++version}.md`;
  client.open(uri, text, 1);
  const { diagnostics } = await client.diagnostics(uri, { version: 1 });
  return { uri, diagnostics };
}

const positionOf = (text: string, needle: string, delta = 0) => TextDocument.create("x", "seed", 1, text).positionAt(text.indexOf(needle) + delta);
const complete = (uri: string, text: string, needle: string, delta = needle.length) =>
  client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, needle, delta) }) as Promise<CompletionItem[]>;
const applyEdits = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create("x", "seed", 1, text), edits);

describe("completion", () => {
  it("offers every ISO 4217 currency with its name, the region's usual one first", async () => {
    const text = reference.replace("    currency: GBP", "    currency: ");
    const { uri } = await open(text);
    const items = await complete(uri, text, "    currency: \n", "    currency: ".length);
    const gbp = items.find((item) => item.label === "GBP")!;
    expect(gbp).toMatchObject({ detail: "British Pound (usual in London)", preselect: true, sortText: "0GBP" });
    expect(gbp.textEdit).toEqual({ range: { start: { line: 37, character: 14 }, end: { line: 37, character: 14 } }, newText: "GBP" });
    expect(items.find((item) => item.label === "EUR")!.detail).toBe("Euro");
    expect(items.length).toBeGreaterThan(150);
  });

  it("adds the usual currency when a region is chosen in a new entry", async () => {
    const text = reference.replace("level_mapping:", "  - region: \nlevel_mapping:");
    const { uri } = await open(text);
    const items = await complete(uri, text, "  - region: \n", "  - region: ".length);
    const berlin = items.find((item) => item.label === "Berlin")!;
    expect(berlin.textEdit).toEqual({ range: { start: { line: 38, character: 12 }, end: { line: 38, character: 12 } }, newText: "Berlin" });
    expect(berlin.additionalTextEdits).toEqual([
      { range: { start: { line: 39, character: 0 }, end: { line: 39, character: 0 } }, newText: "    currency: EUR\n" },
    ]);
    // Regions the seed already has are not offered again.
    expect(items.map((item) => item.label)).not.toContain("London");
    const result = applyEdits(text, [berlin.textEdit as TextEdit, ...berlin.additionalTextEdits!]);
    expect(result).toContain("  - region: Berlin\n    currency: EUR\nlevel_mapping:");
  });

  it("offers missing keys, required first, documented from the schema", async () => {
    const text = reference
      .replace("role_type: standard\n", "\n")
      .replace("data_quality: high\n", "")
      .replace("    bonus_pct: 5\n    total_comp_low: 203000\n    total_comp_high: 300000", "    total_comp_low: 203000\n    ");
    const { uri } = await open(text);
    const top = await complete(uri, text, "role_display: ML/AI Engineer\n\n", "role_display: ML/AI Engineer\n".length);
    expect(top.sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((item) => item.label)).toEqual(["role_type", "data_quality"]);
    expect(top[0]!.documentation).toEqual({ kind: "markdown", value: expect.stringContaining("Kind of role: `standard`, `leadership` or `specialist`.") });
    const entry = await complete(uri, text, "    total_comp_low: 203000\n    ", "    total_comp_low: 203000\n    ".length);
    expect(entry.sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((item) => item.label)).toEqual(["bonus_pct", "total_comp_high", "bonus_pct_high"]);
  });

  it("offers enum values and today's date", async () => {
    const text = reference.replace("data_quality: high", "data_quality: ").replace("last_updated: 2026-02-23", "last_updated: ");
    const { uri } = await open(text);
    expect((await complete(uri, text, "data_quality: ")).map((item) => item.label)).toEqual(["high", "medium", "low"]);
    expect((await complete(uri, text, "last_updated: ")).map((item) => item.label)).toEqual([TODAY]);
  });

  it("offers the row of a region the table lacks on the empty line after it", async () => {
    const text = reference.replace("| London | £148K–£194K | £128K–£233K | 5–15% | £203K–£300K |\n", "\n");
    const { uri } = await open(text);
    const items = await complete(
      uri,
      text,
      "| New York | $190K–$250K | $170K–$310K | 5–15% | $263K–$388K |\n",
      "| New York | $190K–$250K | $170K–$310K | 5–15% | $263K–$388K |\n".length,
    );
    expect(items.map((item) => [item.label, (item.textEdit as TextEdit).newText])).toEqual([
      ["London row", "| London | £148K–£194K | £128K–£233K | 5% | £203K–£300K |"],
    ]);
  });
});

describe("hover", () => {
  it("documents a key", async () => {
    const { uri } = await open(reference);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(reference, "salary_data_quarter", 3) });
    expect((hover!.contents as MarkupContent).value).toBe(
      "**`salary_data_quarter`**: quarter, YYYY-Qn, required\n\nQuarter of the salary data (YYYY-Qn); not after `last_updated`.\n\nExample: `salary_data_quarter: 2025-Q4`",
    );
    expect(hover!.range).toEqual({ start: { line: 8, character: 0 }, end: { line: 8, character: 19 } });
  });

  it("shows an amount as money in its entry's currency", async () => {
    const { uri } = await open(reference);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(reference, "base_low: 148000", 12) });
    expect((hover!.contents as MarkupContent).value.split("\n")[0]).toBe("`148000` GBP is **£148K**.");
    expect(hover!.range).toEqual({ start: { line: 30, character: 14 }, end: { line: 30, character: 20 } });
  });

  it("shows the frontmatter values a table cell must agree with", async () => {
    const { uri } = await open(reference);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(reference, "| £148K–£194K", 3) });
    expect((hover!.contents as MarkupContent).value).toBe(
      "From the frontmatter (**London**): `base_low: 148000`, `base_high: 194000`, `currency: GBP` → **£148K–£194K**.",
    );
  });

  it("reads a cell by the column its figures follow when only the titles were swapped", async () => {
    const swapped = reference.replace("| Region | Base Salary | Stock (RSU/4yr) |", "| Region | Stock (RSU/4yr) | Base Salary |");
    const { uri } = await open(swapped);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(swapped, "| £148K–£194K", 3) });
    expect((hover!.contents as MarkupContent).value).toBe(
      "From the frontmatter (**London**): `base_low: 148000`, `base_high: 194000`, `currency: GBP` → **£148K–£194K**.",
    );
  });
});

describe("code actions", () => {
  const actionsFor = (uri: string, diagnostics: Diagnostic[], only?: string[]) =>
    client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics, only },
    }) as Promise<CodeAction[]>;

  it("offers both directions of a fix, the safe one preferred, and applying it removes the diagnostic", async () => {
    const { uri, diagnostics } = await open(reference.replace("| London | £148K–£194K |", "| London | $148K–$194K |"));
    const cell = diagnostics.find((d) => d.code === "table-cell-mismatch")!;
    expect((await actionsFor(uri, [cell])).map((a) => [a.title, a.kind, a.isPreferred ?? false])).toEqual([
      ["Set London's Base Salary to £148K–£194K (from the frontmatter)", "quickfix", true],
      ["Set London's currency from the table ($148K–$194K)", "quickfix", false],
      ["Disable table-cell-mismatch for this file", "quickfix", false],
      ["Regenerate table from frontmatter", "refactor.rewrite", false],
    ]);
  });

  it("a bonus range over a single bonus_pct: both directions are suggestions, none preferred, no fix-all (regression)", async () => {
    const { uri, diagnostics } = await open(reference);
    const bonuses = diagnostics.filter((d) => d.code === "table-bonus-range");
    const bonus = bonuses[0]!;
    const actions = await actionsFor(uri, [bonus]);
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false])).toEqual([
      ["Add 'bonus_pct_high: 15' to San Francisco (keep the table's range)", "quickfix", false],
      ["Add bonus_pct_high from the table to every entry", "quickfix", false],
      ["Set San Francisco's Bonus to 5% (drop the table's upper end)", "quickfix", false],
      ["Disable table-bonus-range for this file", "quickfix", false],
      ["Regenerate table from frontmatter", "refactor.rewrite", false],
    ]);
    expect(actions[0]!.diagnostics).toEqual([bonus]);
    // Asked for all three diagnostics at once, the every-entry action is still listed once.
    const titles = (await actionsFor(uri, bonuses)).map((a) => a.title);
    expect(titles.filter((title) => title === "Add bonus_pct_high from the table to every entry")).toHaveLength(1);
    const fixed = applyEdits(reference, actions[0]!.edit!.changes![uri]!);
    const from = client.mark();
    client.change(uri, 2, fixed);
    const after = await client.diagnostics(uri, { version: 2, from });
    expect(after.diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
      ["review-overdue", 9],
      ["table-bonus-range", 55],
      ["table-bonus-range", 56],
    ]);
  });

  it("fixes all safe problems with source.fixAll.seeds, and never drops a bonus range (regression)", async () => {
    const broken = reference.replace("| London | £148K–£194K |", "| London | $148K–$194K |");
    const { uri } = await open(broken);
    const [fixAll] = await actionsFor(uri, [], ["source.fixAll"]);
    expect(fixAll!.kind).toBe("source.fixAll.seeds");
    const fixed = applyEdits(broken, fixAll!.edit!.changes![uri]!);
    expect(fixed).toBe(reference);
    const from = client.mark();
    client.change(uri, 2, fixed);
    expect((await client.diagnostics(uri, { version: 2, from })).diagnostics.map((d) => d.code)).toEqual([
      "review-overdue",
      "table-bonus-range",
      "table-bonus-range",
      "table-bonus-range",
    ]);
    // On the reference seed itself there is nothing safe to fix: no fix-all action.
    const { uri: untouched } = await open(reference);
    expect(await actionsFor(untouched, [], ["source.fixAll"])).toEqual([]);
  });

  it("adds bonus_pct_high from the table to every entry as a source action", async () => {
    const { uri } = await open(reference);
    const actions = await actionsFor(uri, [], ["source"]);
    const add = actions.find((a) => a.kind === "source.addBonusPctHigh.seeds")!;
    expect(add.title).toBe("Add bonus_pct_high from the table to every entry");
    const fixed = applyEdits(reference, add.edit!.changes![uri]!);
    expect(fixed).toBe(reference.replace(/( {4}bonus_pct: 5\n)/g, "$1    bonus_pct_high: 15\n"));
    const from = client.mark();
    client.change(uri, 2, fixed);
    expect((await client.diagnostics(uri, { version: 2, from })).diagnostics.map((d) => d.code)).toEqual(["review-overdue"]);
  });

  it("offers the rewrites: regenerate the table, mark reviewed today", async () => {
    const { uri } = await open(reference);
    const actions = await actionsFor(uri, [], ["refactor"]);
    expect(actions.map((a) => [a.title, a.kind])).toEqual([
      ["Regenerate table from frontmatter", "refactor.rewrite"],
      ["Mark reviewed today", "refactor.rewrite"],
    ]);
    const reviewed = applyEdits(reference, actions[1]!.edit!.changes![uri]!);
    expect(reviewed).toContain(`last_updated: ${TODAY}\n`);
    expect(reviewed).toContain("next_review_due: 2026-09-29\n");
  });

  it("offers a rewrite only where it applies when the client does not ask for refactorings", async () => {
    const { uri } = await open(reference);
    const at = (line: number) =>
      client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line, character: 0 }, end: { line, character: 0 } },
        context: { diagnostics: [] },
      }) as Promise<CodeAction[]>;
    expect((await at(60)).map((a) => a.title)).toEqual([]);
    expect((await at(9)).map((a) => a.title)).toEqual(["Mark reviewed today"]);
    expect((await at(52)).map((a) => a.title)).toEqual(["Regenerate table from frontmatter"]);
  });

  it("lists 'Mark reviewed today' once on an overdue review: as the quick fix, not again as a rewrite", async () => {
    const { uri, diagnostics } = await open(reference);
    const overdue = diagnostics.filter((d) => d.code === "review-overdue");
    expect(overdue).toHaveLength(1);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: overdue[0]!.range,
      context: { diagnostics: overdue },
    })) as CodeAction[];
    expect(actions.map((a) => [a.title, a.kind])).toEqual([
      [`Mark reviewed today (last_updated: ${TODAY}, next_review_due: 2026-09-29)`, "quickfix"],
      ["Disable review-overdue for this file", "quickfix"],
    ]);
  });

  it("runs the server commands through workspace/applyEdit", async () => {
    const { uri } = await open(reference);
    applied = [];
    const result = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: "seeds.server.markReviewed", arguments: [uri] });
    expect(result).toEqual({ applied: true });
    expect(applied[0]!.edit.changes![uri]!.map((edit) => edit.newText)).toEqual([TODAY, "2026-09-29"]);
    const seed = (await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: "seeds.server.newSeed",
      arguments: [{ company: "Acme Robotics", role: "Staff Engineer", regions: ["London"] }],
    })) as { text: string; fileName: string };
    expect(seed.fileName).toBe("acme-robotics-staff-engineer.md");
    expect(seed.text).toContain("company: acme-robotics\n");
    expect(seed.text).toContain('  - region: "London"\n    currency: GBP\n');
  });
});

describe("outline", () => {
  it("lists the frontmatter keys with one symbol per region, then the headings by level", async () => {
    const { uri } = await open(reference);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const frontmatter = symbols[0]!;
    expect(frontmatter.children!.map((s) => s.name)).toEqual([
      "company",
      "company_display",
      "role",
      "role_display",
      "role_type",
      "last_updated",
      "data_quality",
      "salary_data_quarter",
      "next_review_due",
      "compensation",
      "level_mapping",
      "data_sources",
      "negotiation_dna_summary",
    ]);
    const compensation = frontmatter.children!.find((s) => s.name === "compensation")!;
    expect(compensation.children!.map((s) => [s.name, s.detail, s.range.start.line, s.range.end.line])).toEqual([
      ["San Francisco", "USD · base $195K–$255K", 11, 19],
      ["New York", "USD · base $190K–$250K", 20, 28],
      ["London", "GBP · base £148K–£194K", 29, 37],
    ]);
    // Both guide headings are level 3; Evidence & Sources (level 4) nests under the second.
    expect(symbols.slice(1).map((s) => [s.name, s.range.start.line, s.range.end.line, s.children!.map((c) => c.name)])).toEqual([
      ["ML/AI Engineer | Weights & Biases Global Negotiation Guide", 47, 62, []],
      ["Intelligent ML Platform Features Lever", 64, 81, ["Evidence & Sources"]],
    ]);
  });

  it("folds the frontmatter, each entry, the table and each section", async () => {
    const { uri } = await open(reference);
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    expect(folds!.slice(0, 6).map((f) => [f.startLine, f.endLine])).toEqual([
      [0, 46],
      [10, 37],
      [11, 19],
      [20, 28],
      [29, 37],
      [38, 40],
    ]);
    expect(folds).toContainEqual({ startLine: 51, endLine: 55 });
  });
});
