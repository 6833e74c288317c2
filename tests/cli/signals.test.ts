// `seeds check --fix` interrupted while a fix's temporary file exists: SIGINT and SIGTERM remove
// it and leave the seed as it was; SIGKILL cannot be caught, so its leftover must be harmless
// (never checked as a seed) and removed by the next --fix. A preload holds the write at the
// moment the temporary file exists and says so on stderr: every wait is for that line or an exit.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exited, runCli, startCli, stderrLine } from "../helpers/run-cli";
import { BROKEN_SEED, folderFor, IDENTITIES, own, TODAY, type Identity } from "./fixtures";

const HOLD = join(__dirname, "..", "helpers", "preload", "hold-temp-file.js");

/**
 * A folder with one seed to fix, and `seeds check --fix` on it (as the identity) held with its
 * temporary file open. `pid` is the CLI's own process (not runuser's), which the tests signal.
 */
async function heldFix(identity: Identity): Promise<{ dir: string; temp: string; pid: number; child: ReturnType<typeof startCli> }> {
  const dir = folderFor(identity);
  writeFileSync(join(dir, "seed.md"), BROKEN_SEED);
  own(join(dir, "seed.md"), identity);
  const child = startCli(["check", "--fix", ".", ...TODAY], { cwd: dir, preload: HOLD, user: identity.user });
  const [, pid, temp] = (await stderrLine(child, "TEMP ")).split(" ") as [string, string, string];
  expect(temp.startsWith(join(dir, ".seed.md.seeds-tmp-"))).toBe(true);
  expect(statSync(temp)).toMatchObject({ uid: identity.uid });
  return { dir, temp, pid: Number(pid), child };
}

describe.each(IDENTITIES)("seeds check --fix and signals, as $name", (identity) => {
  for (const [signal, status] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    it(`removes its temporary file on ${signal} and leaves the seed as it was`, async () => {
      const { dir, pid, child } = await heldFix(identity);
      const done = exited(child);
      process.kill(pid, signal);
      const result = await done;
      expect(result.status).toBe(status);
      expect(result.stderr).toBe(
        "seeds: not written 'seed.md': the run was interrupted before it was written\n" +
          "Fixed 0 problems in 0 files; 0 files unchanged; 1 file not written.\n" +
          `seeds: interrupted by ${signal}: 0 of 1 files not checked\n`,
      );
      expect(result.stdout).toBe("");
      expect(readdirSync(dir)).toEqual(["seed.md"]);
      expect(readFileSync(join(dir, "seed.md"), "utf8")).toBe(BROKEN_SEED);
    });
  }

  it("leaves after SIGKILL a temporary file that is never checked, and the next --fix removes it", async () => {
    const { dir, temp, pid, child } = await heldFix(identity);
    const done = exited(child);
    process.kill(pid, "SIGKILL");
    await done;
    const name = temp.slice(dir.length + 1);
    expect(readdirSync(dir).sort()).toEqual([name, "seed.md"]);
    // What earlier versions left when killed (an empty .NAME.PID.MILLISECONDS.tmp) goes too.
    const legacy = ".seed.md.4194303.1764460000000.tmp";
    writeFileSync(join(dir, legacy), "");
    own(join(dir, legacy), identity);

    const check = runCli(["check", ".", "--format", "json", ...TODAY], { cwd: dir, user: identity.user });
    expect(new Set((JSON.parse(check.stdout) as { file: string }[]).map((f) => f.file))).toEqual(new Set(["seed.md"]));
    expect(check.stderr).toBe("");

    const fix = runCli(["check", "--fix", ".", ...TODAY], { cwd: dir, user: identity.user });
    expect(fix.stderr).toBe(
      `seeds: removed '${legacy}', a temporary file left by an interrupted fix\n` +
        `seeds: removed '${name}', a temporary file left by an interrupted fix\n` +
        "fixed seed.md (1 problem)\nFixed 1 problem in 1 file; 0 files unchanged.\n",
    );
    expect(fix.status).toBe(0);
    expect(readdirSync(dir)).toEqual(["seed.md"]);
  });
});
