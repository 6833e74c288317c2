// @ts-nocheck
// Seeds and folders for the CLI's file tests: a seed `--fix` changes, and temp folders that an
// unprivileged user (nobody, through runuser, when the tests run as root) can use.
import { chmodSync, chownSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers/run-cli";

export const CLEAN_SEED = readFileSync(join(ROOT, "seeds/northwind-analytics-data-scientist.md"), "utf8");
export const TODAY = ["--today", "2026-11-28"];

/** The clean seed with one contradicting figure, which --fix restores: 214K -> 250K. */
export const BROKEN_SEED = CLEAN_SEED.replace("| San Francisco | $172K–$214K |", "| San Francisco | $172K–$250K |");

export const IS_ROOT = process.getuid?.() === 0;
export const NOBODY = { uid: 65534, gid: 65534 };

/** Who the tests run the CLI as: root (when they run as root) and an unprivileged user. */
export interface Identity {
  name: string;
  /** runuser's user, undefined for the current user. */
  user?: string;
  uid: number;
  gid: number;
}

export const IDENTITIES: Identity[] = IS_ROOT
  ? [
      { name: "root", uid: 0, gid: 0 },
      { name: "nobody", user: "nobody", ...NOBODY },
    ]
  : [{ name: "an unprivileged user", uid: process.getuid!(), gid: process.getgid!() }];

/** A fresh folder owned by the identity, that every user can traverse. */
export function folderFor(identity: Identity): string {
  const dir = mkdtempSync(join(tmpdir(), "seeds-write-"));
  chmodSync(dir, 0o755);
  if (IS_ROOT) chownSync(dir, identity.uid, identity.gid);
  return dir;
}

/** Gives a path to the identity (when the tests can). */
export function own(path: string, identity: Identity): void {
  if (IS_ROOT) chownSync(path, identity.uid, identity.gid);
}
