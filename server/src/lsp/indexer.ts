// Reads a folder's seeds in the background without holding up the editor: files are read in
// parallel batches, and the synchronous work (parse, summarize) runs in slices of a few
// milliseconds separated by setImmediate, so an edit's diagnostics wait at most one slice.
import type { Dirent } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Folder } from "./folders";

const SLICE_MS = 8;
const READ_BATCH = 32;

export const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Every file of the folder matching its `files` globs, skipping node_modules, .git and `ignore`. */
export async function listSeedFiles(folder: Folder, isCancelled: () => boolean): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    if (isCancelled()) return;
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folders are skipped, like the editor's own explorer does
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name === "node_modules" || entry.name === ".git") continue;
      const full = join(dir, entry.name);
      const rel = folder.relative(full);
      if (rel === undefined) continue;
      if (entry.isDirectory()) {
        if (!folder.isIgnoredDir(rel)) await walk(full);
      } else if (entry.isFile() && folder.isSeedPath(rel)) {
        found.push(full);
      }
    }
  };
  await walk(folder.path);
  return found;
}

export interface ReadJob {
  isCancelled(): boolean;
  /** Called for each file read (bytes undefined if it could not be read). Synchronous work only. */
  onFile(path: string, bytes: Uint8Array | undefined): void;
  onProgress(done: number, total: number): void;
}

const readOrUndefined = (path: string) => readFile(path).then((bytes) => bytes as Uint8Array, () => undefined);

/** Reads the files in batches (the next batch is read while this one is processed). */
export async function readInSlices(files: readonly string[], job: ReadJob): Promise<void> {
  let next = Promise.all(files.slice(0, READ_BATCH).map(readOrUndefined));
  for (let start = 0; start < files.length; start += READ_BATCH) {
    const batch = await next;
    if (job.isCancelled()) return;
    const following = files.slice(start + READ_BATCH, start + 2 * READ_BATCH);
    next = Promise.all(following.map(readOrUndefined));
    let sliceStart = performance.now();
    for (let i = 0; i < batch.length; i++) {
      job.onFile(files[start + i]!, batch[i]);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToEvents();
        if (job.isCancelled()) return;
        sliceStart = performance.now();
      }
    }
    job.onProgress(Math.min(start + READ_BATCH, files.length), files.length);
    await yieldToEvents();
  }
}
