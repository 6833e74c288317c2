// The README's Neovim snippet, run as written in Debian's Neovim (headless): a seed is recognised
// by its content wherever it lives, and other Markdown and text files keep their usual filetype.
// Neovim comes from `.ci/provision-e2e.sh` (npm test's pretest); without it the test fails and
// says so, it never skips. On Neovim 0.10+ opening a seed also starts `seeds lsp --stdio`: PATH
// gets this checkout's `seeds` so the snippet never reaches for the registry.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli";

const REFERENCE = readFileSync(join(ROOT, "seeds", "000_5ae9dcfe2e03ad59.txt"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "seeds-neovim-"));
let nvim = "";

/** The README's ```lua block (the only one). */
function readmeSnippet(): string {
  const blocks = [...readFileSync(join(ROOT, "README.md"), "utf8").matchAll(/```lua\n([\s\S]*?)```/g)];
  expect(blocks).toHaveLength(1);
  return blocks[0]![1]!;
}

/** The filetype Neovim gives `name` (written with `text`) with the README's snippet as its whole configuration. */
function filetypeOf(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  const result = spawnSync(
    nvim,
    ["--headless", "--clean", "-u", join(dir, "init.lua"), name, "-c", 'lua io.stdout:write(vim.bo.filetype .. "\\n")', "-c", "qa!"],
    {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, PATH: `${join(dir, "bin")}:${process.env.PATH}` },
      timeout: 30_000,
    },
  );
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.trim();
}

beforeAll(() => {
  nvim = spawnSync("bash", ["-c", "command -v nvim"], { encoding: "utf8" }).stdout.trim();
  if (!nvim) throw new Error("nvim is missing: run `bash .ci/provision-e2e.sh` (it installs Debian's neovim)");
  // Neovim 0.7 (Debian 12) runs Lua filetype detection only when asked; later versions always do.
  writeFileSync(join(dir, "init.lua"), `vim.g.do_filetype_lua = 1\n${readmeSnippet()}`);
  mkdirSync(join(dir, "bin"));
  symlinkSync(join(ROOT, "bin", "seeds.js"), join(dir, "bin", "seeds"));
});

describe("the README's Neovim snippet", () => {
  it("runs in the Neovim Debian ships", () => {
    const version = spawnSync(nvim, ["--version"], { encoding: "utf8" }).stdout.split("\n")[0];
    expect(version).toMatch(/^NVIM v0\.\d+\.\d+/);
  });

  it("recognises seeds by content, in a flat folder, as .txt or .md", () => {
    expect(filetypeOf("000_5ae9dcfe2e03ad59.txt", REFERENCE)).toBe("seed");
    expect(filetypeOf("guide.md", REFERENCE)).toBe("seed");
  });

  it("still recognises a seed whose YAML is broken, or written with a BOM and CRLF", () => {
    expect(filetypeOf("broken.md", REFERENCE.replace("company: weights-and-biases", "company: [weights"))).toBe("seed");
    expect(filetypeOf("windows.txt", `\uFEFF${REFERENCE.replace(/\n/g, "\r\n")}`)).toBe("seed");
  });

  it("recognises a seed whose company or compensation key has a typo (four of a seed's keys)", () => {
    expect(filetypeOf("typo.txt", REFERENCE.replace("company: weights-and-biases", "compnay: weights-and-biases"))).toBe("seed");
    expect(filetypeOf("few.md", "---\ncompnay: a\nrole: r\nrole_type: standard\n---\n")).toBe("markdown");
  });

  it("leaves other Markdown and text files alone", () => {
    expect(filetypeOf("README.md", "---\ntitle: Notes\n---\n# Notes\n")).toBe("markdown");
    expect(filetypeOf("notes.txt", "company: acme\ncompensation: none\n")).toBe("text");
    expect(filetypeOf("later.md", "---\ntitle: x\n---\ncompany: a\ncompensation: b\n")).toBe("markdown");
    expect(filetypeOf("nested.md", "---\nmeta:\n  company: a\n  compensation: b\n---\n")).toBe("markdown");
  });
});
