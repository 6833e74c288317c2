// @ts-nocheck
// .ci/run keeps the README's promise: it runs the README's two commands, as written there, in a
// clone of HEAD made in an empty temporary folder. This test ties the two texts together; the
// clone itself is proved by running .ci/run (it takes minutes: not part of npm test).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli";

const commandsOf = (lines: string[]) => lines.map((line) => line.replace(/\s+#.*$/, "").trim()).filter((line) => line && !line.startsWith("#"));

describe(".ci/run", () => {
  const run = readFileSync(join(ROOT, ".ci", "run"), "utf8");

  it("ends with exactly the two commands of the README's first block", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const block = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    const promised = commandsOf(block.split("\n"));
    expect(promised).toEqual(["npm install && npx seeds check seeds", "npm test"]);
    expect(commandsOf(run.split("\n")).slice(-2)).toEqual(promised);
  });

  it("clones committed HEAD into a fresh temporary folder and works there, not in place", () => {
    expect(run).toContain('work="$(mktemp -d ');
    expect(run).toContain('git clone --quiet --no-checkout "$src" "$clone"');
    expect(run).toContain('git -C "$clone" checkout --quiet --detach "$commit"');
    expect(run).toContain('cd "$clone"\n');
    expect(run).not.toMatch(/\bshared\b/);
  });
});
