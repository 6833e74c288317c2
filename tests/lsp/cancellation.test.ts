// Cancellation: a request the client cancels before the server runs it is answered with the LSP's
// RequestCancelled error; a folder's indexing run is aborted by its AbortSignal when a newer run
// starts or the folder leaves the workspace; the index worker stops as soon as its signal aborts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createConnection } from "vscode-languageserver/node";
import {
  CancellationTokenSource,
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LSPErrorCodes,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from "vscode-languageserver-protocol/node";
import { FolderRuns } from "../../server/src/lsp/indexing/folder-runs";
import { indexInWorker, WORKER_FILE } from "../../server/src/lsp/indexing/folder-reading";
import { startServer } from "../../server/src/lsp/server";
import { Folder } from "../../server/src/lsp/state/folders";
import { ensureBuilt, REFERENCE, ROOT, TODAY } from "./helpers/client";

const reference = readFileSync(REFERENCE, "utf8");

/**
 * The client's side of the pipe to the server. While held, what the client writes is kept and
 * then handed to the server in one chunk, so the server reads a request and its cancellation
 * together, before it dispatches the request.
 */
class Gate extends Writable {
  private held: Buffer[] | undefined;
  private waiter: { messages: number; resolve: () => void } | undefined;

  constructor(private readonly server: PassThrough) {
    super();
  }

  hold(): void {
    this.held = [];
  }

  /** Resolves once `messages` LSP messages are held. */
  holding(messages: number): Promise<void> {
    return new Promise((resolve) => {
      this.waiter = { messages, resolve };
      this.check();
    });
  }

  release(): void {
    const chunks = this.held ?? [];
    this.held = undefined;
    this.server.write(Buffer.concat(chunks));
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    if (this.held) {
      this.held.push(chunk);
      this.check();
    } else this.server.write(chunk);
    done();
  }

  private check(): void {
    if (!this.waiter || !this.held) return;
    const count = Buffer.concat(this.held).toString("latin1").split("Content-Length:").length - 1;
    if (count >= this.waiter.messages) {
      this.waiter.resolve();
      this.waiter = undefined;
    }
  }
}

describe("a request the client cancelled", () => {
  let client: ProtocolConnection | undefined;
  afterEach(() => client?.dispose());

  async function startInProcess(): Promise<{ client: ProtocolConnection; gate: Gate }> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const gate = new Gate(toServer);
    startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)));
    const connection = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(gate));
    connection.onNotification("textDocument/publishDiagnostics", () => undefined);
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {}, initializationOptions: { today: TODAY } });
    await connection.sendNotification(InitializedNotification.type, {});
    return { client: connection, gate };
  }

  it("is answered with RequestCancelled, and the same request uncancelled with its result", async () => {
    const started = await startInProcess();
    client = started.client;
    const uri = "file:///cancel/seed.md";
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "seed", version: 1, text: reference } });
    const params = { textDocument: { uri }, position: { line: 1, character: 2 } };
    // Not cancelled: answered (the document is open and a seed).
    expect(await client.sendRequest(HoverRequest.type, params)).not.toBeNull();
    expect((await client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }))?.length).toBeGreaterThan(0);

    for (const type of [HoverRequest.type, DocumentSymbolRequest.type] as const) {
      started.gate.hold();
      const source = new CancellationTokenSource();
      const answer = client.sendRequest(
        type as typeof HoverRequest.type,
        type === HoverRequest.type ? params : ({ textDocument: { uri } } as never),
        source.token,
      );
      source.cancel();
      await started.gate.holding(2);
      started.gate.release();
      await expect(answer).rejects.toMatchObject({ code: LSPErrorCodes.RequestCancelled });
    }
  });
});

describe("indexing runs", () => {
  const folder = new Folder("file:///runs", "/runs", "runs");

  it("a new run of a folder aborts the running one and takes over its check", () => {
    const runs = new FolderRuns();
    const first = runs.start(folder, true);
    expect(first.controller.signal.aborted).toBe(false);
    const second = runs.start(folder, false);
    expect(first.controller.signal.aborted).toBe(true);
    expect(second.controller.signal.aborted).toBe(false);
    expect(second.check).toBe(true);
    expect(runs.current(folder)).toBe(second);
  });

  it("removing the folder aborts its run; another folder's run goes on", () => {
    const runs = new FolderRuns();
    const other = new Folder("file:///other", "/other", "other");
    const run = runs.start(folder, false);
    const otherRun = runs.start(other, false);
    runs.cancel(folder);
    expect(run.controller.signal.aborted).toBe(true);
    expect(runs.current(folder)).toBeUndefined();
    expect(otherRun.controller.signal.aborted).toBe(false);
  });
});

describe("the index worker", () => {
  beforeAll(ensureBuilt);
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  function corpus(count: number): { input: Parameters<typeof indexInWorker>[1] } {
    dir = mkdtempSync(join(tmpdir(), "seeds-abort-"));
    mkdirSync(join(dir, "seeds"));
    const files = Array.from({ length: count }, (_, i) => {
      const path = join(dir!, "seeds", `s${i}.md`);
      writeFileSync(path, reference.replace("company: weights-and-biases", `company: c${i}`));
      return path;
    });
    return { input: { folder: { uri: pathToFileURL(dir).href, path: dir, name: "runs", configText: undefined }, displayPrefix: "", files } };
  }

  it("indexes every file when not aborted", async () => {
    const { input } = corpus(70);
    let results = 0;
    await indexInWorker(join(ROOT, "dist", WORKER_FILE), input, { signal: new AbortController().signal, onResults: (batch) => (results += batch.length) });
    expect(results).toBe(70);
  });

  it("stops at once when its signal aborts: no result arrives after the abort", async () => {
    const { input } = corpus(400);
    const controller = new AbortController();
    let afterAbort = 0;
    const run = indexInWorker(join(ROOT, "dist", WORKER_FILE), input, {
      signal: controller.signal,
      onResults: () => {
        if (controller.signal.aborted) afterAbort++;
      },
    });
    controller.abort();
    await run;
    expect(afterAbort).toBe(0);
  });

  it("does not start when its signal is already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    let results = 0;
    await indexInWorker(
      join(ROOT, "dist", WORKER_FILE),
      { folder: { uri: "file:///none", path: "/none", name: "none", configText: undefined }, displayPrefix: "", files: ["/none/a.md"] },
      { signal: controller.signal, onResults: () => results++ },
    );
    expect(results).toBe(0);
  });
});
