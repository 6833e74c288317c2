// @ts-nocheck
// The language server recognises seeds by their content (engine: isSeedFile), wherever they
// live: a flat folder of `.txt` seeds with no config gets workspace diagnostics, and a README
// beside them (even one mentioning a company, even in a folder with a seeds.config.json) gets none.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ROOT, startClient, uriOf, type TestClient } from "./helpers/client";

const SEED = "000_5ae9dcfe2e03ad59.txt";
const README = "---\ntitle: Notes\ncompany: Acme\n---\n# Notes about Acme's seeds\n";
const WATCHING = { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, configuration: true }, window: { workDoneProgress: true } };
const WORKSPACE_SCOPE = { diagnostics: { scope: "workspace" } };

let folder: string | undefined;
let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** A flat folder: the reference seed as 000_5ae9dcfe2e03ad59.txt, a README.md, a notes.txt. */
function flatFolder(config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "seeds-lsp-flat-"));
  copyFileSync(join(ROOT, "seeds", SEED), join(dir, SEED));
  writeFileSync(join(dir, "README.md"), README);
  writeFileSync(join(dir, "notes.txt"), "company: Acme\ncompensation: ask\n");
  if (config !== undefined) writeFileSync(join(dir, "seeds.config.json"), config);
  return dir;
}

/**
 * A request answered after everything the server sent before it: publications that follow the
 * end of indexing (republishAll runs synchronously after it) have then arrived.
 */
const roundTrip = (client: TestClient, dir: string) =>
  client.connection.sendRequest("textDocument/hover", { textDocument: { uri: uriOf(join(dir, "README.md")) }, position: { line: 0, character: 0 } });

const codes = (diagnostics: { code?: number | string }[]) => diagnostics.map((d) => d.code);
const REFERENCE_CODES = ["review-overdue", "table-bonus-range", "table-bonus-range", "table-bonus-range"];

describe("seed detection in the language server", () => {
  it.each([
    ["without a config file", undefined],
    ["with a seeds.config.json", "{}"],
  ])("publishes workspace diagnostics for a flat folder's .txt seed only, %s", async (_name, config) => {
    folder = flatFolder(config);
    ({ client } = await startClient({ workspaceFolders: [folder], capabilities: WATCHING, settings: WORKSPACE_SCOPE }));
    const published = await client.diagnostics(uriOf(join(folder, SEED)));
    expect(codes(published.diagnostics)).toEqual(REFERENCE_CODES);
    await client.indexed();
    await roundTrip(client, folder);
    expect([...new Set(client.published.map((p) => p.uri))]).toEqual([uriOf(join(folder, SEED))]);
  });

  it("checks an open Markdown seed from a client without a seed language, never a README with a company in its frontmatter", async () => {
    folder = flatFolder("{}");
    ({ client } = await startClient({ workspaceFolders: [folder], capabilities: WATCHING }));
    const readme = uriOf(join(folder, "README.md"));
    const seed = uriOf(join(folder, SEED));
    client.open(readme, README, 1, "markdown");
    client.open(seed, readFileSync(join(folder, SEED), "utf8"), 1, "plaintext");
    expect(codes((await client.diagnostics(seed, { version: 1 })).diagnostics)).toEqual(REFERENCE_CODES);
    expect(client.published.filter((p) => p.uri === readme).flatMap((p) => p.diagnostics)).toEqual([]);
  });
});
