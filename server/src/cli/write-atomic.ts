// Writes a fix back to a seed without changing which file it is, and without losing an edit made
// on disk while the seed was being checked.
//
// - Links: a symbolic link is written through (the real path is resolved first, and the
//   temporary file goes beside the target). A file with several hard links is rewritten in place
//   (same inode), so every name sees the fix: a rename would give one name a new file and leave
//   the others on the old text. In-place writing is not atomic (a reader may see the old text
//   followed by the new, and a crash between the write and the truncation can leave the old
//   text's tail), which is the price of keeping the links; the window is one write() call.
// - Identity: the new file gets the old one's owner, group and mode (fchown, then fchmod, which
//   chown would have cleared setuid bits for). If the owner or group cannot be given (a normal
//   user fixing a group-writable file of someone else), the file is rewritten in place instead.
// - Permission: a file whose owner has no write permission (0444) is not written, nor one the
//   process may not write (access W_OK): a rename in a writable folder would bypass both.
// - Concurrent edits: just before the rename (or the in-place write) the file is read again and
//   compared with the bytes that were checked, synchronously and back to back with the rename so
//   no other work of this process runs in between; if it differs it is left alone and reported.
// - Temporary files are named by temp-name.ts (never taken for seeds, removed by the next --fix
//   when their process is gone) and removed on every failure, and on SIGINT/SIGTERM (stop.ts).
// write-file-atomic does the first two by itself, but has no hook between writing and renaming
// (for the comparison), renames over hard links and read-only files, and names its temporary
// files `NAME.<hash>`, which a later run cannot tell from an author's file; hence this module.
import { closeSync, constants, fstatSync, ftruncateSync, fsyncSync, openSync, readSync, renameSync, unlinkSync, writeSync, type Stats } from "node:fs";
import { access, open, realpath, stat, unlink, type FileHandle } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { errorReason, kindOf } from "../files/read-regular";
import { tempNameFor } from "../files/temp-name";

/** The file as it was read and checked: it is written only if it is still exactly this. */
export interface Expected {
  bytes: Uint8Array;
  dev: number;
  ino: number;
}

type WriteOutcome =
  | { written: true; inPlace: boolean }
  /** `reason`: a short phrase for people ("it is read-only (mode 0444)"). */
  | { written: false; reason: string };

interface WriteOptions {
  /** Write only if the file is still this (a fix); omit to create or replace freely (an output file). */
  expected?: Expected;
  /** Polled between steps: when true the write is abandoned before it replaces anything. */
  isStopped?: () => boolean;
}

const CHANGED = "it changed on disk since it was read, so the fix was not applied (check it again)";
const STOPPED = "the run was interrupted before it was written";

/** Temporary files that exist right now, for a signal handler to remove. */
const activeTemps = new Set<string>();

/** Removes every temporary file this thread has open (synchronous: for signal handlers). */
export function removeActiveTemps(): void {
  for (const temp of activeTemps) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or removed.
    }
  }
  activeTemps.clear();
}

const modeText = (mode: number) => `0${(mode & 0o7777).toString(8)}`;

/** Reads the whole file behind `fd` (synchronously). */
function readAll(fd: number, sizeHint: number): Buffer {
  let buffer = Buffer.allocUnsafe(sizeHint + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      const bigger = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, length);
    if (read === 0) return buffer.subarray(0, length);
    length += read;
  }
}

/** Whether the file behind `fd` is still the one that was read, byte for byte. */
function stillExpected(fd: number, expected: Expected | undefined): boolean {
  if (!expected) return true;
  const now = fstatSync(fd);
  if (now.dev !== expected.dev || now.ino !== expected.ino || now.size !== expected.bytes.length) return false;
  return readAll(fd, now.size).equals(expected.bytes);
}

/** Rewrites the file's own inode: every hard link sees the new text. */
function writeInPlace(real: string, data: Uint8Array, options: WriteOptions): WriteOutcome {
  if (options.isStopped?.()) return { written: false, reason: STOPPED };
  const fd = openSync(real, constants.O_RDWR | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    if (!fstatSync(fd).isFile()) return { written: false, reason: "it is no longer a regular file" };
    if (!stillExpected(fd, options.expected)) return { written: false, reason: CHANGED };
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset, offset);
    ftruncateSync(fd, data.length);
    fsyncSync(fd);
    return { written: true, inPlace: true };
  } finally {
    closeSync(fd);
  }
}

/** Moves the finished temporary file over the real one, if the real one is still as expected. */
function replaceWith(temp: string, real: string, options: WriteOptions): WriteOutcome {
  if (options.expected) {
    let fd: number;
    try {
      fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    } catch {
      return { written: false, reason: CHANGED };
    }
    try {
      if (!stillExpected(fd, options.expected)) return { written: false, reason: CHANGED };
    } finally {
      closeSync(fd);
    }
  }
  renameSync(temp, real);
  return { written: true, inPlace: false };
}

/** Gives the temporary file the original's owner and group; false when that is not allowed. */
async function takeOwnership(handle: FileHandle, original: Stats): Promise<boolean> {
  const created = await handle.stat();
  if (created.uid === original.uid && created.gid === original.gid) return true;
  try {
    await handle.chown(original.uid, original.gid);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EPERM" || (error as NodeJS.ErrnoException).code === "EINVAL") return false;
    throw error;
  }
}

type TempResult = { outcome: WriteOutcome } | { fallBackInPlace: true };

/** Writes data to a temporary file beside `real`, with its identity, then swaps it in. */
async function writeViaTemp(real: string, data: Uint8Array, original: Stats | undefined, options: WriteOptions): Promise<TempResult> {
  const temp = join(dirname(real), tempNameFor(basename(real)));
  let handle: FileHandle;
  try {
    // Private until it has the original's owner and mode; a new file gets the umask's mode.
    handle = await open(temp, "wx", original ? 0o600 : 0o666);
  } catch (error) {
    return { outcome: { written: false, reason: `cannot create a file in its folder (${errorReason(error)})` } };
  }
  activeTemps.add(temp);
  let done = false;
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
      if (original) {
        if (!(await takeOwnership(handle, original))) return { fallBackInPlace: true };
        await handle.chmod(original.mode & 0o7777);
      }
    } finally {
      await handle.close();
    }
    if (options.isStopped?.()) return { outcome: { written: false, reason: STOPPED } };
    const outcome = replaceWith(temp, real, options);
    done = outcome.written;
    return { outcome };
  } finally {
    if (!done) await unlink(temp).catch(() => undefined);
    activeTemps.delete(temp);
  }
}

/**
 * Writes `data` to `path` keeping the file's identity (see the top of this file).
 * Input: the path as the user named it, the bytes, and options (the expected current content).
 * Output: whether it was written, or why not, as a phrase naming no temporary file. Never throws
 * for file-system reasons; the caller reports `reason` with the seed's own path.
 */
export async function writeFileKeepingIdentity(path: string, data: Uint8Array, options: WriteOptions = {}): Promise<WriteOutcome> {
  try {
    let real: string;
    try {
      real = await realpath(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT" || options.expected) return { written: false, reason: errorReason(error) };
      real = path; // a new file (an output page); a dangling link fails below, at the rename
    }
    const original = await stat(real).catch(() => undefined);
    if (original) {
      if (!original.isFile()) return { written: false, reason: `it is ${kindOf(original)}, not a regular file` };
      if (options.expected && (original.dev !== options.expected.dev || original.ino !== options.expected.ino)) return { written: false, reason: CHANGED };
      if ((original.mode & 0o200) === 0) return { written: false, reason: `it is read-only (mode ${modeText(original.mode)}): its owner may not write it` };
      try {
        await access(real, constants.W_OK);
      } catch (error) {
        return { written: false, reason: `no permission to write it (${errorReason(error)})` };
      }
      if (original.nlink > 1) return writeInPlace(real, data, options);
    } else if (options.expected) {
      return { written: false, reason: CHANGED };
    }
    const result = await writeViaTemp(real, data, original, options);
    return "outcome" in result ? result.outcome : writeInPlace(real, data, options);
  } catch (error) {
    return { written: false, reason: errorReason(error) };
  }
}
