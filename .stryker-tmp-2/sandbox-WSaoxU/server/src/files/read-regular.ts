// @ts-nocheck
// Reads a file only when it is a regular file of a sane size. A seed path can name anything: a
// FIFO (opening it blocks until a writer comes, and blocks a thread of Node's pool for good), a
// link to /dev/zero (endless), a socket, a device. So the path is stat'ed first and only a
// regular file is opened; it is opened non-blocking (if it was swapped for a FIFO since, the open
// returns at once) and fstat'ed again through the descriptor, and at most MAX_FILE_BYTES are read.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";
import { open, stat } from "node:fs/promises";

/** Files above this size are reported, not read (64 MiB; seeds are a few KB). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;

export type ReadOutcome =
  | { ok: true; bytes: Uint8Array; dev: number; ino: number }
  /**
   * `reason` is a short phrase for people ("it is a FIFO (named pipe), not a regular file", "EACCES");
   * `skipped` is true when the file was left alone on purpose (not regular, too large), false for an error.
   */
  | { ok: false; reason: string; skipped: boolean };

/** What a path that is not a regular file is, in words. */
export function kindOf(stats: Pick<Stats, "isDirectory" | "isFIFO" | "isSocket" | "isCharacterDevice" | "isBlockDevice">): string {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  return "not a regular file";
}

/** An errno error as a short reason: "no such file or directory", or its code (EACCES, ELOOP, …). */
export function errorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "ELOOP") return "ELOOP (a loop of symbolic links)";
  return code ?? (error as Error).message;
}

const failure = (error: unknown): ReadOutcome => ({ ok: false, reason: errorReason(error), skipped: false });
const notRegular = (stats: Stats): ReadOutcome => ({ ok: false, reason: `it is ${kindOf(stats)}, not a regular file`, skipped: true });
const tooLarge = (size: number, limit: number): ReadOutcome => ({
  ok: false,
  reason: `it is larger than ${Math.round(limit / (1024 * 1024))} MB (${size} bytes)`,
  skipped: true,
});

/**
 * The bytes read so far, in a buffer that grows by doubling up to one byte past the limit. The
 * size may change while reading (or be 0 for generated files), so a reader reads to the end.
 */
class ReadBuffer {
  buffer: Buffer;
  length = 0;

  constructor(
    size: number,
    private readonly limit: number,
  ) {
    this.buffer = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(size + 1, 8192)));
  }

  /** Makes room for the next read; false once more than the limit has been read. */
  makeRoom(): boolean {
    if (this.length < this.buffer.length) return true;
    if (this.length > this.limit) return false;
    const bigger = Buffer.allocUnsafe(Math.min(this.limit + 1, this.buffer.length * 2));
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
    return true;
  }

  /** The outcome once the reads are done: the bytes, or too large. */
  outcome(opened: Stats): ReadOutcome {
    if (this.length > this.limit) return tooLarge(this.length, this.limit);
    return { ok: true, bytes: this.buffer.subarray(0, this.length), dev: opened.dev, ino: opened.ino };
  }
}

/** Checks the descriptor is still the regular file that was stat'ed, and how much to read. */
function verifyOpened(before: Stats, opened: Stats, limit: number): ReadOutcome | undefined {
  if (!opened.isFile()) return notRegular(opened);
  if (opened.ino !== before.ino || opened.dev !== before.dev) return { ok: false, reason: "it was replaced while it was being read", skipped: false };
  if (opened.size > limit) return tooLarge(opened.size, limit);
  return undefined;
}

/**
 * Reads a regular file (symbolic links followed) without ever opening anything else.
 * Input: a path and an optional size limit (default MAX_FILE_BYTES).
 * Output: the bytes with the file's device and inode, or a reason it was not read (never throws).
 */
export function readRegularFileSync(path: string, limit = MAX_FILE_BYTES): ReadOutcome {
  let before: Stats;
  try {
    before = statSync(path);
  } catch (error) {
    return failure(error);
  }
  if (!before.isFile()) return notRegular(before);
  if (before.size > limit) return tooLarge(before.size, limit);
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    return failure(error);
  }
  try {
    const opened = fstatSync(fd);
    const problem = verifyOpened(before, opened, limit);
    if (problem) return problem;
    const read = new ReadBuffer(opened.size, limit);
    while (read.makeRoom()) {
      const count = readSync(fd, read.buffer, read.length, read.buffer.length - read.length, null);
      if (count === 0) break;
      read.length += count;
    }
    return read.outcome(opened);
  } catch (error) {
    return failure(error);
  } finally {
    closeSync(fd);
  }
}

/** readRegularFileSync without blocking the event loop (for the language server). Never rejects. */
export async function readRegularFile(path: string, limit = MAX_FILE_BYTES): Promise<ReadOutcome> {
  let before: Stats;
  try {
    before = await stat(path);
  } catch (error) {
    return failure(error);
  }
  if (!before.isFile()) return notRegular(before);
  if (before.size > limit) return tooLarge(before.size, limit);
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    return failure(error);
  }
  try {
    const opened = await handle.stat();
    const problem = verifyOpened(before, opened, limit);
    if (problem) return problem;
    const read = new ReadBuffer(opened.size, limit);
    while (read.makeRoom()) {
      const { bytesRead } = await handle.read(read.buffer, read.length, read.buffer.length - read.length, null);
      if (bytesRead === 0) break;
      read.length += bytesRead;
    }
    return read.outcome(opened);
  } catch (error) {
    return failure(error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads a regular file as UTF-8 text, or undefined (config files, commands). */
export async function readRegularText(path: string, limit = MAX_FILE_BYTES): Promise<string | undefined> {
  const outcome = await readRegularFile(path, limit);
  return outcome.ok ? Buffer.from(outcome.bytes).toString("utf8") : undefined;
}
