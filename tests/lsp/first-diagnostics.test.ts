// The seed an author opens as the server starts gets its diagnostics first: the workspace index
// (here 1000 seeds, indexed in the background with progress) must not stand in front of them,
// pushed or pulled. A client may open a document right after `initialized`, before the server
// has even read its settings.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DocumentDiagnosticRequest } from "vscode-languageserver-protocol/node";
import { checkSeed } from "../../server/src/engine";
import { REFERENCE, startClient, TODAY, uriOf, type TestClient } from "./helpers/client";

const reference = readFileSync(REFERENCE, "utf8");
const SEEDS = 1000;
const CAPABILITIES = { workspace: { configuration: true }, window: { workDoneProgress: true } };
const PULL = { ...CAPABILITIES, textDocument: { diagnostic: { dynamicRegistration: false } } };

let folder: string;
let opened: string;
let client: TestClient | undefined;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "seeds-first-diagnostics-"));
  execFileSync(process.execPath, [resolve(__dirname, "..", "corpus", "gen-seeds.mjs"), "--out", folder, "--count", String(SEEDS)]);
  opened = join(folder, "opened.txt");
  writeFileSync(opened, reference);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

/** The engine's rules for the reference seed, in position order (it has no cross-file finding here). */
const expectedCodes = () => checkSeed(reference, { today: TODAY }).findings.map((finding) => finding.rule);

describe("the first diagnostics of the seed opened as the server starts", () => {
  it("are pushed before the workspace index finishes", async () => {
    ({ client } = await startClient({ workspaceFolders: [folder], capabilities: CAPABILITIES }));
    const uri = uriOf(opened);
    client.open(uri, reference, 1);
    const first = await client.diagnostics(uri, { version: 1 });
    expect(client.progressEnds).toEqual([]);
    expect(first.diagnostics.map((d) => d.code)).toEqual(expectedCodes());
    await client.indexed();
  });

  it("are not debounced: a fixed seeds.debounceMs delays the checks after edits, not the first one", async () => {
    const DEBOUNCE_MS = 10_000;
    ({ client } = await startClient({ workspaceFolders: [folder], capabilities: CAPABILITIES, settings: { debounceMs: DEBOUNCE_MS } }));
    await client.indexed();
    const uri = uriOf(opened);
    const started = performance.now();
    client.open(uri, reference, 1);
    await client.diagnostics(uri, { version: 1 });
    expect(performance.now() - started).toBeLessThan(DEBOUNCE_MS);
  });

  it("are answered to a pull before the workspace index finishes", async () => {
    ({ client } = await startClient({ workspaceFolders: [folder], capabilities: PULL }));
    const uri = uriOf(opened);
    client.open(uri, reference, 1);
    const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as {
      kind: string;
      items: { code?: string | number }[];
    };
    expect(client.progressEnds).toEqual([]);
    expect(report.kind).toBe("full");
    expect(report.items.map((d) => d.code)).toEqual(expectedCodes());
    await client.indexed();
  });
});
