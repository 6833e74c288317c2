// Check Workspace shows what it found: every seed's diagnostics, in the default "openFiles" scope
// too, until the next check or a settings change (a regression test: the command counted 3000
// seeds' problems while only the open file had diagnostics).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExecuteCommandRequest, WorkspaceDiagnosticRequest } from "vscode-languageserver-protocol/node";
import { REFERENCE, startClient, uriOf, type TestClient } from "./helpers/client";

const reference = readFileSync(REFERENCE, "utf8");
const CAPABILITIES = { workspace: { configuration: true }, window: { workDoneProgress: true } };
const OVERDUE_AND_BONUS = ["review-overdue", "table-bonus-range", "table-bonus-range", "table-bonus-range"];

let folder: string;
let client: TestClient | undefined;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "seeds-check-"));
  writeFileSync(join(folder, "a.md"), reference);
  writeFileSync(join(folder, "b.md"), reference.replace("role: ml-ai-engineer", "role: staff"));
});
afterEach(async () => {
  await client?.stop();
  client = undefined;
  rmSync(folder, { recursive: true, force: true });
});

const codes = (diagnostics: { code?: number | string }[]) => diagnostics.map((d) => d.code);
const checkWorkspace = () => client!.connection.sendRequest(ExecuteCommandRequest.type, { command: "seeds.server.checkWorkspace", arguments: [] });
const changeSettings = (settings: Record<string, unknown>) => {
  client!.settings = settings;
  void client!.connection.sendNotification("workspace/didChangeConfiguration", { settings: { seeds: settings } });
};

describe("Check Workspace in the default scope", () => {
  it("pushes every unopened seed's diagnostics, and clears them on a settings change", async () => {
    ({ client } = await startClient({ workspaceFolders: [folder], capabilities: CAPABILITIES }));
    await client.indexed();
    expect(client.published).toEqual([]);
    const [a, b] = [uriOf(join(folder, "a.md")), uriOf(join(folder, "b.md"))];
    expect(await checkWorkspace()).toEqual({ files: 2, errors: 0, warnings: 8, infos: 0 });
    // The command answers after the diagnostics went out.
    expect(codes((await client.diagnostics(a)).diagnostics)).toEqual(OVERDUE_AND_BONUS);
    expect(codes((await client.diagnostics(b)).diagnostics)).toEqual(OVERDUE_AND_BONUS);

    const from = client.mark();
    changeSettings({ rules: { "table-bonus-range": "info" } });
    expect((await client.diagnostics(a, { from })).diagnostics).toEqual([]);
    expect((await client.diagnostics(b, { from })).diagnostics).toEqual([]);
  });

  it("reports every unopened seed to a pull client until a settings change", async () => {
    ({ client } = await startClient({ workspaceFolders: [folder], capabilities: { ...CAPABILITIES, textDocument: { diagnostic: {} } } }));
    await client.indexed();
    const pull = (previous: { uri: string; value: string }[] = []) =>
      client!.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: previous });
    expect((await pull()).items).toEqual([]);
    await checkWorkspace();
    const shown = await pull();
    expect(shown.items.map((item) => [item.uri.slice(-4), item.kind === "full" ? codes(item.items) : item.kind])).toEqual([
      ["a.md", OVERDUE_AND_BONUS],
      ["b.md", OVERDUE_AND_BONUS],
    ]);
    changeSettings({});
    // The server reads the new settings before it answers the next pull: poll for the cleared report.
    const previous = shown.items.map((item) => ({ uri: item.uri, value: item.resultId! }));
    const deadline = Date.now() + 5_000;
    let cleared = await pull(previous);
    while (cleared.items.some((item) => item.kind !== "full" || item.items.length > 0) && Date.now() < deadline) cleared = await pull(previous);
    expect(cleared.items.map((item) => [item.uri.slice(-4), item.kind === "full" ? item.items : item.kind])).toEqual([
      ["a.md", []],
      ["b.md", []],
    ]);
  });
});
