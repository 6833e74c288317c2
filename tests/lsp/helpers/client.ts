// A real LSP client for the protocol tests: starts `node dist/cli.js lsp --stdio` and talks to
// it over stdio with vscode-languageserver-protocol. Every wait is for a message, never a sleep.
import { spawn, type ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";

export const ROOT = resolve(__dirname, "..", "..", "..");
export const CLI = join(ROOT, "dist", "cli.js");
export const REFERENCE = resolve(ROOT, "seeds", "000_5ae9dcfe2e03ad59.txt");
export const TODAY = "2026-07-01";

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function builtAt(): number {
  try {
    return statSync(CLI).mtimeMs;
  } catch {
    return 0;
  }
}

/** Builds dist/ when it is missing or older than the sources. A lock keeps parallel test files from building at once. */
export async function ensureBuilt(): Promise<void> {
  const lock = join(ROOT, "dist", ".build-lock");
  mkdirSync(join(ROOT, "dist"), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test file is building: wait for it (a build takes seconds); a lock left by a
      // crashed run (older than a minute) is taken over.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 60_000) rmSync(lock, { recursive: true, force: true });
      else await new Promise((done) => setTimeout(done, 100));
    }
  }
  try {
    const sources = Math.max(newestMtime(join(ROOT, "server", "src")), newestMtime(join(ROOT, "client", "src")));
    if (builtAt() < sources) execFileSync(process.execPath, ["build.mjs"], { cwd: ROOT, stdio: "inherit" });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export const uriOf = (path: string) => pathToFileURL(path).href;

export interface StartOptions {
  capabilities?: ClientCapabilities;
  initializationOptions?: Record<string, unknown>;
  workspaceFolders?: string[];
  /** Answers to workspace/configuration for the `seeds` section. */
  settings?: Record<string, unknown>;
  /** Per folder URI: values over `settings` when the server asks with that `scopeUri`. */
  folderSettings?: Record<string, Record<string, unknown>>;
}

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  private waiters: { from: number; test: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void }[] = [];
  settings: Record<string, unknown>;
  folderSettings: Record<string, Record<string, unknown>>;
  /** The scopeUri of every `seeds` item the server asked for (undefined: no scope). */
  readonly configurationScopes: (string | undefined)[] = [];
  readonly progressEnds: string[] = [];
  private progressWaiters: (() => void)[] = [];

  constructor(
    readonly child: ChildProcess,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
    this.folderSettings = options.folderSettings ?? {};
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      const index = this.published.length - 1;
      this.waiters = this.waiters.filter((waiter) => {
        if (index < waiter.from || !waiter.test(params)) return true;
        waiter.resolve(params);
        return false;
      });
    });
    this.connection.onRequest("workspace/configuration", (params: { items: { section?: string; scopeUri?: string }[] }) =>
      params.items.map((item) => {
        if (item.section !== "seeds") return null;
        this.configurationScopes.push(item.scopeUri);
        const own = item.scopeUri === undefined ? undefined : this.folderSettings[item.scopeUri];
        return own ? { ...this.settings, ...own } : this.settings;
      }),
    );
    this.connection.onRequest("client/registerCapability", () => null);
    this.connection.onRequest("window/workDoneProgress/create", () => null);
    this.connection.onRequest("workspace/diagnostic/refresh", () => null);
    this.connection.onNotification("window/showMessage", () => undefined);
    this.connection.onNotification("$/progress", (params: { token: string; value: { kind: string } }) => {
      if (params.value.kind !== "end") return;
      this.progressEnds.push(params.token);
      for (const waiter of this.progressWaiters.splice(0)) waiter();
    });
    this.connection.listen();
  }

  /** The index of the next diagnostics message: waits can start from here (before acting). */
  mark(): number {
    return this.published.length;
  }

  /** The first diagnostics message since `from` for the URI (and version, if given) that passes `test`. */
  diagnostics(
    uri: string,
    options: { version?: number; from?: number; test?: (params: PublishDiagnosticsParams) => boolean } = {},
  ): Promise<PublishDiagnosticsParams> {
    const from = options.from ?? 0;
    const test = (params: PublishDiagnosticsParams) =>
      params.uri === uri && (options.version === undefined || params.version === options.version) && (options.test?.(params) ?? true);
    const found = this.published.slice(from).find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.waiters.push({ from, test, resolve }));
  }

  /** Resolves when an indexing progress has ended (`count` ends in total). */
  indexed(count = 1): Promise<void> {
    if (this.progressEnds.length >= count) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => (this.progressEnds.length >= count ? resolve() : this.progressWaiters.push(check));
      this.progressWaiters.push(check);
    });
  }

  open(uri: string, text: string, version = 1, languageId = "seed"): void {
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /** Replaces the whole text (a full-text change event). */
  change(uri: string, version: number, text: string): void {
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async stop(): Promise<void> {
    const exited = new Promise((done) => this.child.once("exit", done));
    try {
      await this.connection.sendRequest("shutdown");
      void this.connection.sendNotification("exit");
    } catch {
      this.child.kill();
    }
    await exited;
    this.connection.dispose();
  }
}

/** Starts a server, initializes it and waits for the initialize result. */
export async function startClient(options: StartOptions = {}): Promise<{ client: TestClient; capabilities: Record<string, unknown> }> {
  await ensureBuilt();
  const child = spawn(process.execPath, [CLI, "lsp", "--stdio"], { cwd: ROOT, stdio: ["pipe", "pipe", "inherit"] });
  const client = new TestClient(child, options);
  const folders = (options.workspaceFolders ?? []).map((path) => ({ uri: uriOf(path), name: path.split("/").pop()! }));
  const result = await client.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: folders[0]?.uri ?? null,
    workspaceFolders: folders.length ? folders : null,
    capabilities: options.capabilities ?? {},
    initializationOptions: { today: TODAY, ...options.initializationOptions },
  });
  void client.connection.sendNotification(InitializedNotification.type, {});
  return { client, capabilities: result.capabilities as Record<string, unknown> };
}
