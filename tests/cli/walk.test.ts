// `seeds check` and `seeds render` walking folders that hold anything: links back up, FIFOs,
// devices, sockets, names that are not UTF-8, unreadable folders, huge files. Each is checked
// once or reported with its path (exit 2), and nothing is ever opened that is not a regular file.
// Runs that hung (or grew without end) before get a short timeout, so they fail instead.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli";
import { BROKEN_SEED, CLEAN_SEED, folderFor, IDENTITIES, own, TODAY } from "./fixtures";

const me = IDENTITIES[0]!;
const unprivileged = IDENTITIES[IDENTITIES.length - 1]!;
const HUNG = 20_000;

function folderWithSeed(): string {
  const dir = folderFor(me);
  writeFileSync(join(dir, "seed.md"), CLEAN_SEED);
  return dir;
}

const check = (dir: string, args: string[] = ["."]) => runCli(["check", ...args, ...TODAY], { cwd: dir, timeout: HUNG });

describe("seeds check walks folders that trust nothing", () => {
  it("checks a seed once beside a link to its own folder (self -> .)", () => {
    const dir = folderWithSeed();
    symlinkSync(".", join(dir, "self"));
    expect(check(dir)).toEqual({ status: 0, stdout: "1 seed checked, no problems.\n", stderr: "" });
  });

  it("ends beside two links to its own folder, and checks the seed once", () => {
    const dir = folderWithSeed();
    symlinkSync(".", join(dir, "again"));
    symlinkSync(".", join(dir, "self"));
    mkdirSync(join(dir, "sub"));
    symlinkSync("..", join(dir, "sub", "up"));
    expect(check(dir)).toEqual({ status: 0, stdout: "1 seed checked, no problems.\n", stderr: "" });
  });

  it("checks a seed reached by a link and by its name once, and follows a linked folder", () => {
    const dir = folderWithSeed();
    symlinkSync("seed.md", join(dir, "alias.md"));
    const outside = folderFor(me);
    writeFileSync(join(outside, "other.md"), BROKEN_SEED.replace("role: data-scientist", "role: analyst"));
    symlinkSync(outside, join(dir, "linked"));
    const result = runCli(["check", ".", "--format", "json", ...TODAY], { cwd: dir, timeout: HUNG });
    expect([...new Set((JSON.parse(result.stdout) as { file: string }[]).map((f) => f.file))]).toEqual(["linked/other.md"]);
    expect(result.stderr).toBe("");
  });

  it("reports and skips a FIFO, a socket and a link to a device named like seeds, and checks the rest", async () => {
    const dir = folderWithSeed();
    execFileSync("mkfifo", [join(dir, "fifo.md")]);
    symlinkSync("/dev/zero", join(dir, "zero.md"));
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, "socket.md"), resolve));
    try {
      expect(check(dir)).toEqual({
        status: 2,
        stdout: "1 seed checked, no problems.\n",
        stderr:
          "seeds: skipped 'fifo.md': it is a FIFO (named pipe), not a regular file\n" +
          "seeds: skipped 'socket.md': it is a socket, not a regular file\n" +
          "seeds: skipped 'zero.md': it is a character device, not a regular file\n",
      });
      // Named on the command line, they are refused the same way.
      expect(check(dir, ["fifo.md", "zero.md", "seed.md"])).toEqual({
        status: 2,
        stdout: "1 seed checked, no problems.\n",
        stderr:
          "seeds: skipped 'fifo.md': it is a FIFO (named pipe), not a regular file\nseeds: skipped 'zero.md': it is a character device, not a regular file\n",
      });
    } finally {
      server.close();
    }
  });

  it("reports a seed whose name is not valid UTF-8, with its bytes escaped", () => {
    const dir = folderWithSeed();
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from(".md")]), CLEAN_SEED);
    expect(check(dir)).toEqual({
      status: 2,
      stdout: "1 seed checked, no problems.\n",
      stderr: "seeds: skipped 'caf\\xe9.md': its name is not valid UTF-8 (rename it to check it)\n",
    });
  });

  it("reports links it cannot follow with their paths", () => {
    const dir = folderWithSeed();
    symlinkSync("nowhere.md", join(dir, "dangling.md"));
    symlinkSync("loop-b.md", join(dir, "loop-a.md"));
    symlinkSync("loop-a.md", join(dir, "loop-b.md"));
    expect(check(dir)).toEqual({
      status: 2,
      stdout: "1 seed checked, no problems.\n",
      stderr:
        "seeds: cannot read 'dangling.md': no such file or directory\n" +
        "seeds: cannot read 'loop-a.md': ELOOP (a loop of symbolic links)\n" +
        "seeds: cannot read 'loop-b.md': ELOOP (a loop of symbolic links)\n",
    });
  });

  it("reports a folder it cannot read and checks the others (as an unprivileged user)", () => {
    const dir = folderFor(unprivileged);
    for (const sub of ["a", "locked"]) {
      mkdirSync(join(dir, sub));
      writeFileSync(join(dir, sub, "seed.md"), CLEAN_SEED.replace("role: data-scientist", `role: ${sub}`));
      own(join(dir, sub, "seed.md"), unprivileged);
      own(join(dir, sub), unprivileged);
    }
    chmodSync(join(dir, "locked"), 0o000);
    const result = runCli(["check", ".", ...TODAY], { cwd: dir, user: unprivileged.user, timeout: HUNG });
    expect(result).toEqual({ status: 2, stdout: "1 seed checked, no problems.\n", stderr: "seeds: cannot read 'locked': EACCES\n" });
  });

  it("reports a file over 64 MB without reading it", () => {
    const dir = folderWithSeed();
    writeFileSync(join(dir, "huge.md"), "");
    truncateSync(join(dir, "huge.md"), 65 * 1024 * 1024);
    expect(check(dir)).toEqual({
      status: 2,
      stdout: "1 seed checked, no problems.\n",
      stderr: "seeds: skipped 'huge.md': it is larger than 64 MB (68157440 bytes)\n",
    });
  });
});

describe("seeds render reads regular files only", () => {
  it("refuses a FIFO, a link to /dev/zero and a file over 64 MB, at once", () => {
    const dir = folderWithSeed();
    execFileSync("mkfifo", [join(dir, "fifo.md")]);
    symlinkSync("/dev/zero", join(dir, "zero.md"));
    writeFileSync(join(dir, "huge.md"), "");
    truncateSync(join(dir, "huge.md"), 65 * 1024 * 1024);
    const render = (name: string) => runCli(["render", name, ...TODAY], { cwd: dir, timeout: HUNG });
    expect(render("fifo.md")).toEqual({ status: 2, stdout: "", stderr: "seeds: cannot read 'fifo.md': it is a FIFO (named pipe), not a regular file\n" });
    expect(render("zero.md")).toEqual({ status: 2, stdout: "", stderr: "seeds: cannot read 'zero.md': it is a character device, not a regular file\n" });
    expect(render("huge.md")).toEqual({ status: 2, stdout: "", stderr: "seeds: cannot read 'huge.md': it is larger than 64 MB (68157440 bytes)\n" });
  });
});
