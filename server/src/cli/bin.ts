// Process entry of `seeds` (bundled to dist/cli.js). The same file is the worker of parallel.ts.
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { checkFiles } from "./check-files";
import { main } from "./main";
import type { WorkerInput } from "./parallel";
import { useStopFlag } from "./stop";

if (!isMainThread) {
  const { job, stop } = workerData as WorkerInput;
  useStopFlag(stop);
  void checkFiles(job).then((outcomes) => parentPort!.postMessage(outcomes));
} else {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // Usage errors and unreadable paths alike: one line, no stack trace, exit 2.
      process.stderr.write(`seeds: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
