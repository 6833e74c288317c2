// @ts-nocheck
// The hook the pre-commit framework reads from .pre-commit-hooks.yaml: its id and language, the
// files that trigger it, and an entry that is this package's own `seeds` binary.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../helpers/run-cli";

const hooks = parse(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Record<string, unknown>[];

describe(".pre-commit-hooks.yaml", () => {
  it("declares one node hook, seeds-check, running the package's `seeds check` on the whole tree", () => {
    expect(hooks).toEqual([
      {
        id: "seeds-check",
        name: "seeds check",
        description: expect.any(String),
        entry: "seeds check",
        language: "node",
        files: "\\.(md|txt)$",
        pass_filenames: false,
      },
    ]);
    expect(Object.keys(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).bin)).toEqual(["seeds"]);
  });

  it("is triggered by .md and .txt files only (pre-commit's files is a Python regex searched in the path)", () => {
    const files = new RegExp(hooks[0]!.files as string);
    expect(["seeds/a.md", "000_5ae9dcfe2e03ad59.txt", "docs/README.md"].filter((path) => files.test(path))).toHaveLength(3);
    expect(["seeds.config.json", "a.md.json", "notes.mdx", "a.txt.bak"].filter((path) => files.test(path))).toEqual([]);
  });
});
