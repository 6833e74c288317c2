// The workspace over the protocol: background indexing with progress, cross-file rules on
// unopened seeds, watched file events, the config file, and the workspace commands.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DidChangeWatchedFilesNotification, ExecuteCommandRequest, FileChangeType, WorkspaceDiagnosticRequest } from "vscode-languageserver-protocol/node";
import { REFERENCE, startClient, uriOf, type TestClient } from "./helpers/client";

const reference = readFileSync(REFERENCE, "utf8");
const WATCHING = { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, configuration: true }, window: { workDoneProgress: true } };

let folder: string;
let client: TestClient | undefined;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "seeds-lsp-"));
  writeFileSync(join(folder, "a.md"), reference);
  writeFileSync(join(folder, "b.md"), reference);
  writeFileSync(join(folder, "README.md"), "# Seeds\n\nNot a seed.\n");
});
afterEach(async () => {
  await client?.stop();
  client = undefined;
  rmSync(folder, { recursive: true, force: true });
});

const codes = (diagnostics: { code?: number | string }[]) => diagnostics.map((d) => d.code);

describe("workspace", () => {
  it("publishes duplicate-seed for unopened seeds, and clears it when a file changes on disk", async () => {
    ({ client } = await startClient({ workspaceFolders: [folder], capabilities: WATCHING, settings: { diagnostics: { scope: "workspace" } } }));
    const [a, b] = [uriOf(join(folder, "a.md")), uriOf(join(folder, "b.md"))];
    const published = await client.diagnostics(b, { test: (p) => codes(p.diagnostics).includes("duplicate-seed") });
    const duplicate = published.diagnostics.find((d) => d.code === "duplicate-seed")!;
    expect(duplicate).toMatchObject({
      range: { start: { line: 3, character: 6 }, end: { line: 3, character: 20 } },
      severity: 1,
      message: "Another seed has the same company and role (weights-and-biases / ml-ai-engineer): a.md.",
    });
    expect(duplicate.relatedInformation).toEqual([
      { location: { uri: a, range: { start: { line: 3, character: 6 }, end: { line: 3, character: 20 } } }, message: "The same company and role in a.md" },
    ]);
    expect(codes(published.diagnostics)).toEqual(["duplicate-seed", "review-overdue", "table-bonus-range", "table-bonus-range", "table-bonus-range"]);
    expect(client.published.some((p) => p.uri.endsWith("README.md"))).toBe(false);

    const from = client.mark();
    writeFileSync(join(folder, "b.md"), reference.replace("role: ml-ai-engineer", "role: ml-engineer"));
    void client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: b, type: FileChangeType.Changed }] });
    const [afterA, afterB] = await Promise.all([
      client.diagnostics(a, { from, test: (p) => !codes(p.diagnostics).includes("duplicate-seed") }),
      client.diagnostics(b, { from, test: (p) => !codes(p.diagnostics).includes("duplicate-seed") }),
    ]);
    expect(codes(afterA.diagnostics)).toEqual(["review-overdue", "table-bonus-range", "table-bonus-range", "table-bonus-range"]);
    expect(codes(afterB.diagnostics)).toEqual(["review-overdue", "table-bonus-range", "table-bonus-range", "table-bonus-range"]);
  });

  it("re-checks an open seed when its duplicate is deleted, in the default scope", async () => {
    ({ client } = await startClient({ workspaceFolders: [folder], capabilities: WATCHING }));
    await client.indexed();
    const a = uriOf(join(folder, "a.md"));
    client.open(a, reference, 1);
    const opened = await client.diagnostics(a, { version: 1 });
    expect(codes(opened.diagnostics)).toContain("duplicate-seed");
    // Unopened seeds get nothing in the "openFiles" scope.
    expect(client.published.filter((p) => p.uri !== a)).toEqual([]);
    const from = client.mark();
    rmSync(join(folder, "b.md"));
    void client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: uriOf(join(folder, "b.md")), type: FileChangeType.Deleted }],
    });
    const after = await client.diagnostics(a, { from, version: 1 });
    expect(codes(after.diagnostics)).toEqual(["review-overdue", "table-bonus-range", "table-bonus-range", "table-bonus-range"]);
  });

  it("publishes unopened seeds once the scope setting changes to workspace, and clears them when it changes back", async () => {
    ({ client } = await startClient({ workspaceFolders: [folder], capabilities: WATCHING }));
    await client.indexed();
    const b = uriOf(join(folder, "b.md"));
    let from = client.mark();
    client.settings = { diagnostics: { scope: "workspace" } };
    void client.connection.sendNotification("workspace/didChangeConfiguration", { settings: { seeds: client.settings } });
    const published = await client.diagnostics(b, { from });
    expect(codes(published.diagnostics)).toEqual(["duplicate-seed", "review-overdue", "table-bonus-range", "table-bonus-range", "table-bonus-range"]);
    from = client.mark();
    client.settings = { diagnostics: { scope: "openFiles" } };
    void client.connection.sendNotification("workspace/didChangeConfiguration", { settings: { seeds: client.settings } });
    expect((await client.diagnostics(b, { from })).diagnostics).toEqual([]);
  });

  it("applies a changed seeds.config.json to open seeds without a restart", async () => {
    ({ client } = await startClient({ workspaceFolders: [folder], capabilities: WATCHING }));
    await client.indexed();
    const a = uriOf(join(folder, "a.md"));
    client.open(a, reference, 1);
    await client.diagnostics(a, { version: 1 });
    const from = client.mark();
    writeFileSync(join(folder, "seeds.config.json"), JSON.stringify({ rules: { "review-overdue": "off", "duplicate-seed": "warning" } }));
    void client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: uriOf(join(folder, "seeds.config.json")), type: FileChangeType.Created }],
    });
    const after = await client.diagnostics(a, { from, test: (p) => !codes(p.diagnostics).includes("review-overdue") });
    expect(after.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["duplicate-seed", 2],
      ["table-bonus-range", 2],
      ["table-bonus-range", 2],
      ["table-bonus-range", 2],
    ]);
  });

  it("answers the workspace commands: counts, overdue reviews", async () => {
    writeFileSync(
      join(folder, "c.md"),
      reference.replace("role: ml-ai-engineer", "role: staff").replace("next_review_due: 2026-05-23", "next_review_due: 2026-06-21"),
    );
    ({ client } = await startClient({ workspaceFolders: [folder], capabilities: WATCHING }));
    const counts = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: "seeds.server.checkWorkspace", arguments: [] });
    // 3 seeds: each has review-overdue and 3 table-bonus-range warnings; a and b are duplicates (2 errors).
    expect(counts).toEqual({ files: 3, errors: 2, warnings: 12, infos: 0 });
    const overdue = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: "seeds.server.overdueReviews", arguments: [] });
    expect(overdue).toEqual([
      { uri: uriOf(join(folder, "a.md")), file: "a.md", company: "weights-and-biases", role: "ml-ai-engineer", nextReviewDue: "2026-05-23", daysOverdue: 39 },
      { uri: uriOf(join(folder, "b.md")), file: "b.md", company: "weights-and-biases", role: "ml-ai-engineer", nextReviewDue: "2026-05-23", daysOverdue: 39 },
      { uri: uriOf(join(folder, "c.md")), file: "c.md", company: "weights-and-biases", role: "staff", nextReviewDue: "2026-06-21", daysOverdue: 10 },
    ]);
  });

  it("reports unopened seeds through workspace/diagnostic to pull clients", async () => {
    ({ client } = await startClient({
      workspaceFolders: [folder],
      capabilities: { ...WATCHING, textDocument: { diagnostic: {} } },
      settings: { diagnostics: { scope: "workspace" } },
    }));
    await client.indexed();
    const report = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    expect(report.items.map((item) => [item.uri.slice(-4), item.kind, item.kind === "full" ? codes(item.items) : []])).toEqual([
      ["a.md", "full", ["duplicate-seed", "review-overdue", "table-bonus-range", "table-bonus-range", "table-bonus-range"]],
      ["b.md", "full", ["duplicate-seed", "review-overdue", "table-bonus-range", "table-bonus-range", "table-bonus-range"]],
    ]);
    const again = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, {
      previousResultIds: report.items.map((item) => ({ uri: item.uri, value: item.resultId! })),
    });
    expect(again.items.map((item) => item.kind)).toEqual(["unchanged", "unchanged"]);
    expect(client.published).toEqual([]);
  });
});
