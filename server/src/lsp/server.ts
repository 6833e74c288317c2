// Wires the protocol to the server: capabilities, document sync, diagnostics, features, commands,
// settings and file watching. See PROTOCOL.md next to this file for what a client can rely on.
import {
  CodeActionKind,
  type CancellationToken,
  type ResponseError,
  type CodeActionParams,
  type CompletionParams,
  type DocumentOnTypeFormattingParams,
  type HoverParams,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  type Connection,
  type FileSystemWatcher,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver";
import { ADD_BONUS_HIGH_KIND, codeActions, FIX_ALL_KIND } from "./features/code-actions";
import { COMMANDS, executeCommand } from "./execute-command";
import { completeSeed, completionResult } from "./features/completion";
import { keyOf } from "./state/folders";
import { hoverAt } from "./features/hover";
import { indentAfterEnter } from "./features/on-type";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Analysis } from "./state/analyses";
import { requestCancelled } from "./request-cancelled";
import { SeedServer, type InitializationOptions } from "./state/seed-server";
import { LargeTextDocument, textLength } from "./state/large-text-document";
import { documentSymbols, foldingRanges } from "./features/symbols";
import { markStartup } from "./startup-marks";
import { WorkspaceIndexer } from "./indexing/workspace-indexer";
import { CONFIG_FILE_NAME, DEFAULT_FILES } from "../engine";

const MEMORY_REQUEST = "seeds/memory";
const CHECK_STATS_REQUEST = "seeds/checkStats";

/** Seed files by default, plus config files; other `files` globs of a config are added per folder. */
const WATCHED = ["**/*.{md,txt}", `**/${CONFIG_FILE_NAME}`];

/** Watchers for the folders' own `files` globs, relative to each folder (when the client can). */
function folderWatchers(server: SeedServer): FileSystemWatcher[] {
  if (!server.capabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport) return [];
  return server.folders.list.flatMap((folder) =>
    folder.config.files.filter((glob) => !DEFAULT_FILES.includes(glob)).map((pattern) => ({ globPattern: { baseUri: folder.uri, pattern } })),
  );
}

/**
 * A request handler about one open seed: finds the document and its analysis and calls `answer`;
 * answers `fallback` when the document is not open or is not a seed, and RequestCancelled when
 * the client cancelled the request before it ran (the answers are computed synchronously, so a
 * cancellation arriving later finds the response sent).
 */
function onSeed<P extends { textDocument: { uri: string } }, R, F extends R>(
  server: SeedServer,
  fallback: F,
  answer: (document: TextDocument, analysis: Analysis, params: P) => R,
): (params: P, token: CancellationToken) => R | ResponseError {
  return (params, token) => {
    if (token.isCancellationRequested) return requestCancelled();
    const document = server.documents.get(params.textDocument.uri);
    const analysis = document && server.analyze(document);
    return document && analysis ? answer(document, analysis, params) : fallback;
  };
}

/**
 * Starts the language server on a connection (stdio, IPC, or streams in tests): registers every
 * handler and listens. Returns the server's state. Never throws after start: background work is
 * guarded and logged.
 */
export function startServer(connection: Connection): SeedServer {
  const server = new SeedServer(connection);
  const indexer = new WorkspaceIndexer(server);
  const { documents } = server;
  // Background work must never take the server down: a failure is logged, the session goes on.
  const guard = (work: () => Promise<unknown>): void => {
    work().catch((error: unknown) => connection.console.error(`seeds: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    markStartup("server-initialize");
    server.initialize(params.capabilities, params.initializationOptions as InitializationOptions | undefined);
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: "" }] : []);
    for (const folder of folders) server.folders.add(folder.uri, folder.name || undefined);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: [":", " ", "-", "|"], resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: {
          codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND, ADD_BONUS_HIGH_KIND, CodeActionKind.RefactorRewrite],
          resolveProvider: false,
        },
        executeCommandProvider: { commands: Object.values(COMMANDS) },
        documentSymbolProvider: { label: "Seed" },
        foldingRangeProvider: true,
        documentOnTypeFormattingProvider: { firstTriggerCharacter: "\n" },
        ...(server.diagnostics.pull ? { diagnosticProvider: { identifier: "seeds", interFileDependencies: true, workspaceDiagnostics: true } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "seeds" },
    };
  });

  connection.onInitialized(() =>
    guard(async () => {
      markStartup("server-initialized");
      const { capabilities } = server;
      if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
        void connection.client.register(DidChangeConfigurationNotification.type, { section: "seeds" }).catch(() => undefined);
      }

      if (capabilities.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) =>
          guard(async () => {
            for (const removed of event.removed) {
              const folder = server.folders.remove(removed.uri);
              if (!folder) continue;
              indexer.cancel(folder);
              for (const seed of server.index.deleteFolder(folder)) server.diagnostics.clearUnopened(seed.uri);
            }
            const added = event.added.map((folder) => server.folders.add(folder.uri, folder.name));
            await Promise.all(added.map((folder) => server.loadFolderConfig(folder)));
            // The new folders' own settings (resource-scoped values per folder).
            if (added.length && capabilities.workspace?.configuration) await server.loadSettings();
            if (added.length) await indexer.indexFolders(added, { check: server.showsUnopened() });
            else server.diagnostics.republishAll();
          }),
        );
      }
      await Promise.all(server.folders.list.map((folder) => server.loadFolderConfig(folder)));
      if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        const watchers = [...WATCHED.map((globPattern) => ({ globPattern })), ...folderWatchers(server)];
        void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
      }
      await server.loadSettings();
      server.readiness.markReady();
      markStartup("server-ready");
      server.diagnostics.republishAll();
      await indexer.indexAll({ check: server.settings.scope === "workspace" });
    }),
  );

  // TextDocuments reports an open as a content change too: that one is already checked.
  const justOpened = new Set<string>();
  documents.onDidOpen(({ document }) => {
    markStartup("server-did-open");
    server.trackOpen(document.uri, true);
    justOpened.add(document.uri);
    server.diagnostics.publishOpen(document);
  });
  documents.onDidChangeContent(({ document }) => {
    markStartup("server-did-change");
    if (!justOpened.delete(document.uri)) server.diagnostics.scheduleCheck(document.uri);
  });
  documents.onDidClose(({ document }) =>
    guard(async () => {
      server.diagnostics.closed(document.uri);
      server.trackOpen(document.uri, false);
      // The buffer may not have been saved: the index and diagnostics go back to the file on disk.
      if (server.folders.folderOf(keyOf(document.uri))) await indexer.onWatchedFiles([{ uri: document.uri, type: FileChangeType.Changed }]);
      else server.diagnostics.clearUnopened(document.uri);
    }),
  );

  connection.onDidChangeConfiguration((change) =>
    guard(async () => {
      const previousScope = server.settings.scope;
      const settings = (change.settings as Record<string, unknown> | null)?.seeds;
      // A settings change ends Check Workspace's display: the scope decides again.
      server.workspaceCheckShown = false;
      await server.loadSettings(settings);
      if (server.settings.scope === "workspace" && previousScope !== "workspace") await indexer.indexAll({ check: true });
      else server.diagnostics.republishAll();
    }),
  );

  connection.onDidChangeWatchedFiles((params) => guard(() => indexer.onWatchedFiles(params.changes)));

  connection.languages.diagnostics.on((params, token) => server.diagnostics.documentReport(params, token));
  connection.languages.diagnostics.onWorkspace((params) => server.diagnostics.workspaceReport(params));

  connection.onCompletion(
    onSeed(server, [], (document, analysis, params: CompletionParams) => {
      const usage = server.index.usage(keyOf(document.uri));
      const completion = server.capabilities.textDocument?.completion;
      const items = completeSeed(analysis.seed, document.offsetAt(params.position), {
        config: server.configFor(document.uri),
        today: server.today(),
        workspaceRegions: usage.regions,
        workspaceDataSources: usage.sources,
        snippets: completion?.completionItem?.snippetSupport === true,
      });
      return completionResult(items, completion?.completionList?.itemDefaults?.includes("editRange") === true);
    }),
  );

  connection.onHover(
    onSeed(server, null, (document, analysis, params: HoverParams) => {
      const env = { config: server.configFor(document.uri), today: server.today() };
      return hoverAt(analysis.seed, document.offsetAt(params.position), env) ?? null;
    }),
  );

  connection.onCodeAction(
    onSeed(server, [], (document, analysis, params: CodeActionParams) => {
      const env = {
        uri: document.uri,
        version: document.version,
        config: server.configFor(document.uri),
        today: server.today(),
        documentChanges: server.capabilities.workspace?.workspaceEdit?.documentChanges === true,
      };
      const at = { start: document.offsetAt(params.range.start), end: document.offsetAt(params.range.end) };
      return codeActions(analysis.seed, analysis.findings(), params.context.diagnostics, params.context.only, env, at);
    }),
  );

  connection.onDocumentOnTypeFormatting(
    onSeed(server, [], (_document, analysis, params: DocumentOnTypeFormattingParams) =>
      params.ch === "\n" ? indentAfterEnter(analysis.seed, params.position) : [],
    ),
  );
  connection.onDocumentSymbol(onSeed(server, [], (_document, analysis) => documentSymbols(analysis.seed)));
  connection.onFoldingRanges(onSeed(server, [], (_document, analysis) => foldingRanges(analysis.seed)));

  connection.onExecuteCommand(async (params, token) => {
    await server.readiness.whenReady();
    if (token.isCancellationRequested) return requestCancelled();
    return executeCommand(server, indexer, params.command, params.arguments ?? []);
  });

  // For benchmarks and leak hunting: memory after a full collection when --expose-gc is on.
  connection.onRequest(MEMORY_REQUEST, () => {
    (globalThis as { gc?: () => void }).gc?.();
    return process.memoryUsage();
  });

  // For tests and benchmarks: what the check worker did, and the delay an edit of a document gets now.
  connection.onRequest(CHECK_STATS_REQUEST, (params: { uri?: string } | undefined) => {
    const { diagnostics } = server;
    const document = params?.uri ? documents.get(params.uri) : undefined;
    const length = document ? textLength(document) : 0;
    return {
      worker: diagnostics.offThread ? { ...diagnostics.offThread.stats } : undefined,
      staleDropped: diagnostics.staleDropped,
      document: document && {
        costMs: diagnostics.costs.cost(document.uri, length),
        delayMs: server.settings.debounceMs ?? diagnostics.costs.delay(document.uri, length),
        offThread: diagnostics.offThread !== undefined && diagnostics.costs.offThread(document.uri, length),
        // A large document's text joined on the server thread since it was opened (edits alone never join it).
        textJoins: document instanceof LargeTextDocument ? document.materialised : undefined,
      },
    };
  });

  documents.listen(connection);
  connection.listen();
  return server;
}
