// Completion that helps: the value being typed is never offered back as a region "used in this
// workspace" (typing "Tok" used to offer "Tok" above Tokyo), the best match is preselected, and a
// new entry's currency follows its region.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CompletionRequest, type CompletionItem, type TextEdit } from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { DEFAULT_CONFIG, parseSeed } from "../../server/src/engine";
import { completeSeed, type CompletionEnv } from "../../server/src/lsp/features/completion";
import { bestMatch } from "../../server/src/lsp/features/completion-values";
import { REFERENCE, startClient, TODAY, uriOf, type TestClient } from "./helpers/client";

const reference = readFileSync(REFERENCE, "utf8");
const NEW_ENTRY = "  - region: Tok\nlevel_mapping:";
const typing = reference.replace("level_mapping:", NEW_ENTRY);

const env = (snippets: boolean): CompletionEnv => ({ config: DEFAULT_CONFIG, today: TODAY, workspaceRegions: [], workspaceDataSources: [], snippets });
/** Completion at the `|` of a seed text, without a server. */
const completeAt = (marked: string, snippets = true) => {
  const offset = marked.indexOf("|");
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { text, items: completeSeed(parseSeed(text), offset, env(snippets)) };
};

/** What VS Code writes for a snippet transform `${1/regex/format/options}` when placeholder 1 holds `value`. */
function applyMirror(snippet: string, value: string): string {
  const [, regex, format, options] = /\$\{1\/(.*)\/(.*)\/(\w*)\}/.exec(snippet)!;
  const match = new RegExp(regex!.replace(/\\\//g, "/"), options).exec(value);
  return format!.replace(/\$\{(\d+):\+(\w+)\}/g, (_, group: string, text: string) => (match?.[Number(group)] ? text : ""));
}

describe("region completion over the protocol, in a workspace folder", () => {
  let folder: string;
  let client: TestClient;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "seeds-completion-"));
    writeFileSync(join(folder, "a.md"), reference);
    ({ client } = await startClient({
      workspaceFolders: [folder],
      capabilities: { window: { workDoneProgress: true } },
      initializationOptions: { settings: { debounceMs: 0 } },
    }));
    await client.indexed();
  });
  afterAll(async () => {
    await client?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it("does not offer the region being typed back, and preselects Tokyo for 'Tok'", async () => {
    const uri = uriOf(join(folder, "b.md"));
    client.open(uri, typing, 1);
    // Checked (and so indexed, with its region "Tok") before completion is asked for.
    await client.diagnostics(uri, { version: 1 });
    const position = TextDocument.create(uri, "seed", 1, typing).positionAt(typing.indexOf(NEW_ENTRY) + "  - region: Tok".length);
    const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })) as CompletionItem[];
    const labels = items.map((item) => item.label);
    expect(labels).not.toContain("Tok");
    expect(labels).toEqual(expect.arrayContaining(["Tokyo", "Toronto"]));
    expect(items.filter((item) => item.preselect).map((item) => [item.label, item.detail])).toEqual([["Tokyo", "JPY (Japanese Yen)"]]);
    const tokyo = items.find((item) => item.label === "Tokyo")!;
    expect((tokyo.textEdit as TextEdit).newText).toBe("Tokyo");
    expect(tokyo.additionalTextEdits?.map((edit) => edit.newText)).toEqual(["    currency: JPY\n"]);
  });
});

describe("best match", () => {
  const order = (name: string) => name;
  it("prefers a prefix match, then a match inside the name, and nothing when nothing is typed", () => {
    expect(bestMatch(["Toronto", "Tokyo", "Kyoto"], "tok", order)).toBe("Tokyo");
    expect(bestMatch(["Toronto", "Tokyo", "Kyoto"], "yot", order)).toBe("Kyoto");
    expect(bestMatch(["Toronto", "Tokyo"], "", order)).toBeUndefined();
    expect(bestMatch(["Toronto", "Tokyo"], "Zzz", order)).toBeUndefined();
  });
});

describe("a new entry's currency follows its region", () => {
  it("offers the region's usual currency for the currency key once the region is known", () => {
    const { items } = completeAt(reference.replace("level_mapping:", "  - region: Tokyo\n    |\nlevel_mapping:"));
    const currency = items.find((item) => item.label === "currency")!;
    expect((currency.textEdit as TextEdit).newText).toBe("currency: ${1:JPY}");
  });

  it("writes the entry snippet's currency from the region typed or chosen into it", () => {
    const { items } = completeAt(reference.replace("level_mapping:", "  - |\nlevel_mapping:"));
    const entry = items.find((item) => item.label === "compensation entry")!;
    const snippet = (entry.textEdit as TextEdit).newText;
    expect(snippet.split("\n").map((line) => line.replace(/\$\{1\/.*\}$/, "<mirror>"))).toEqual([
      "region: ${1:Region}",
      "    currency: <mirror>",
      "    base_low: ${2:0}",
      "    base_high: ${3:0}",
      "    stock_low: ${4:0}",
      "    stock_high: ${5:0}",
      "    bonus_pct: ${6:0}",
      "    total_comp_low: ${7:0}",
      "    total_comp_high: ${8:0}",
    ]);
    expect(["Tokyo", "london", "Zurich", "São Paulo", "Atlantis", "Region"].map((region) => applyMirror(snippet, region))).toEqual([
      "JPY",
      "GBP",
      "CHF",
      "BRL",
      "USD",
      "USD",
    ]);
  });

  it("falls back to the currency the seed's entries use most, also for clients without snippets", () => {
    const pounds = reference.replaceAll("currency: USD", "currency: GBP");
    const { items } = completeAt(pounds.replace("level_mapping:", "  - |\nlevel_mapping:"), false);
    const entry = items.find((item) => item.label === "compensation entry")!;
    expect((entry.textEdit as TextEdit).newText.split("\n").slice(0, 2)).toEqual(["region: Region", "    currency: GBP"]);
    const { items: snippetItems } = completeAt(pounds.replace("level_mapping:", "  - |\nlevel_mapping:"));
    const snippet = (snippetItems.find((item) => item.label === "compensation entry")!.textEdit as TextEdit).newText;
    expect(applyMirror(snippet, "Atlantis")).toBe("GBP");
    expect(applyMirror(snippet, "Tokyo")).toBe("JPY");
  });

  it("indents the entry from the list's own dash column", () => {
    const deeper = reference.replace(/^ {2}- region/gm, "    - region").replace(/^ {4}(\w)/gm, "      $1");
    const { items } = completeAt(deeper.replace("level_mapping:", "    - |\nlevel_mapping:"), false);
    const entry = items.find((item) => item.label === "compensation entry")!;
    expect((entry.textEdit as TextEdit).newText.split("\n").slice(1, 3)).toEqual(["      currency: USD", "      base_low: 0"]);
  });
});
