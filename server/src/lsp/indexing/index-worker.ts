// Entry of dist/lsp-indexer.js: indexes a folder's files in a worker thread, so parsing 10,000
// seeds never stands between a keystroke and its diagnostics in the server's own thread.
// Results go back in batches; the server thread only stores them.
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { readRegularFileSync } from "../../files/read-regular";
import { applySettings } from "../state/settings";
import { Folder } from "../state/folders";
import { indexBytes, type FileIndexResult } from "./index-file";
import type { IndexWorkerInput, IndexWorkerMessage } from "./index-worker-protocol";

const BATCH = 64;

/**
 * Background work should not compete with the editor's thread: on Linux, where a thread has its
 * own nice value, the worker lowers its priority (elsewhere this would renice the whole server).
 */
function lowerPriority(): void {
  if (process.platform !== "linux") return;
  try {
    setPriority(10);
  } catch {
    // Not allowed here (some sandboxes): indexing runs at normal priority.
  }
}

function run(input: IndexWorkerInput): void {
  lowerPriority();
  const folder = new Folder(input.folder.uri, input.folder.path, input.folder.name);
  folder.setConfigText(input.folder.configText);
  const check = input.check ? { today: input.check.today, config: applySettings(folder.config, input.check.settings, folder.setsReviewInterval) } : undefined;
  let batch: FileIndexResult[] = [];
  const post = (message: IndexWorkerMessage) => parentPort!.postMessage(message);
  input.files.forEach((path, index) => {
    // Regular files only, up to the size limit: never a FIFO or a device (see read-regular.ts).
    const read = readRegularFileSync(path);
    const bytes = read.ok ? read.bytes : undefined;
    batch.push(bytes ? indexBytes(path, bytes, folder, { displayPrefix: input.displayPrefix, check }) : { path, seed: false });
    if (batch.length === BATCH || index === input.files.length - 1) {
      post({ type: "batch", results: batch, done: index + 1, total: input.files.length });
      batch = [];
    }
  });
  post({ type: "done" });
}

run(workerData as IndexWorkerInput);
