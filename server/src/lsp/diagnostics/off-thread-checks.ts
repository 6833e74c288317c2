// The server thread's side of the check worker (dist/lsp-checker.js): a queue holding at most one
// waiting check per document, the latest version only. A check queued for a document replaces the
// one still waiting for it (coalescing: a burst of edits while a check runs costs one more check,
// not one per edit), and a running check that is already stale is abandoned (the worker is
// restarted) once it has run ABANDON_STALE_AFTER_MS, so a pathological version cannot hold up
// the next one for long.
// The worker keeps a copy of each document it checked; the edits made since are recorded here
// (`changed`, called for every edit the server applies) and a check sends only them, not the
// text: structured-cloning a 10 MB text to the worker held up the server thread 20–50 ms per edit.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Finding, ResolvedConfig, SeedSummary } from "../../engine";
import type { CheckRequest, CheckResponse, ContentChange, DocumentState, WorkerRequest } from "./check-worker-protocol";

export const CHECK_WORKER_FILE = "lsp-checker.js";
/** A running check whose document has a newer version queued is abandoned after this long (ms). */
export const ABANDON_STALE_AFTER_MS = 1000;
/**
 * Edits recorded for a document the worker holds before the copy is given up (its next check
 * then sends the whole text): bounds the memory of a document that is edited but no longer
 * checked in the worker (its checks became cheap enough for the server thread).
 */
export const MAX_RECORDED_EDITS = 10_000;

export interface CheckInput {
  uri: string;
  version: number;
  /** The text of `version`: read only when the worker must be sent the whole text (a large document's is joined then). */
  text: () => string;
  /** Its length (UTF-16 code units), which the worker checks its copy against. */
  length: number;
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
  /** The version of each document the worker holds a copy of (what the next edits start from). */
  private readonly copies = new Map<string, number>();
  /** Per document the worker holds: the edits applied since, each with the version it made. */
  private readonly edits = new Map<string, { version: number; changes: readonly ContentChange[] }[]>();
  /**
   * Number of checks the worker completed, of checks dropped before or while running, and of
   * checks sent with the whole text or with edits only (tests, benchmarks).
   */
  readonly stats = { checked: 0, superseded: 0, abandoned: 0, sentText: 0, sentEdits: 0 };

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

  /**
   * Records an edit of a document (`changes` as the client sent them, taking it to `version`):
   * the worker's copy gets it with the next check. Ignored for documents the worker holds no copy of.
   */
  changed(uri: string, changes: readonly ContentChange[], version: number): void {
    const edits = this.edits.get(uri);
    if (!edits) return;
    if (edits.length >= MAX_RECORDED_EDITS) return this.dropCopy(uri);
    edits.push({ version, changes });
  }

  /** Drops the document's waiting check and the worker's copy (closed). A running one finishes and is ignored by its caller. */
  forget(uri: string): void {
    this.dropCopy(uri);
    const job = this.waiting.get(uri);
    if (!job) return;
    this.waiting.delete(uri);
    job.resolve({ kind: "superseded" });
  }

  /** Forgets the worker's copy of a document, there and here. */
  private dropCopy(uri: string): void {
    if (!this.copies.delete(uri)) return;
    this.edits.delete(uri);
    const message: WorkerRequest = { kind: "forget", uri };
    this.worker?.postMessage(message);
  }

  /** The worker is gone (terminated or crashed), and its copies with it. */
  private lostCopies(): void {
    this.copies.clear();
    this.edits.clear();
  }

  /**
   * What to send for this check: the edits from the worker's copy to this version when the copy
   * is there and every edit since was recorded, else the whole text (and a copy starts).
   */
  private documentState(input: CheckInput): DocumentState {
    const held = this.copies.get(input.uri);
    const edits = this.edits.get(input.uri) ?? [];
    this.copies.set(input.uri, input.version);
    // Edits after this version (made while the check waited) stay for the next check.
    const upTo = edits.findIndex((edit) => edit.version > input.version);
    const sent = upTo === -1 ? edits : edits.slice(0, upTo);
    this.edits.set(input.uri, upTo === -1 ? [] : edits.slice(upTo));
    // The edits must take the copy exactly to this version; anything else (an edit not recorded) sends the text.
    const reached = sent.at(-1)?.version ?? held;
    if (held === undefined || held > input.version || reached !== input.version) {
      this.stats.sentText++;
      return { text: input.text() };
    }
    this.stats.sentEdits++;
    return { from: held, changes: sent.flatMap((edit) => edit.changes), length: input.length };
  }

  dispose(): void {
    for (const job of this.waiting.values()) job.resolve({ kind: "superseded" });
    this.waiting.clear();
    this.lostCopies();
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
    const { uri, version, today, config, summaryFile } = job.input;
    const worker = this.ensureWorker();
    const message: CheckRequest = { kind: "check", id: job.id, uri, version, document: this.documentState(job.input), today, config, summaryFile };
    worker.postMessage(message);
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
    if ("error" in response) {
      // Whatever failed, the worker's copy may not be the version it was sent: start again from the text.
      this.dropCopy(job.input.uri);
      job.resolve({ kind: "failed", error: response.error });
    } else {
      this.stats.checked++;
      job.resolve({
        kind: "checked",
        output: { uri: job.input.uri, version: job.input.version, findings: response.findings, summary: response.summary, ms: response.ms },
      });
    }
    this.pump();
  }

  private crashed(worker: Worker, error: string): void {
    if (worker !== this.worker) return; // a worker terminated on purpose
    this.worker = undefined;
    this.lostCopies();
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
      this.lostCopies();
      this.running = undefined;
      void worker?.terminate();
      this.stats.abandoned++;
      job.resolve({ kind: "superseded" });
      this.pump();
    }, wait);
    this.abandonTimer.unref();
  }
}
