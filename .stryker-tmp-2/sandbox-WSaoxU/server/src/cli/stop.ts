// @ts-nocheck
// SIGINT and SIGTERM during a run that writes files. A fix is never cut in half: the first signal
// raises a flag that the check loop and the writer read between steps (the main thread and the
// CLI's workers share it through a SharedArrayBuffer); the file being written is finished or its
// temporary file removed, the run reports what it did and exits 128 + the signal's number. A
// second signal gives up waiting: live temporary files are removed and the process exits at once.
import { constants } from "node:os";
import { removeActiveTemps } from "./write-atomic";

let flag = new Int32Array(new SharedArrayBuffer(4));

/** The flag's buffer, to hand to a worker (which passes it to useStopFlag). */
export const stopFlagBuffer = (): SharedArrayBuffer => flag.buffer as SharedArrayBuffer;

/** In a worker: read the main thread's flag. */
export function useStopFlag(buffer: SharedArrayBuffer): void {
  flag = new Int32Array(buffer);
}

/** Whether a signal asked the run to stop. */
export const stopRequested = (): boolean => Atomics.load(flag, 0) !== 0;

const STOP_SIGNALS = ["SIGINT", "SIGTERM"] as const;

/**
 * Installs the handlers for the length of a writing run. Returns `signal()` (the signal received,
 * if any; the exit status is then 128 + its number) and `dispose()` to remove them.
 */
export function handleStopSignals(): { signal(): NodeJS.Signals | undefined; exitStatus(): number | undefined; dispose(): void } {
  let received: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (received) {
      removeActiveTemps();
      process.exit(128 + constants.signals[signal]);
    }
    received = signal;
    Atomics.store(flag, 0, 1);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  return {
    signal: () => received,
    exitStatus: () => (received ? 128 + constants.signals[received] : undefined),
    dispose: () => {
      for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
    },
  };
}
