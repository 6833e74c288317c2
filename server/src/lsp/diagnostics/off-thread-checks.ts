// The server thread's side of the check worker (dist/lsp-checker.js): a queue holding at most one
// waiting check per document, the latest version only. A check queued for a document replaces the
// one still waiting for it (coalescing: a burst of edits while a check runs costs one more check,
// not one per edit), and a running check that is already stale is abandoned (the worker is
// restarted) once it has run ABANDON_STALE_AFTER_MS, so a pathological version cannot hold up
// the next one for long.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Finding, ResolvedConfig, SeedSummary } from "../../engine";
import type { CheckRequest, CheckResponse } from "./check-worker-protocol";

export const CHECK_WORKER_FILE = "lsp-checker.js";
/** A running check whose document has a newer version queued is abandoned after this long (ms). */
export const ABANDON_STALE_AFTER_MS = 1000;

export interface CheckInput {
  uri: string;
  version: number;
  text: string;
  today: string;
  config: ResolvedConfig;
  summaryFile?: string;
}

export interface CheckOutput {
  uri: string;
  version: number;
  findings: Finding[];
  summary?: SeedSummary;
  /** Time the worker spent on parse and rules (ms). */
  ms: number;
}

/** What became of a queued check: its result, or why there is none. */
export type CheckOutcome = { kind: "checked"; output: CheckOutput } | { kind: "superseded" } | { kind: "failed"; error: string };

interface Job {
  id: number;
  input: CheckInput;
  resolve(outcome: CheckOutcome): void;
  started?: number;
}

/** The check worker bundle beside the running bundle, if there is one (not when the sources run directly). */
export function checkWorkerPath(): string | undefined {
  const path = join(__dirname, CHECK_WORKER_FILE);
  return existsSync(path) ? path : undefined;
}

export class OffThreadChecks {
  private worker: Worker | undefined;
  private running: Job | undefined;
  /** Waiting checks, at most one per document (insertion order is the order they run in). */
  private readonly waiting = new Map<string, Job>();
  private nextId = 1;
  private abandonTimer: NodeJS.Timeout | undefined;
  /** Number of checks the worker completed, and of checks dropped before or while running (tests, benchmarks). */
  readonly stats = { checked: 0, superseded: 0, abandoned: 0 };

  /**
   * `path`: the worker bundle; `log`: where a crash of the worker is reported; `abandonAfterMs`:
   * how long a stale running check may go on (ABANDON_STALE_AFTER_MS; tests use 0).
   */
  constructor(
    private readonly path: string,
    private readonly log: (message: string) => void = () => undefined,
    private readonly abandonAfterMs = ABANDON_STALE_AFTER_MS,
  ) {}

  /**
   * Queues a check of one version of a document. Resolves with its findings (and summary), or
   * "superseded" when a newer version of the same document was queued before this one finished.
   */
  check(input: CheckInput): Promise<CheckOutcome> {
    return new Promise((resolve) => {
      const job: Job = { id: this.nextId++, input, resolve };
      const older = this.waiting.get(input.uri);
      if (older) {
        this.waiting.delete(input.uri);
        this.stats.superseded++;
        older.resolve({ kind: "superseded" });
      }
      this.waiting.set(input.uri, job);
      this.watchStale();
      this.pump();
    });
  }

  /** Whether a check of the document is queued or running. */
  pending(uri: string): boolean {
    return this.waiting.has(uri) || this.running?.input.uri === uri;
  }

  /** Drops the document's waiting check (closed). A running one finishes and is ignored by its caller. */
  forget(uri: string): void {
    const job = this.waiting.get(uri);
    if (!job) return;
    this.waiting.delete(uri);
    job.resolve({ kind: "superseded" });
  }

  dispose(): void {
    for (const job of this.waiting.values()) job.resolve({ kind: "superseded" });
    this.waiting.clear();
    this.running?.resolve({ kind: "superseded" });
    this.running = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private pump(): void {
    if (this.running) return;
    const next = this.waiting.values().next();
    if (next.done) return;
    const job = next.value;
    this.waiting.delete(job.input.uri);
    this.running = job;
    job.started = performance.now();
    const { uri: _uri, version: _version, ...request } = job.input;
    const message: CheckRequest = { id: job.id, ...request };
    this.ensureWorker().postMessage(message);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.path);
    // An idle worker must not keep a server that was asked to exit alive.
    worker.unref();
    worker.on("message", (response: CheckResponse) => this.finished(worker, response));
    worker.on("error", (error) => this.crashed(worker, error.message));
    worker.on("exit", (code) => this.crashed(worker, `the check worker exited with code ${code}`));
    this.worker = worker;
    return worker;
  }

  private finished(worker: Worker, response: CheckResponse): void {
    const job = this.running;
    if (worker !== this.worker || !job || job.id !== response.id) return;
    this.running = undefined;
    if ("error" in response) job.resolve({ kind: "failed", error: response.error });
    else {
      this.stats.checked++;
      job.resolve({ kind: "checked", output: { uri: job.input.uri, version: job.input.version, findings: response.findings, summary: response.summary, ms: response.ms } });
    }
    this.pump();
  }

  private crashed(worker: Worker, error: string): void {
    if (worker !== this.worker) return; // a worker terminated on purpose
    this.worker = undefined;
    const job = this.running;
    this.running = undefined;
    this.log(`seeds: ${error}`);
    job?.resolve({ kind: "failed", error });
    this.pump();
  }

  /**
   * A running check whose document has a newer version waiting is abandoned once it has run
   * ABANDON_STALE_AFTER_MS: the worker is terminated and a new one starts with the newer version.
   */
  private watchStale(): void {
    const job = this.running;
    if (!job || !this.waiting.has(job.input.uri) || this.abandonTimer) return;
    const wait = Math.max(0, job.started! + this.abandonAfterMs - performance.now());
    this.abandonTimer = setTimeout(() => {
      this.abandonTimer = undefined;
      if (this.running !== job || !this.waiting.has(job.input.uri)) return this.watchStale();
      const worker = this.worker;
      this.worker = undefined;
      this.running = undefined;
      void worker?.terminate();
      this.stats.abandoned++;
      job.resolve({ kind: "superseded" });
      this.pump();
    }, wait);
    this.abandonTimer.unref();
  }
}
