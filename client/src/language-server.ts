// Starts dist/server.js (adopting the process the bootstrap forked at activation, else over IPC)
// and wraps the client so that commands can ask "is the server
// up?" without ever throwing into the extension host. A server that fails to start is reported
// in the "Seeds" output channel; highlighting, New Seed and the preview keep working without it.
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import * as vscode from "vscode";
import { ExecuteCommandRequest, LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { CONFIG_FILE_NAME } from "../../server/src/engine";
import { DEFAULT_SEED_GLOBS, seedGlobs } from "./seed-files";

/** Every file that may be a seed: the server reads what changed and decides by its content. */
const SEED_CANDIDATES_GLOB = "**/*.{md,txt}";
import { compileCacheDir, isUsable, serverEnv } from "./server-process";
import { markStartup } from "../../server/src/lsp/startup-marks";
import { CLIENT_ID } from "./server-protocol";

const STARTUP_WAIT_MS = 15000;

export class SeedLanguageServer implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<void> | undefined;
  private startError: string | undefined;
  private watchers: vscode.FileSystemWatcher[] = [];

  /**
   * `early`: a server process already forked by the bootstrap (server-process.ts), adopted by the
   * first start; later starts (a restart) fork their own.
   */
  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
    private early?: ChildProcess,
  ) {}

  /** Whether start() was ever called: the server starts on demand (see server-start.ts). */
  private started = false;

  /** Starts the server; resolves (never rejects) once it runs or has failed. */
  start(): Promise<void> {
    this.started = true;
    this.startError = undefined;
    try {
      this.client = this.createClient();
    } catch (error) {
      this.fail(error);
      return Promise.resolve();
    }
    this.starting = this.client.start().then(
      () => {
        markStartup("client-started");
        this.output.info("Seeds language server started.");
      },
      (error: unknown) => this.fail(error),
    );
    return this.starting;
  }

  /**
   * Starts the server the first time it is needed; later calls wait for that start. A server that
   * failed stays failed until the user restarts it (Seeds: Restart Language Server).
   */
  ensureStarted(): Promise<void> {
    if (!this.started) return this.start();
    return this.starting ?? Promise.resolve();
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.starting = undefined;
    this.watchers.forEach((watcher) => watcher.dispose());
    this.watchers = [];
    if (!client) return;
    try {
      if (client.needsStop()) await client.stop(2000);
      await client.dispose(2000);
    } catch (error) {
      this.output.error(`Stopping the Seeds language server failed: ${describe(error)}`);
    }
  }

  dispose(): void {
    void this.stop();
  }

  get diagnostics(): vscode.DiagnosticCollection | undefined {
    return this.client?.diagnostics;
  }

  /** The running client, waiting a while for one that is still starting; undefined (and a message) otherwise. */
  async running(): Promise<LanguageClient | undefined> {
    if (!this.started) await this.start();
    const client = this.client;
    if (client?.state === State.Starting && this.starting) {
      await Promise.race([this.starting, new Promise((resolve) => setTimeout(resolve, STARTUP_WAIT_MS))]);
    }
    if (client && client === this.client && client.isRunning()) return client;
    const reason = this.startError ? `it failed to start: ${this.startError}` : "it is not running";
    void vscode.window.showErrorMessage(`The Seeds language server is unavailable (${reason}).`, "Show Output").then((choice) => {
      if (choice) this.output.show(true);
    });
    return undefined;
  }

  /** Runs a workspace/executeCommand on the server; undefined (after telling the user) when it cannot. */
  async execute(command: string, args: unknown[] = []): Promise<{ ok: true; result: unknown; client: LanguageClient } | { ok: false }> {
    const client = await this.running();
    if (!client) return { ok: false };
    const advertised = client.initializeResult?.capabilities.executeCommandProvider?.commands;
    if (advertised && !advertised.includes(command)) {
      void vscode.window.showErrorMessage(`This Seeds language server does not provide ${command}.`);
      return { ok: false };
    }
    try {
      const result: unknown = await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
      return { ok: true, result, client };
    } catch (error) {
      this.output.error(`${command} failed: ${describe(error)}`);
      void vscode.window.showErrorMessage(`Seeds: ${command} failed: ${describe(error)}`);
      return { ok: false };
    }
  }

  private createClient(): LanguageClient {
    const module = this.context.asAbsolutePath("dist/server.js");
    // Without this check a missing bundle shows up as five "server crashed" notifications.
    if (!existsSync(module)) throw new Error(`${module} does not exist (run \`node build.mjs\`)`);
    const early = this.early;
    this.early = undefined;
    const serverOptions: ServerOptions = isUsable(early)
      ? () => Promise.resolve(early)
      : {
          run: { module, transport: TransportKind.ipc, options: { env: serverEnv(process.env, compileCacheDir(this.context)) } },
          debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6019"] } },
        };
    const settings = vscode.workspace.getConfiguration("seeds");
    const watchers = [
      vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`),
      ...[SEED_CANDIDATES_GLOB, ...seedGlobs(settings.get("files", DEFAULT_SEED_GLOBS))].map((glob) => vscode.workspace.createFileSystemWatcher(glob)),
    ];
    this.watchers = watchers;
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { language: "seed", scheme: "file" },
        { language: "seed", scheme: "untitled" },
      ],
      synchronize: { configurationSection: "seeds", fileEvents: watchers },
      // The server gets the settings at once instead of waiting for the first configuration pull.
      initializationOptions: { settings: JSON.parse(JSON.stringify(settings)) as unknown },
      outputChannel: this.output,
      // Timestamps of each document's round trip, for the e2e tier's latency breakdown (no-ops unless it asks).
      middleware: {
        didOpen: (document, next) => {
          markStartup("client-did-open");
          return next(document);
        },
        didChange: (event, next) => {
          markStartup("client-did-change");
          return next(event);
        },
        handleDiagnostics: (uri, diagnostics, next) => {
          markStartup("client-diagnostics");
          next(uri, diagnostics);
        },
        provideDiagnostics: async (document, previousResultId, token, next) => {
          markStartup("client-pull");
          const report = await next(document, previousResultId, token);
          markStartup("client-pulled");
          return report;
        },
      },
    };
    return new LanguageClient(CLIENT_ID, "Seeds Language Server", serverOptions, clientOptions);
  }

  private fail(error: unknown): void {
    this.startError = describe(error);
    this.output.error(`The Seeds language server could not start: ${this.startError}`);
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
