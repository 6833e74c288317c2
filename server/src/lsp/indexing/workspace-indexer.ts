// Keeps the workspace index in step with the disk: indexes every folder in the background (with
// progress), follows watched file events, and re-reads a seed from disk when its editor closes
// (the buffer may have been discarded). Open documents are indexed from their buffers instead.
import { realpath } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { FileChangeType, type FileEvent } from "vscode-languageserver";
import { CONFIG_FILE_NAME } from "../../engine";
import { readRegularFile } from "../../files/read-regular";
import type { WalkProblem } from "../../files/walk";
import { indexBytes, type FileIndexOptions, type FileIndexResult } from "./index-file";
import { keyOf, type Folder } from "../state/folders";
import { indexInWorker, readInSlices, walkSeedFiles, workerPath } from "./folder-reading";
import type { SeedServer } from "../state/seed-server";
import { FolderRuns } from "./folder-runs";

const PROGRESS_INTERVAL_MS = 200;

interface IndexOptions {
  /** Also run the file rules (scope "workspace", or the check command). */
  check: boolean;
}

export class WorkspaceIndexer {
  private readonly runs = new FolderRuns();
  /** The index key of each seed's real path: a seed reached by another name (a link) is indexed once. */
  private readonly keyByRealPath = new Map<string, string>();

  constructor(private readonly server: SeedServer) {}

  private fileOptions(folder: Folder, options: IndexOptions): FileIndexOptions {
    const { server } = this;
    const displayPrefix = server.folders.list.length > 1 ? `${folder.name}/` : "";
    return { displayPrefix, check: options.check ? { today: server.today(), config: server.configOfFolder(folder) } : undefined };
  }

  /** Stores what was read of a file. Returns the company groups whose cross-file findings may change. */
  private store(folder: Folder, result: FileIndexResult): string[] {
    const { server } = this;
    if (server.openDocument(result.path)) return []; // the editor's buffer is the truth while it is open
    if (!result.seed) return server.index.delete(result.path);
    // An indexed seed keeps the URI it was first seen with (a client's spelling of it, if it was open).
    const uri = server.index.get(result.path)?.uri ?? result.uri;
    return server.index.set({ key: result.path, uri, folder, summary: result.summary, findings: result.findings });
  }

  /** Reads one file into the index (or out of it, when it is not a seed or unreadable). */
  indexFile(folder: Folder, path: string, bytes: Uint8Array | undefined, options: IndexOptions): string[] {
    const result: FileIndexResult = bytes ? indexBytes(path, bytes, folder, this.fileOptions(folder, options)) : { path, seed: false };
    return this.store(folder, result);
  }

  /** Stops indexing a folder (removed from the workspace). */
  cancel(folder: Folder): void {
    this.runs.cancel(folder);
  }

  /**
   * Indexes a folder again from scratch. A run still going is cancelled and replaced (checking if
   * either asked to); its callers then wait for the replacing run, so they always see a full index.
   */
  indexFolder(folder: Folder, options: IndexOptions, onProgress?: (done: number, total: number) => void): Promise<void> {
    const run = this.runs.start(folder, options.check);
    const { signal } = run.controller;
    const check = { check: run.check };
    run.done = (async () => {
      const isCancelled = () => signal.aborted;
      const warn = (problem: WalkProblem) => this.server.connection.console.warn(`seeds: skipped '${problem.path}': ${problem.reason}`);
      const walked = await walkSeedFiles(folder, isCancelled, warn);
      for (const file of walked) this.keyByRealPath.set(file.realPath, file.path);
      const files = walked.map((file) => file.path);
      const seen = new Set<string>(files);
      const worker = workerPath();
      if (worker) {
        const { displayPrefix } = this.fileOptions(folder, check);
        const input = {
          folder: { uri: folder.uri, path: folder.path, name: folder.name, configText: folder.configText },
          displayPrefix,
          files,
          check: run.check ? { today: this.server.today(), settings: this.server.settingsOf(folder) } : undefined,
        };
        await indexInWorker(worker, input, {
          signal,
          onResults: (results, done, total) => {
            for (const result of results) this.store(folder, result);
            onProgress?.(done, total);
          },
        });
      } else {
        await readInSlices(files, {
          isCancelled,
          isBusy: () => this.server.diagnostics.hasPendingChecks(),
          onFile: (path, bytes) => this.indexFile(folder, path, bytes, check),
          onProgress: (done, total) => onProgress?.(done, total),
        });
      }
      if (signal.aborted) return;
      // Seeds indexed before but not found now were deleted or are no longer matched by the globs.
      for (const seed of [...this.server.index.values()]) {
        if (seed.folder === folder && !seen.has(seed.key) && !this.server.openDocument(seed.key)) this.server.index.delete(seed.key);
      }
    })();
    return run.done.then(() => {
      if (this.runs.current(folder) === run) this.runs.finished(folder);
      else if (signal.aborted) return this.runs.current(folder)?.done;
    });
  }

  /** Indexes every folder with one progress notification, then republishes. */
  indexAll(options: IndexOptions): Promise<void> {
    return this.indexFolders([...this.server.folders.list], options);
  }

  /** Indexes some folders with one progress notification, then republishes. */
  async indexFolders(folders: readonly Folder[], options: IndexOptions): Promise<void> {
    const { server } = this;
    const progress = await server.connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin("Indexing seeds", 0, undefined, false);
    const totals = new Map<Folder, [number, number]>();
    let reported = 0;
    const report = () => {
      // A few updates a second are enough for a progress bar.
      if (performance.now() - reported < PROGRESS_INTERVAL_MS) return;
      reported = performance.now();
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
    const check = { check: server.showsUnopened() };
    for (const change of changes) {
      const path = await this.canonicalKey(keyOf(change.uri), change.type === FileChangeType.Deleted);
      const folder = server.folders.folderOf(path);
      if (!folder) continue;
      if (basename(path) === CONFIG_FILE_NAME && dirname(path) === folder.path) {
        configs.add(folder);
        continue;
      }
      if (server.openDocument(path)) continue;
      const rel = folder.relative(path);
      const removed = change.type === FileChangeType.Deleted || rel === undefined || !folder.isSeedPath(rel);
      // A watched path can name a FIFO or a device: only regular files are read (else: not a seed).
      const read = removed ? undefined : await readRegularFile(path);
      const bytes = read?.ok ? read.bytes : undefined;
      const uri = server.index.get(path)?.uri ?? change.uri;
      for (const group of this.indexFile(folder, path, bytes, check)) groups.add(group);
      const seed = server.index.get(path);
      if (seed) server.diagnostics.publishUnopened(seed);
      else server.diagnostics.clearUnopened(uri);
    }
    if (groups.size) server.diagnostics.groupsChanged([...groups]);
    for (const folder of configs) await this.configChanged(folder);
  }

  /**
   * The key a changed file is indexed under: a path whose real path is an indexed seed's is that
   * seed (an event on `alias.md -> a.md` re-reads a.md, and no second copy makes a false
   * duplicate-seed). Deleted paths are forgotten.
   */
  private async canonicalKey(path: string, deleted: boolean): Promise<string> {
    if (deleted) {
      for (const [real, key] of this.keyByRealPath) if (key === path) this.keyByRealPath.delete(real);
      return path;
    }
    const real = await realpath(path).catch(() => undefined);
    if (real === undefined) return path;
    const known = this.keyByRealPath.get(real);
    if (known !== undefined && known !== path && this.server.index.get(known)) return known;
    this.keyByRealPath.set(real, path);
    return path;
  }

  /** A folder's seeds.config.json changed: re-check open seeds at once, then index the folder again. */
  async configChanged(folder: Folder): Promise<void> {
    await this.server.loadFolderConfig(folder);
    this.server.diagnostics.republishAll();
    await this.indexFolder(folder, { check: this.server.showsUnopened() });
    this.server.diagnostics.republishAll();
  }
}
