// `seeds check --fix` writing files, as a process, as root and as an unprivileged user: a fix
// keeps the file's identity (links, owner, group, mode), never overwrites a read-only file or an
// edit made meanwhile, never stops at one bad file, and never names its temporary files.
import { chmodSync, chownSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli";
import { BROKEN_SEED, CLEAN_SEED, folderFor, IDENTITIES, IS_ROOT, NOBODY, own, TODAY, type Identity } from "./fixtures";

const EDIT_DURING_FIX = join(__dirname, "..", "helpers", "preload", "edit-during-fix.js");

function seedIn(dir: string, name: string, identity: Identity, text = BROKEN_SEED, mode = 0o644): string {
  const file = join(dir, name);
  const parent = join(file, "..");
  if (!existsSync(parent)) {
    mkdirSync(parent);
    own(parent, identity);
  }
  writeFileSync(file, text);
  chmodSync(file, mode);
  own(file, identity);
  return file;
}

describe.each(IDENTITIES)("seeds check --fix as $name", (identity) => {
  const fix = (dir: string, args: string[] = ["."], preload?: string, env?: NodeJS.ProcessEnv) =>
    runCli(["check", "--fix", ...args, ...TODAY], { cwd: dir, user: identity.user, preload, env });

  it("writes through a symbolic link to its target, which stays a link", () => {
    const dir = folderFor(identity);
    const target = seedIn(dir, "store/real.md", identity);
    symlinkSync("store/real.md", join(dir, "seed.md"));
    const result = fix(dir, ["seed.md"]);
    expect(result.stderr).toBe("fixed seed.md (1 problem)\nFixed 1 problem in 1 file; 0 files unchanged.\n");
    expect(result.status).toBe(0);
    expect(lstatSync(join(dir, "seed.md")).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, "utf8")).toBe(CLEAN_SEED);
    expect(readdirSync(join(dir, "store"))).toEqual(["real.md"]);
  });

  it("keeps hard links: every name sees the fix", () => {
    const dir = folderFor(identity);
    const file = seedIn(dir, "seed.md", identity);
    mkdirSync(join(dir, "elsewhere"));
    linkSync(file, join(dir, "elsewhere", "other-name.txt"));
    const inode = statSync(file).ino;
    const result = fix(dir, ["seed.md"]);
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, "elsewhere", "other-name.txt"), "utf8")).toBe(CLEAN_SEED);
    expect(statSync(file)).toMatchObject({ ino: inode, nlink: 2 });
    expect(readdirSync(dir).sort()).toEqual(["elsewhere", "seed.md"]);
  });

  it("keeps the owner, group and mode", () => {
    const dir = folderFor(identity);
    const file = seedIn(dir, "seed.md", identity, BROKEN_SEED, 0o640);
    // As root, the seed belongs to someone else (as CI checks out files for another user).
    if (identity.uid === 0) chownSync(file, NOBODY.uid, NOBODY.gid);
    const before = statSync(file);
    expect(fix(dir).status).toBe(0);
    const after = statSync(file);
    expect(readFileSync(file, "utf8")).toBe(CLEAN_SEED);
    expect([after.uid, after.gid, after.mode & 0o7777]).toEqual([before.uid, before.gid, 0o640]);
  });

  it("does not write a file its owner may not write (0444), reports it and fixes the others", () => {
    const dir = folderFor(identity);
    const locked = seedIn(dir, "a-locked.md", identity, BROKEN_SEED, 0o444);
    const open = seedIn(dir, "b-open.md", identity);
    const result = fix(dir);
    expect(result.stderr).toBe(
      "seeds: not written 'a-locked.md': it is read-only (mode 0444): its owner may not write it\n" +
        "fixed b-open.md (1 problem)\nFixed 1 problem in 1 file; 0 files unchanged; 1 file not written.\n",
    );
    expect(result.status).toBe(2);
    expect(readFileSync(locked, "utf8")).toBe(BROKEN_SEED);
    expect(statSync(locked).mode & 0o7777).toBe(0o444);
    expect(readFileSync(open, "utf8")).toBe(CLEAN_SEED);
  });

  it("leaves a seed that changed on disk after it was read, and says so", () => {
    const dir = folderFor(identity);
    const file = seedIn(dir, "seed.md", identity);
    const line = "\nA line another program appended while --fix ran.\n";
    const result = fix(dir, ["."], EDIT_DURING_FIX, { SEEDS_TEST_APPEND: line });
    expect(result.stderr).toBe(
      "seeds: not written 'seed.md': it changed on disk since it was read, so the fix was not applied (check it again)\n" +
        "Fixed 0 problems in 0 files; 0 files unchanged; 1 file not written.\n",
    );
    expect(result.status).toBe(2);
    expect(readFileSync(file, "utf8")).toBe(BROKEN_SEED + line);
    expect(readdirSync(dir)).toEqual(["seed.md"]);
  });

  it("leaves a hard-linked seed that changed on disk after it was read", () => {
    const dir = folderFor(identity);
    const file = seedIn(dir, "seed.md", identity);
    linkSync(file, join(dir, "twin.txt"));
    const line = "\nAppended meanwhile.\n";
    const result = fix(dir, ["seed.md"], EDIT_DURING_FIX, { SEEDS_TEST_APPEND: line });
    expect(result.stderr).toBe(
      "seeds: not written 'seed.md': it changed on disk since it was read, so the fix was not applied (check it again)\n" +
        "Fixed 0 problems in 0 files; 0 files unchanged; 1 file not written.\n",
    );
    expect(result.status).toBe(2);
    expect(readFileSync(join(dir, "twin.txt"), "utf8")).toBe(BROKEN_SEED + line);
  });

  it("reports an unreadable seed with its path and still fixes and reports the others", () => {
    const dir = folderFor(identity);
    seedIn(dir, "a.md", identity);
    // Root reads anything: a link to nowhere is its unreadable file; others get a 000 file.
    if (identity.uid === 0) symlinkSync("nowhere.md", join(dir, "b.md"));
    else seedIn(dir, "b.md", identity, BROKEN_SEED, 0o000);
    seedIn(dir, "c.md", identity);
    seedIn(dir, "d.md", identity, CLEAN_SEED);
    const result = fix(dir);
    const reason = identity.uid === 0 ? "no such file or directory" : "EACCES";
    expect(result.stderr).toBe(
      `seeds: cannot read 'b.md': ${reason}\nfixed a.md (1 problem)\nfixed c.md (1 problem)\nFixed 2 problems in 2 files; 1 file unchanged.\n`,
    );
    expect(result.status).toBe(2);
    for (const name of ["a.md", "c.md", "d.md"]) expect(readFileSync(join(dir, name), "utf8")).toBe(CLEAN_SEED);
  });
});

describe("seeds check --fix as an unprivileged user", () => {
  const user = IDENTITIES[IDENTITIES.length - 1]!;

  it("reports a seed in a read-only folder by its own path and fixes the folders around it", () => {
    const dir = folderFor(user);
    for (const sub of ["a", "b", "c"]) {
      mkdirSync(join(dir, sub));
      own(join(dir, sub), user);
      seedIn(dir, `${sub}/seed.md`, user);
    }
    chmodSync(join(dir, "b"), 0o555);
    const result = runCli(["check", "--fix", ".", ...TODAY], { cwd: dir, user: user.user });
    expect(result.stderr).toBe(
      "seeds: not written 'b/seed.md': cannot create a file in its folder (EACCES)\n" +
        "fixed a/seed.md (1 problem)\nfixed c/seed.md (1 problem)\nFixed 2 problems in 2 files; 0 files unchanged; 1 file not written.\n",
    );
    expect(result.status).toBe(2);
    expect(readFileSync(join(dir, "b/seed.md"), "utf8")).toBe(BROKEN_SEED);
    expect(readdirSync(join(dir, "b"))).toEqual(["seed.md"]);
  });

  // Only root can give a seed to another owner to set this up.
  for (const owner of IS_ROOT ? [{ name: "root", uid: 0, gid: NOBODY.gid }] : [])
    it("rewrites in place a group-writable seed of another owner, which keeps its owner", () => {
      const dir = folderFor(user);
      const file = seedIn(dir, "seed.md", owner, BROKEN_SEED, 0o664);
      const result = runCli(["check", "--fix", ".", ...TODAY], { cwd: dir, user: user.user });
      expect(result.status).toBe(0);
      expect(readFileSync(file, "utf8")).toBe(CLEAN_SEED);
      expect(statSync(file)).toMatchObject({ uid: 0, gid: NOBODY.gid });
    });
});

describe("seeds render -o writes its page like a fix", () => {
  const root = IDENTITIES[0]!;

  it("writes a new page with the umask's mode, through a link to an existing one, and not over a read-only one", () => {
    const dir = folderFor(root);
    seedIn(dir, "seed.md", root, CLEAN_SEED);
    const render = (out: string) => runCli(["render", "seed.md", "-o", out, ...TODAY], { cwd: dir });
    expect(render("new.html")).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(statSync(join(dir, "new.html")).mode & 0o777).toBe(0o666 & ~process.umask());
    writeFileSync(join(dir, "target.html"), "old");
    symlinkSync("target.html", join(dir, "link.html"));
    expect(render("link.html").status).toBe(0);
    expect(lstatSync(join(dir, "link.html")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "target.html"), "utf8")).toBe(readFileSync(join(dir, "new.html"), "utf8"));
    writeFileSync(join(dir, "locked.html"), "old");
    chmodSync(join(dir, "locked.html"), 0o444);
    expect(render("locked.html")).toEqual({
      status: 2,
      stdout: "",
      stderr: "seeds: cannot write 'locked.html': it is read-only (mode 0444): its owner may not write it\n",
    });
    expect(readFileSync(join(dir, "locked.html"), "utf8")).toBe("old");
    expect(readdirSync(dir).sort()).toEqual(["link.html", "locked.html", "new.html", "seed.md", "target.html"]);
  });
});
