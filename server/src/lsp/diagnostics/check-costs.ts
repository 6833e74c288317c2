// How long to wait between an edit and the check of a document (push diagnostics), and where to
// run that check. A debounce exists so that a burst of keystrokes does not pay for one check per
// keystroke; the right wait is therefore a multiple of what a check of *this* document costs, not a
// fixed figure. A seed checks in about 2 ms: it is checked on the next turn of the event loop after
// each keystroke (edit → diagnostics a few ms). A 10 MB seed costs hundreds of ms: its checks wait
// up to MAX_ADAPTIVE_DELAY_MS, run in a worker thread, and coalesce while one runs.

/**
 * Checks cheaper than this run on the next turn of the event loop, without any delay (ms): even
 * a fast typist's keystrokes are 30 ms or more apart, so checking after each costs little.
 */
export const CHEAP_CHECK_MS = 15;
/** The delay is this many times the document's measured check cost... */
export const DELAY_PER_COST = 2;
/** ...but never more than the old fixed debounce (ms). */
export const MAX_ADAPTIVE_DELAY_MS = 150;
/**
 * Documents at least this long (UTF-16 code units) are checked in the worker thread from their
 * first check on, before any cost is known: 256 K is 25 times the reference seed.
 */
export const OFF_THREAD_CHARS = 256 * 1024;
/** A document whose checks on the server thread cost more than this (ms) moves to the worker. */
export const OFF_THREAD_COST_MS = 20;
/** Before the first check, a document's cost is guessed from its length at this rate (chars/ms). */
const GUESSED_CHARS_PER_MS = 50_000;
/**
 * A document's cost is the median of its last few checks: it follows a real change within three
 * checks, and ignores one slow sample (a GC pause, a busy machine, the JIT still warming up).
 */
const SAMPLES = 5;

/** The lower median: of two samples, the smaller (one slow check among two is not yet a trend). */
const medianOf = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/** The measured cost of checking each open document, and the decisions taken from it. */
export class CheckCosts {
  private readonly samples = new Map<string, number[]>();
  private readonly costs = new Map<string, number>();

  /** Records that a check of `uri` took `ms` milliseconds (wall time of parse + rules). */
  record(uri: string, ms: number): void {
    const samples = this.samples.get(uri) ?? [];
    samples.push(ms);
    if (samples.length > SAMPLES) samples.shift();
    this.samples.set(uri, samples);
    this.costs.set(uri, medianOf(samples));
  }

  /** The cost of a check of `uri` in ms (median of its last checks), or a guess from `length` before any check. */
  cost(uri: string, length: number): number {
    return this.costs.get(uri) ?? length / GUESSED_CHARS_PER_MS;
  }

  /** Milliseconds to wait after an edit of `uri` (a document of `length` chars) before checking it; 0: next turn. */
  delay(uri: string, length: number): number {
    const cost = this.cost(uri, length);
    return cost < CHEAP_CHECK_MS ? 0 : Math.min(MAX_ADAPTIVE_DELAY_MS, Math.round(DELAY_PER_COST * cost));
  }

  /** Whether `uri` is too costly to check on the server thread (it would hold up every other request). */
  offThread(uri: string, length: number): boolean {
    return length >= OFF_THREAD_CHARS || (this.costs.get(uri) ?? 0) > OFF_THREAD_COST_MS;
  }

  forget(uri: string): void {
    this.samples.delete(uri);
    this.costs.delete(uri);
  }
}
