// The in-thread indexer (used where the worker bundle is absent): finds the folder's seed files
// and reads them in slices, letting pending document checks go first.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { indexBytes } from "../../server/src/lsp/indexing/index-file";
import { Folder } from "../../server/src/lsp/state/folders";
import { listSeedFiles, readInSlices } from "../../server/src/lsp/indexing/folder-reading";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "seeds-indexer-"));
  for (const dir of ["seeds", "node_modules/pkg", "drafts"]) mkdirSync(join(root, dir), { recursive: true });
  const seed = (company: string) => `---\ncompany: ${company}\nrole: eng\ncompensation: []\n---\n# body\n`;
  writeFileSync(join(root, "seeds", "a.md"), seed("acme"));
  writeFileSync(join(root, "seeds", "b.txt"), seed("beta"));
  writeFileSync(join(root, "README.md"), "---\ntitle: Readme\ncompany: acme\n---\n# Readme\n");
  writeFileSync(join(root, "node_modules", "pkg", "c.md"), seed("gamma"));
  writeFileSync(join(root, "drafts", "d.md"), seed("delta"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("in-thread indexing", () => {
  it("lists matching files outside node_modules and the ignored folders, and reads them all", async () => {
    const folder = new Folder("file:///root", root, "root");
    folder.setConfigText(JSON.stringify({ ignore: ["drafts/**"] }));
    const files = await listSeedFiles(folder, () => false);
    expect(files.map((file) => file.slice(root.length + 1)).sort()).toEqual(["README.md", "seeds/a.md", "seeds/b.txt"]);
    const companies: string[] = [];
    let busyChecks = 0;
    await readInSlices(files, {
      isCancelled: () => false,
      isBusy: () => busyChecks++ < 1,
      onFile: (path, bytes) => {
        const result = indexBytes(path, bytes!, folder, { displayPrefix: "" });
        companies.push(result.seed ? result.summary.company!.value : `not a seed: ${path.slice(root.length + 1)}`);
      },
      onProgress: () => undefined,
    });
    // A config file does not make every matching file a seed: the README (no compensation) is not one.
    expect(companies.sort()).toEqual(["acme", "beta", "not a seed: README.md"]);
  });
});
