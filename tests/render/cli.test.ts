// `seeds render` as a process: the page it writes is the golden page, byte for byte; usage and
// read errors exit 2 with one line.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixturePath, goldenForm, HERE, runCli, TODAY } from "./helpers";

const golden = (name: string) => readFileSync(join(HERE, "golden", name), "utf8");

describe("seeds render", () => {
  it("writes the golden page to -o and prints nothing", () => {
    const out = join(mkdtempSync(join(tmpdir(), "seeds-render-")), "reference.html");
    const run = runCli(["render", fixturePath("reference.txt"), "-o", out, "--today", TODAY]);
    expect(run).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(goldenForm(readFileSync(out, "utf8"))).toBe(golden("reference.html"));
  });

  it("prints the page to stdout without -o", () => {
    const run = runCli(["render", fixturePath("hostile.md"), "--today", TODAY]);
    expect(run.status).toBe(0);
    expect(goldenForm(run.stdout)).toBe(golden("hostile.html"));
  });

  it("exits 2 with one line when the file cannot be read", () => {
    expect(runCli(["render", "no-such-seed.md"])).toEqual({
      status: 2,
      stdout: "",
      stderr: "seeds: cannot read 'no-such-seed.md': no such file or directory\n",
    });
    expect(runCli(["render", HERE])).toEqual({ status: 2, stdout: "", stderr: `seeds: cannot read '${HERE}': it is a folder, not a regular file\n` });
  });

  it("exits 2 on bad usage", () => {
    expect(runCli(["render"])).toEqual({ status: 2, stdout: "", stderr: "seeds: seeds render needs exactly one FILE (seeds render FILE [-o OUT.html])\n" });
    expect(runCli(["render", fixturePath("reference.txt"), "--today", "2026-02-30"])).toEqual({
      status: 2,
      stdout: "",
      stderr: "seeds: --today must be a date written YYYY-MM-DD, not '2026-02-30'\n",
    });
    expect(runCli(["render", fixturePath("reference.txt"), "-o", join(HERE, "no-such-folder", "x.html"), "--today", TODAY]).stderr).toBe(
      `seeds: cannot write '${join(HERE, "no-such-folder", "x.html")}': cannot create a file in its folder (no such file or directory)\n`,
    );
  });

  it("renders a file that is not UTF-8 as a page with the not-text finding", () => {
    const file = join(mkdtempSync(join(tmpdir(), "seeds-render-")), "latin1.md");
    writeFileSync(file, Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]));
    const run = runCli(["render", file, "--today", TODAY]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`<span class="message">This is not a text seed: The file is not valid UTF-8 text.</span> <code class="rule">not-text</code>`);
  });
});
