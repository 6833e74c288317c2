// Keeps the workspace index in step with the disk: indexes every folder in the background (with
// progress), follows watched file events, and re-reads a seed from disk when its editor closes
// (the buffer may have been discarded). Open documents are indexed from their buffers instead.
import { readFile } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { FileChangeType, type FileEvent } from "vscode-languageserver";
import { checkBytes, checkParsed, CONFIG_FILE_NAME, decodeSeed, disabledRules, parseSeed, summarize, type Finding } from "../engine";
import { keyOf, uriOf, type Folder } from "./folders";
import { listSeedFiles, readInSlices } from "./indexer";
import type { SeedServer } from "./seed-server";
import { isSeedFile } from "./seed-detection";

/** Findings kept for unopened files: diagnostics only, so the fixes' edits are dropped. */
const withoutFixes = (findings: Finding[]): Finding[] => findings.map((finding) => (finding.fixes.length ? { ...finding, fixes: [] } : finding));

export interface IndexOptions {
  /** Also run the file rules (scope "workspace", or the check command). */
  check: boolean;
}

export class WorkspaceIndexer {
  private readonly runs = new Map<Folder, { cancelled: boolean; done: Promise<void> }>();

  constructor(private readonly server: SeedServer) {}

  /** Reads one file into the index (or out of it, when it is not a seed). Returns the groups to re-check. */
  indexFile(folder: Folder, path: string, bytes: Uint8Array | undefined, options: IndexOptions): string[] {
    const { server } = this;
    if (server.openDocument(path)) return []; // the editor's buffer is the truth while it is open
    if (!bytes) return server.index.delete(path);
    const decoded = decodeSeed(bytes);
    if (!isSeedFile(path, decoded.text, folder)) return server.index.delete(path);
    const uri = server.index.get(path)?.uri ?? uriOf(path);
    const seed = parseSeed(decoded.text);
    const summary = summarize(server.folders.displayName(path), seed, disabledRules(decoded.text));
    let findings: Finding[] | undefined;
    if (options.check) {
      const config = server.configOfFolder(folder);
      findings = withoutFixes(decoded.error ? checkBytes(bytes, { today: server.today(), config }).findings : checkParsed(seed, { today: server.today(), config }));
    }
    return server.index.set({ key: path, uri, folder, summary, findings });
  }

  /** Indexes a folder again from scratch (a previous run of it is cancelled). */
  indexFolder(folder: Folder, options: IndexOptions, onProgress?: (done: number, total: number) => void): Promise<void> {
    const previous = this.runs.get(folder);
    if (previous) previous.cancelled = true;
    const run = { cancelled: false, done: Promise.resolve() };
    run.done = (async () => {
      const isCancelled = () => run.cancelled;
      const files = await listSeedFiles(folder, isCancelled);
      const seen = new Set<string>();
      await readInSlices(files, {
        isCancelled,
        onFile: (path, bytes) => {
          seen.add(path);
          this.indexFile(folder, path, bytes, options);
        },
        onProgress: (done, total) => onProgress?.(done, total),
      });
      if (run.cancelled) return;
      // Seeds indexed before but not found now were deleted or are no longer matched by the globs.
      for (const seed of [...this.server.index.values()]) {
        if (seed.folder === folder && !seen.has(seed.key) && !this.server.openDocument(seed.key)) this.server.index.delete(seed.key);
      }
    })();
    this.runs.set(folder, run);
    return run.done.finally(() => {
      if (this.runs.get(folder) === run) this.runs.delete(folder);
    });
  }

  /** Indexes every folder with one progress notification, then republishes. */
  async indexAll(options: IndexOptions): Promise<void> {
    const { server } = this;
    const progress = await server.connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin("Indexing seeds", 0, undefined, false);
    const folders = [...server.folders.list];
    const totals = new Map<Folder, [number, number]>();
    const report = () => {
      const [done, total] = [...totals.values()].reduce(([d, t], [fd, ft]) => [d + fd, t + ft], [0, 0]);
      progress?.report(total ? Math.floor((done / total) * 100) : 0, `${done}/${total} files`);
    };
    try {
      await Promise.all(
        folders.map((folder) =>
          this.indexFolder(folder, options, (done, total) => {
            totals.set(folder, [done, total]);
            report();
          }),
        ),
      );
    } finally {
      progress?.done();
    }
    server.diagnostics.republishAll();
  }

  /** File events from the client's watchers: seeds created, changed or deleted, config files changed. */
  async onWatchedFiles(changes: readonly FileEvent[]): Promise<void> {
    const { server } = this;
    const groups = new Set<string>();
    const configs = new Set<Folder>();
    const check = { check: server.settings.scope === "workspace" };
    for (const change of changes) {
      const path = keyOf(change.uri);
      const folder = server.folders.folderOf(path);
      if (!folder) continue;
      if (basename(path) === CONFIG_FILE_NAME && dirname(path) === folder.path) {
        configs.add(folder);
        continue;
      }
      if (server.openDocument(path)) continue;
      const rel = folder.relative(path);
      const removed = change.type === FileChangeType.Deleted || rel === undefined || !folder.isSeedPath(rel);
      const bytes = removed ? undefined : await readFile(path).catch(() => undefined);
      const uri = server.index.get(path)?.uri ?? change.uri;
      for (const group of this.indexFile(folder, path, bytes, check)) groups.add(group);
      const seed = server.index.get(path);
      if (seed) server.diagnostics.publishUnopened(seed);
      else server.diagnostics.clearUnopened(uri);
    }
    if (groups.size) server.diagnostics.groupsChanged([...groups]);
    for (const folder of configs) await this.configChanged(folder);
  }

  /** A folder's seeds.config.json changed: re-check open seeds at once, then index the folder again. */
  async configChanged(folder: Folder): Promise<void> {
    await this.server.loadFolderConfig(folder);
    this.server.diagnostics.republishAll();
    await this.indexFolder(folder, { check: this.server.settings.scope === "workspace" });
    this.server.diagnostics.republishAll();
  }
}
