// The server's watched-file and index paths read regular files only and walk folders like the
// CLI: file events naming FIFOs must not hang it (each read of one held a thread of Node's pool
// for good, and four of them stopped Check Workspace and every later read), and linked folders
// are indexed once, even when a link points back up.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DidChangeWatchedFilesNotification, ExecuteCommandRequest, FileChangeType } from "vscode-languageserver-protocol/node";
import { REFERENCE, startClient, uriOf, type TestClient } from "./helpers/client";

const reference = readFileSync(REFERENCE, "utf8");
const WATCHING = { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, configuration: true }, window: { workDoneProgress: true } };
// The reference seed: review-overdue and three table-bonus-range warnings.
const ONE_SEED = { files: 1, errors: 0, warnings: 4, infos: 0 };

let folder: string;
let outside: string;
let client: TestClient | undefined;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "seeds-lsp-files-"));
  outside = mkdtempSync(join(tmpdir(), "seeds-lsp-outside-"));
  writeFileSync(join(folder, "a.md"), reference);
});
afterEach(async () => {
  await client?.stop();
  client = undefined;
  rmSync(folder, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const checkWorkspace = () => client!.connection.sendRequest(ExecuteCommandRequest.type, { command: "seeds.server.checkWorkspace", arguments: [] });

describe("the server and odd files", () => {
  it("answers Check Workspace and sees edits on disk after file events naming FIFOs", async () => {
    const fifos = ["f1.md", "f2.md", "f3.md", "f4.md"].map((name) => join(folder, name));
    for (const fifo of fifos) execFileSync("mkfifo", [fifo]);
    ({ client } = await startClient({ workspaceFolders: [folder], capabilities: WATCHING }));
    await client.indexed();
    void client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: fifos.map((fifo) => ({ uri: uriOf(fifo), type: FileChangeType.Created as FileChangeType })),
    });
    expect(await checkWorkspace()).toEqual(ONE_SEED);

    writeFileSync(join(folder, "b.md"), reference);
    void client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: uriOf(join(folder, "b.md")), type: FileChangeType.Created }],
    });
    // b.md is a's duplicate: one duplicate-seed error each.
    expect(await checkWorkspace()).toEqual({ files: 2, errors: 2, warnings: 8, infos: 0 });
  }, 20_000);

  it("indexes a linked folder once, beside a link back to the workspace and odd files named like seeds", async () => {
    writeFileSync(join(outside, "c.md"), reference.replace("role: ml-ai-engineer", "role: staff"));
    symlinkSync(outside, join(folder, "linked"));
    symlinkSync(".", join(folder, "self"));
    symlinkSync("/dev/zero", join(folder, "zero.md"));
    execFileSync("mkfifo", [join(folder, "fifo.md")]);
    ({ client } = await startClient({ workspaceFolders: [folder], capabilities: WATCHING }));
    expect(await checkWorkspace()).toEqual({ files: 2, errors: 0, warnings: 8, infos: 0 });
    // Events naming them are not read either.
    void client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: ["zero.md", "fifo.md"].map((name) => ({ uri: uriOf(join(folder, name)), type: FileChangeType.Changed as FileChangeType })),
    });
    expect(await checkWorkspace()).toEqual({ files: 2, errors: 0, warnings: 8, infos: 0 });
  }, 20_000);

  it("takes an event on a link to a seed for the seed itself: no second copy, no false duplicate-seed", async () => {
    symlinkSync("a.md", join(folder, "alias.md"));
    ({ client } = await startClient({ workspaceFolders: [folder], capabilities: WATCHING, settings: { diagnostics: { scope: "workspace" } } }));
    const a = uriOf(join(folder, "a.md"));
    const first = await client.diagnostics(a);
    expect(first.diagnostics.map((d) => d.code)).toEqual(["review-overdue", "table-bonus-range", "table-bonus-range", "table-bonus-range"]);
    // The seed is edited (through either name): the index re-reads a.md, and only a.md.
    writeFileSync(join(folder, "a.md"), reference.replace("next_review_due: 2026-05-23", "next_review_due: 2026-12-01"));
    const from = client.mark();
    void client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: uriOf(join(folder, "alias.md")), type: FileChangeType.Changed as FileChangeType }],
    });
    const after = await client.diagnostics(a, { from });
    expect(after.diagnostics.map((d) => d.code)).toEqual(["table-bonus-range", "table-bonus-range", "table-bonus-range"]);
    expect(client.published.filter((p) => p.uri.endsWith("alias.md"))).toEqual([]);
  }, 20_000);
});
