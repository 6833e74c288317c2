// Reads a folder's seeds in the background without holding up the editor. The files are parsed
// in a worker thread (dist/lsp-indexer.js) that sends results back in batches. Where the worker
// bundle is absent (the sources run directly, e.g. in unit tests), the server thread does the
// work itself in slices of a few milliseconds separated by setImmediate, and lets pending
// document checks run first, so an edit's diagnostics wait at most one slice.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Folder } from "../state/folders";
import type { IndexWorkerInput, IndexWorkerMessage } from "./index-worker-protocol";
import type { FileIndexResult } from "./index-file";
import { readRegularFile } from "../../files/read-regular";
import { SeedWalk, type WalkedFile, type WalkProblem } from "../../files/walk";

const SLICE_MS = 5;
export const WORKER_FILE = "lsp-indexer.js";
const READ_BATCH = 32;

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Every candidate seed of the folder: regular files matching its `files` globs, outside
 * node_modules, .git and `ignore`, each once by real path, linked folders followed once (see
 * files/walk.ts). What the walk could not take (a FIFO named like a seed, an unreadable folder, a
 * name that is not UTF-8) goes to `onProblem`. The walk yields to other events as it goes.
 */
export async function walkSeedFiles(folder: Folder, isCancelled: () => boolean, onProblem?: (problem: WalkProblem) => void): Promise<WalkedFile[]> {
  const walk = new SeedWalk({
    isCandidate: (rel) => folder.isSeedPath(rel),
    isSkippedDir: (rel) => folder.isIgnoredDir(rel),
    isCancelled,
    // A folder of 10,000 seeds is one readdir: matching them all at once would stall edits.
    pause: yieldToEvents,
  });
  await walk.addFolder(folder.path);
  if (onProblem) for (const problem of walk.problems) onProblem(problem);
  return walk.files;
}

/** The paths of walkSeedFiles. */
export async function listSeedFiles(folder: Folder, isCancelled: () => boolean, onProblem?: (problem: WalkProblem) => void): Promise<string[]> {
  return (await walkSeedFiles(folder, isCancelled, onProblem)).map((file) => file.path);
}

interface ReadJob {
  /** Asked between slices (where the job yields anyway): a run passes `() => signal.aborted`. */
  isCancelled(): boolean;
  /** True while the editor's own work (a document check) is waiting: the job lets it run first. */
  isBusy(): boolean;
  /** Called for each file read (bytes undefined if it could not be read). Synchronous work only. */
  onFile(path: string, bytes: Uint8Array | undefined): void;
  onProgress(done: number, total: number): void;
}

// Regular files only: reading a FIFO would hold one of the four threads of Node's pool for good.
const readOrUndefined = (path: string) => readRegularFile(path).then((read) => (read.ok ? read.bytes : undefined));

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
        await yieldToEditor(job);
        if (job.isCancelled()) return;
        sliceStart = performance.now();
      }
    }
    job.onProgress(Math.min(start + READ_BATCH, files.length), files.length);
    await yieldToEditor(job);
  }
}

async function yieldToEditor(job: ReadJob): Promise<void> {
  do await yieldToEvents();
  while (job.isBusy() && !job.isCancelled());
}

/** The worker bundle beside the running bundle, if there is one. */
export function workerPath(): string | undefined {
  const path = join(__dirname, WORKER_FILE);
  return existsSync(path) ? path : undefined;
}

interface WorkerJob {
  /** Aborting it stops the run at once: the worker is terminated, results still in flight are dropped. */
  signal: AbortSignal;
  onResults(results: FileIndexResult[], done: number, total: number): void;
}

/** Runs the index worker over the files; resolves when it is done or aborted (at once when the signal already is). */
export function indexInWorker(path: string, input: IndexWorkerInput, job: WorkerJob): Promise<void> {
  if (job.signal.aborted) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const worker = new Worker(path, { workerData: input });
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      job.signal.removeEventListener("abort", onAbort);
      void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    const onAbort = () => finish();
    job.signal.addEventListener("abort", onAbort);
    worker.on("message", (message: IndexWorkerMessage) => {
      if (settled) return;
      if (message.type === "done") return finish();
      job.onResults(message.results, message.done, message.total);
    });
    worker.once("error", (error) => finish(error));
    worker.once("exit", (code) => finish(code === 0 ? undefined : new Error(`the index worker exited with code ${code}`)));
  });
}
