// The language server's state: open documents and their analyses, workspace folders with their
// configuration, the client's settings, the workspace index. Protocol handlers (server.ts) and
// the diagnostics, indexing and command modules all work through this object.
import { join } from "node:path";
import { TextDocuments, type ClientCapabilities, type Connection } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, disabledRules, isSeedFile, localToday, summarize, type ResolvedConfig, type SeedSummary } from "../../engine";
import { readRegularText } from "../../files/read-regular";
import { Analyses, type Analysis, type AnalysisEnv } from "./analyses";
import { DiagnosticsPublisher } from "../diagnostics/publisher";
import { keyOf, type Folder, Folders } from "./folders";
import { createDocument, updateDocument } from "./large-text-document";
import { Memo, sameInputs } from "./memo";
import { Readiness } from "./readiness";
import { applySettings, DEFAULT_SETTINGS, readSettings, type ClientSettings } from "./settings";
import { WorkspaceIndex, type CrossFinding } from "./workspace-index";

/** `initializationOptions` the server understands. */
export interface InitializationOptions {
  /** Fixes "today" (YYYY-MM-DD) for tests and benchmarks; otherwise the local date is used. */
  today?: string;
  /** Initial `seeds` settings, for clients without workspace/configuration. */
  settings?: unknown;
}

export class SeedServer {
  /**
   * Open documents; every edit is also handed to the check worker's record of edits
   * (off-thread-checks.ts). Large ones are LargeTextDocuments: an edit does not copy their text.
   */
  readonly documents = new TextDocuments<TextDocument>({
    create: createDocument,
    update: (document, changes, version) => {
      this.diagnostics?.offThread?.changed(document.uri, changes, version);
      return updateDocument(document, changes, version);
    },
  });
  readonly folders = new Folders();
  readonly index = new WorkspaceIndex();
  readonly analyses = new Analyses();
  settings: ClientSettings = DEFAULT_SETTINGS;
  /** Each folder's resource-scoped settings (workspace/configuration with its scopeUri). */
  private folderSettings = new Map<Folder, ClientSettings>();
  /**
   * Check Workspace's findings stay on display (every seed's diagnostics, whatever the scope)
   * until the next check or a settings change.
   */
  workspaceCheckShown = false;
  /** Settings from initializationOptions: the base that workspace/configuration overrides. */
  initialSettings: ClientSettings = DEFAULT_SETTINGS;
  /** Configuration and settings loaded (diagnostics are published, commands run). */
  readonly readiness = new Readiness();
  capabilities: ClientCapabilities = {};
  diagnostics!: DiagnosticsPublisher;
  private todayOverride: string | undefined;
  private readonly configs = new Map<Folder | undefined, Memo<ResolvedConfig>>();
  private readonly seedCheck = new Map<string, { version: number; isSeed: boolean }>();

  constructor(readonly connection: Connection) {}

  initialize(capabilities: ClientCapabilities, options: InitializationOptions | undefined): void {
    this.capabilities = capabilities;
    if (typeof options?.today === "string" && /^\d{4}-\d{2}-\d{2}$/.test(options.today)) this.todayOverride = options.today;
    this.initialSettings = readSettings(options?.settings);
    this.settings = this.initialSettings;
    const pull = capabilities.textDocument?.diagnostic !== undefined;
    this.diagnostics = new DiagnosticsPublisher(this, this.connection, pull, capabilities.workspace?.diagnostics?.refreshSupport === true);
  }

  today(): string {
    return this.todayOverride ?? localToday();
  }

  /** Whether unopened seeds get diagnostics: scope "workspace", or a Check Workspace on display. */
  showsUnopened(): boolean {
    return this.settings.scope === "workspace" || this.workspaceCheckShown;
  }

  /** The settings that apply in a folder: its own resource-scoped values, else the window's. */
  settingsOf(folder: Folder | undefined): ClientSettings {
    return (folder && this.folderSettings.get(folder)) ?? this.settings;
  }

  /** The folder's config file with the user's settings (for that folder) over it. */
  readonly configOfFolder = (folder: Folder | undefined): ResolvedConfig => {
    let memo = this.configs.get(folder);
    if (!memo) this.configs.set(folder, (memo = new Memo()));
    const [config, settings, setsInterval] = [folder?.config ?? DEFAULT_CONFIG, this.settingsOf(folder), folder?.setsReviewInterval];
    return memo.get([config, settings, setsInterval], () => applySettings(config, settings, setsInterval));
  };

  configFor(uri: string): ResolvedConfig {
    return this.configOfFolder(this.folders.folderOf(keyOf(uri)));
  }

  async loadFolderConfig(folder: Folder): Promise<void> {
    // A regular file only: a FIFO named seeds.config.json would block a thread of the pool for good.
    const text = await readRegularText(join(folder.path, CONFIG_FILE_NAME));
    folder.setConfigText(text);
    if (folder.configErrors.length) void this.connection.window.showWarningMessage(`${folder.configErrors.join("; ")} (using the defaults)`);
  }

  /**
   * Reads the `seeds` settings: the window's, and each folder's (`scopeUri`) in the same
   * request, so that `seeds.rules` and `seeds.reviewIntervalDays` can differ per folder of a
   * multi-root workspace. Without workspace/configuration, the notified settings apply everywhere.
   */
  async loadSettings(notified?: unknown): Promise<void> {
    let raw: unknown = notified;
    let perFolder: unknown[] = [];
    const folders = [...this.folders.list];
    if (this.capabilities.workspace?.configuration) {
      try {
        const items = [{ section: "seeds" }, ...folders.map((folder) => ({ scopeUri: folder.uri, section: "seeds" }))];
        const answers = (await this.connection.workspace.getConfiguration(items)) as unknown[];
        [raw, ...perFolder] = Array.isArray(answers) ? answers : [];
      } catch {
        raw = undefined;
      }
    }
    this.settings = readSettings(raw, this.initialSettings);
    this.folderSettings = new Map();
    folders.forEach((folder, i) => {
      // Scope and debounce are the window's: only the resource-scoped values differ per folder.
      const own = readSettings(perFolder[i], this.settings);
      this.folderSettings.set(folder, { ...this.settings, rules: own.rules, reviewIntervalDays: own.reviewIntervalDays });
    });
  }

  openDocument(key: string): TextDocument | undefined {
    const uri = this.index.openUri(key);
    return uri ? this.documents.get(uri) : undefined;
  }

  trackOpen(uri: string, open: boolean): void {
    this.index.setOpen(keyOf(uri), open ? uri : undefined);
    if (!open) {
      this.seedCheck.delete(uri);
      this.analyses.delete(uri);
    }
  }

  /**
   * Whether an open document is a seed, remembered per version. Language `seed` always is (the
   * client or its user decided; VS Code sends no other language). Other clients (Neovim, Helix)
   * may send any Markdown file: a file on disk is a seed when the engine's definition says so
   * (isSeedFile) and, inside a workspace folder, its config's `files`/`ignore` globs allow it.
   */
  isSeed(document: TextDocument): boolean {
    const known = this.seedCheck.get(document.uri);
    if (known && known.version === document.version) return known.isSeed;
    const key = keyOf(document.uri);
    const folder = this.folders.folderOf(key);
    const isSeed =
      document.languageId === "seed" ||
      (document.uri.startsWith("file:") && (folder ? folder.holdsSeed(key, document.getText()) : isSeedFile(key, document.getText())));
    this.seedCheck.set(document.uri, { version: document.version, isSeed });
    return isSeed;
  }

  /** What a check of an open document depends on besides its text: today and its config (see memo.ts). */
  analysisEnv(uri: string): AnalysisEnv {
    return { today: this.today(), config: this.configFor(uri) };
  }

  /** Whether findings of `uri` computed with `env` still hold: the same day and config (no settings or config change since). */
  isCurrent(uri: string, env: AnalysisEnv): boolean {
    const now = this.analysisEnv(uri);
    return sameInputs([env.today, env.config], [now.today, now.config]);
  }

  /** The parsed seed of an open document (undefined for documents that are not seeds). */
  analyze(document: TextDocument): Analysis | undefined {
    if (!this.isSeed(document)) return undefined;
    return this.analyses.get(document, this.analysisEnv(document.uri));
  }

  /** The name an open document has in the index ("seeds/x.md"), or undefined outside every workspace folder. */
  indexName(uri: string): string | undefined {
    const key = keyOf(uri);
    return this.folders.folderOf(key) ? this.folders.displayName(key) : undefined;
  }

  /** Puts an open document's summary in the index. Returns the company groups to re-check. */
  indexOpenDocument(document: TextDocument, analysis: Analysis): string[] {
    const name = this.indexName(document.uri);
    if (name === undefined) return [];
    // The worker's summary, when it checked this version, spares parsing a large document here.
    return this.indexOpenSummary(document.uri, analysis.summary ?? summarize(name, analysis.seed, disabledRules(analysis.seed.text)));
  }

  /** Puts an open document's summary (computed here or in the check worker) in the index. Returns the groups to re-check. */
  indexOpenSummary(uri: string, summary: SeedSummary): string[] {
    const key = keyOf(uri);
    const folder = this.folders.folderOf(key);
    if (!folder) return [];
    return this.index.set({ key, uri, folder, summary }, true);
  }

  crossFindingsForUri(uri: string): CrossFinding[] {
    return this.index.crossFindingsFor(keyOf(uri), this.configOfFolder);
  }
}
