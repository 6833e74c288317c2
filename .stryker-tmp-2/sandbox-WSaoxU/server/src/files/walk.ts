// @ts-nocheck
// Finds candidate seed files under folders, trusting nothing on disk (the CLI and the language
// server both walk with it). Guarantees:
// - only regular files are returned; a FIFO, socket or device whose name matches the globs is
//   reported and never opened (reading is readRegularFile's job, which checks again);
// - symbolic links are followed, and every folder is walked once by its real path, so `self -> .`
//   or two links into each other end the walk, and a seed reached by two names is returned once;
// - a name that is not valid UTF-8 cannot be named in a report or matched by a glob, so it is
//   reported (with its bytes escaped), never skipped silently;
// - every readdir, stat or realpath error is reported with the path.
// Hand-written rather than fdir: fdir drops FIFOs and unreadable folders silently and decodes
// names lossily, and each of those must be a report here.
// Results are plain paths: callers filter them further where files are read.
import { isUtf8 } from "node:buffer";
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { errorReason, kindOf } from "./read-regular";
import { tempNamePid } from "./temp-name";

/** Which files and folders a walk takes; paths are relative to the walked folder, with `/`. */
export interface WalkOptions {
  /** Whether a file is a candidate seed (the `files` globs, less `ignore`). */
  isCandidate(rel: string): boolean;
  /** Whether a folder is skipped (`ignore`); node_modules and .git always are. */
  isSkippedDir(rel: string): boolean;
  isCancelled?(): boolean;
  /** Awaited every few hundred entries, so a server can let other work run. */
  pause?(): Promise<void>;
}

export interface WalkedFile {
  /** The path as found (under the folder given, links not resolved): what reports show. */
  path: string;
  /** The path with every link resolved: a seed is returned once per real path. */
  realPath: string;
}

export interface WalkProblem {
  path: string;
  /** A short phrase: "EACCES", "it is a FIFO (named pipe), not a regular file". */
  reason: string;
  /** The errno code when the path could not be read (EACCES, ENOENT, ELOOP…); absent when it was skipped on purpose. */
  code?: string;
}

const ENTRIES_PER_PAUSE = 256;
const ALWAYS_SKIPPED = new Set(["node_modules", ".git"]);

/** A file name for people: invalid UTF-8 bytes (and every byte from 0x80) written as \xNN. */
export function escapeName(name: Buffer): string {
  if (isUtf8(name)) return name.toString("utf8");
  let out = "";
  for (const byte of name) out += byte < 0x80 ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, "0")}`;
  return out;
}

/** One walk over any number of folders and files: seeds found in several are returned once. */
export class SeedWalk {
  readonly files: WalkedFile[] = [];
  readonly problems: WalkProblem[] = [];
  /** Temporary files left by an interrupted fix (see temp-name.ts), with their PID. */
  readonly leftovers: { path: string; pid: number }[] = [];
  private readonly seenFiles = new Set<string>();
  private readonly seenDirs = new Set<string>();
  private entries = 0;

  constructor(private readonly options: WalkOptions) {}

  /** A file named explicitly: taken whatever its name, if it is a regular file. */
  async addFile(path: string): Promise<void> {
    try {
      const stats = await stat(path);
      if (!stats.isFile()) return this.report(path, `it is ${kindOf(stats)}, not a regular file`);
      this.addFound(path, await realpath(path));
    } catch (error) {
      this.failed(path, error);
    }
  }

  /** Walks a folder (its path as the user wrote it). */
  async addFolder(path: string): Promise<void> {
    let real: string;
    try {
      real = await realpath(path);
    } catch (error) {
      return this.failed(path, error);
    }
    if (!this.seenDirs.has(real)) await this.walk(path, real, "");
  }

  private report(path: string, reason: string): void {
    this.problems.push({ path, reason });
  }

  private failed(path: string, error: unknown): void {
    this.problems.push({ path, reason: errorReason(error), code: (error as NodeJS.ErrnoException).code ?? "EUNKNOWN" });
  }

  private addFound(path: string, realPath: string): void {
    if (this.seenFiles.has(realPath)) return;
    this.seenFiles.add(realPath);
    this.files.push({ path, realPath });
  }

  private async walk(dir: string, real: string, rel: string): Promise<void> {
    this.seenDirs.add(real);
    let entries: Dirent<Buffer>[];
    try {
      entries = await readdir(dir, { withFileTypes: true, encoding: "buffer" });
    } catch (error) {
      return this.failed(dir, error);
    }
    // Sorted for a stable order; real entries before links, so a seed is named by its real name.
    entries.sort((a, b) => Number(a.isSymbolicLink()) - Number(b.isSymbolicLink()) || Buffer.compare(a.name, b.name));
    for (const entry of entries) {
      if (this.options.isCancelled?.()) return;
      if (++this.entries % ENTRIES_PER_PAUSE === 0) await this.options.pause?.();
      await this.visit(entry, dir, real, rel);
    }
  }

  private async visit(entry: Dirent<Buffer>, dir: string, dirReal: string, rel: string): Promise<void> {
    const name = entry.name.toString("utf8");
    if (ALWAYS_SKIPPED.has(name)) return;
    const path = join(dir, name);
    const childRel = rel ? `${rel}/${name}` : name;
    const pid = tempNamePid(name);
    if (pid !== undefined) {
      this.leftovers.push({ path, pid });
      return;
    }
    if (!isUtf8(entry.name)) {
      // Such a path cannot be printed, matched or reopened faithfully as a string.
      const shown = join(dir, escapeName(entry.name));
      if (entry.isDirectory() || entry.isSymbolicLink()) this.report(shown, "its name is not valid UTF-8 (rename it to check what it holds)");
      else if (this.options.isCandidate(childRel)) this.report(shown, "its name is not valid UTF-8 (rename it to check it)");
      return;
    }
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    const isLink = entry.isSymbolicLink();
    if (isLink) {
      if (this.options.isSkippedDir(childRel) && !this.options.isCandidate(childRel)) return;
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
        if (!isDir && !isFile) {
          if (this.options.isCandidate(childRel)) this.report(path, `it is ${kindOf(target)}, not a regular file`);
          return;
        }
      } catch (error) {
        return this.failed(path, error);
      }
    }
    if (isDir) {
      if (this.options.isSkippedDir(childRel)) return;
      let real: string;
      try {
        real = isLink ? await realpath(path) : join(dirReal, name);
      } catch (error) {
        return this.failed(path, error);
      }
      // A folder already walked (a link back up, or to a sibling) is not walked again.
      if (!this.seenDirs.has(real)) await this.walk(path, real, childRel);
      return;
    }
    if (!this.options.isCandidate(childRel)) return;
    if (!isFile) {
      // readdir told the type without following anything: a FIFO, socket or device.
      return this.report(path, `it is ${kindOf(entry)}, not a regular file`);
    }
    try {
      this.addFound(path, isLink ? await realpath(path) : join(dirReal, name));
    } catch (error) {
      this.failed(path, error);
    }
  }
}
