// `npm test` provisions what its tiers need first (pretest: .ci/provision-e2e.sh --quiet). Where it
// cannot install the Debian packages, it must stop with one line naming them, never skip a tier.
// The machine's tools are replaced by stubs on PATH: a dpkg-query that knows no package, an `id`
// that says we are not root, and a sudo that wants a password (or no apt-get at all).
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli";

const SCRIPT = join(ROOT, ".ci", "provision-e2e.sh");
const BASH = spawnSync("bash", ["-c", "command -v bash"], { encoding: "utf8" }).stdout.trim();

/** A folder of commands for PATH: real ones linked, stubs written as shell scripts. */
function fakeBin(stubs: Record<string, string>): string {
  const bin = mkdtempSync(join(tmpdir(), "seeds-provision-bin-"));
  for (const tool of ["uname", "mkdir", "flock", "grep", "dirname", "cat"])
    symlinkSync(spawnSync("bash", ["-c", `command -v ${tool}`], { encoding: "utf8" }).stdout.trim(), join(bin, tool));
  for (const [name, body] of Object.entries(stubs)) {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  }
  return bin;
}

function provision(stubs: Record<string, string>) {
  const cache = mkdtempSync(join(tmpdir(), "seeds-provision-cache-"));
  return spawnSync(BASH, [SCRIPT, "--quiet"], {
    env: { PATH: fakeBin(stubs), HOME: cache, SEED_E2E_CACHE: cache },
    encoding: "utf8",
  });
}

const NOT_ROOT = { "dpkg-query": "exit 1", id: "echo 1000", npm: "exit 0" };

describe(".ci/provision-e2e.sh (npm test's pretest)", () => {
  it("is npm test's pretest, quiet", () => {
    expect(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.pretest).toBe("bash .ci/provision-e2e.sh --quiet");
  });

  it("without root and without password-less sudo: one line naming the packages, exit 1", () => {
    const result = provision({ ...NOT_ROOT, "apt-get": "exit 0", sudo: "exit 1" });
    expect([result.status, result.stdout, result.stderr]).toEqual([
      1,
      "",
      "provision-e2e: ERROR: the tests need the Debian packages chromium libkrb5-dev neovim: run 'sudo apt-get install -y chromium libkrb5-dev neovim' (or run npm test as root), then rerun\n",
    ]);
  });

  it("without apt-get: one line naming the packages, exit 1", () => {
    const result = provision(NOT_ROOT);
    expect([result.status, result.stdout, result.stderr]).toEqual([
      1,
      "",
      "provision-e2e: ERROR: the tests need the Debian packages chromium libkrb5-dev neovim and this machine has no apt-get: install them (Chromium at /usr/bin/chromium), then rerun\n",
    ]);
  });
});
