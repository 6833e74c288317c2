// Spreads a large check over worker threads (one per core). Small runs stay in one thread:
// starting a worker costs more than checking a few hundred seeds.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { CheckJob, FileOutcome } from "./check-files";
import { checkFiles } from "./check-files";
import { stopFlagBuffer } from "./stop";

const FILES_PER_WORKER_MIN = 400;

/** What a worker is given: the job, and the stop flag it shares with the main thread. */
export interface WorkerInput {
  job: CheckJob;
  stop: SharedArrayBuffer;
}

/** Checks the job's files, in workers when there are many. Outcomes are in the files' order; after a stop, only the files done. */
export async function checkInParallel(job: CheckJob): Promise<FileOutcome[]> {
  const threads = Math.min(availableParallelism(), Math.floor(job.files.length / FILES_PER_WORKER_MIN));
  if (threads < 2) return checkFiles(job);
  // Interleaved chunks balance the load when big and small seeds are clustered by name.
  const chunks = Array.from({ length: threads }, (_, t) => job.files.filter((_f, i) => i % threads === t));
  const results = await Promise.all(
    chunks.map(
      (files) =>
        new Promise<FileOutcome[]>((resolve, reject) => {
          // Structured clone carries the config's Map of regions as it is.
          const input: WorkerInput = { job: { ...job, files }, stop: stopFlagBuffer() };
          const worker = new Worker(__filename, { workerData: input });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    ),
  );
  // Restore the input order.
  const byFile = new Map(results.flat().map((outcome) => [outcome.file, outcome]));
  return job.files.flatMap((file) => byFile.get(file) ?? []);
}
