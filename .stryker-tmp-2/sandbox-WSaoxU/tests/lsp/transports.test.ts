// @ts-nocheck
// The two ways the server starts: dist/server.js over IPC (the VS Code client) and
// `seeds lsp --stdio`; without a transport `seeds lsp` explains itself and exits 2.
import { fork, spawnSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createProtocolConnection, InitializeRequest, IPCMessageReader, IPCMessageWriter } from "vscode-languageserver-protocol/node";
import { CLI, ensureBuilt, ROOT } from "./helpers/client";

beforeAll(() => ensureBuilt());

describe("transports", () => {
  it("dist/server.js answers initialize over node IPC", async () => {
    const child = fork(join(ROOT, "dist", "server.js"), ["--node-ipc"], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    expect(result.serverInfo).toEqual({ name: "seeds" });
    expect(result.capabilities.executeCommandProvider?.commands).toEqual([
      "seeds.server.regenerateTable",
      "seeds.server.markReviewed",
      "seeds.server.checkWorkspace",
      "seeds.server.overdueReviews",
      "seeds.server.newSeed",
    ]);
    // Without pull support declared, diagnostics are pushed: no diagnosticProvider.
    expect(result.capabilities.diagnosticProvider).toBeUndefined();
    const exited = new Promise((done) => child.once("exit", done));
    await connection.sendRequest("shutdown");
    void connection.sendNotification("exit");
    expect(await exited).toBe(0);
    connection.dispose();
  });

  it("seeds lsp without a transport exits 2 with a one-line message", () => {
    const result = spawnSync(process.execPath, [CLI, "lsp"], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("seeds: seeds lsp needs a transport: --stdio (or --node-ipc, --socket=PORT)\n");
  });
});
