// Builds the .vsix with `npm run package` and checks what a user would install. The package is
// built in a staging copy of the repository (sources symlinked), so the production bundles never
// overwrite dist/ while other tests run the development build.
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readZip, type ZipEntry } from "./vsix";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const stage = mkdtempSync(join(tmpdir(), "seed-vsix-"));
const vsix = join(stage, "out", "seed-authoring.vsix");
let entries: ZipEntry[] = [];
let manifest: any;

function stageRepository(): void {
  for (const name of ["server", "node_modules"]) symlinkSync(join(root, name), join(stage, name));
  for (const name of ["package.json", ".vscodeignore", "build.mjs", "tsconfig.json", "README.md"]) {
    if (existsSync(join(root, name))) copyFileSync(join(root, name), join(stage, name));
  }
  // vsce does not follow symlinked folders, so what it packs must be real copies.
  mkdirSync(join(stage, "client"));
  symlinkSync(join(root, "client/src"), join(stage, "client/src"));
  for (const name of ["language-configuration.json", "icon.png"]) copyFileSync(join(root, "client", name), join(stage, "client", name));
  mkdirSync(join(stage, "syntaxes"));
  copyFileSync(join(root, "syntaxes/seed.tmLanguage.json"), join(stage, "syntaxes/seed.tmLanguage.json"));
}

beforeAll(async () => {
  stageRepository();
  mkdirSync(join(stage, "out"));
  await promisify(execFile)("npm", ["run", "package", "--", "--out", vsix], { cwd: stage, env: { ...process.env, CI: "true" } });
  entries = readZip(readFileSync(vsix));
  manifest = JSON.parse(
    entries
      .find((entry) => entry.name === "extension/package.json")!
      .read()
      .toString("utf8"),
  );
}, 180000);

afterAll(() => rmSync(stage, { recursive: true, force: true }));

describe("npm run package", () => {
  it("makes a .vsix of at most 2 MB", () => {
    const size = statSync(vsix).size;
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it("holds the bundles, the grammar, the language configuration and the schemas", () => {
    const names = entries.map((entry) => entry.name);
    for (const name of [
      "extension/package.json",
      "extension/dist/extension.js",
      "extension/dist/server.js",
      "extension/dist/seeds.config.schema.json",
      "extension/syntaxes/seed.tmLanguage.json",
      "extension/client/language-configuration.json",
      "extension/client/icon.png",
    ]) {
      expect(names).toContain(name);
    }
  });

  it("holds no node_modules, no source maps, no TypeScript sources, no tests and no CLI", () => {
    const names = entries.map((entry) => entry.name);
    expect(names.filter((name) => /node_modules|\.map$|\.ts$|^extension\/(tests|server|seeds)\/|dist\/cli\.js$/.test(name))).toEqual([]);
  });

  it("packs production bundles", () => {
    const extension = entries
      .find((entry) => entry.name === "extension/dist/extension.js")!
      .read()
      .toString("utf8");
    expect(extension).not.toContain("sourceMappingURL");
    // esbuild marks each bundled file with a `// path` comment unless it minifies.
    expect(extension).not.toContain("// client/src/extension.ts");
  });

  it("has a manifest whose every file reference is in the package", () => {
    const names = new Set(entries.map((entry) => entry.name));
    const referenced = [
      manifest.main,
      manifest.icon,
      ...manifest.contributes.grammars.map((grammar: any) => grammar.path),
      ...manifest.contributes.languages.map((language: any) => language.configuration),
      ...manifest.contributes.jsonValidation.map((validation: any) => validation.url),
    ];
    for (const path of referenced) expect(names).toContain(`extension/${path.replace(/^\.\//, "")}`);
    if (!manifest.main.endsWith(".js")) expect(names).toContain(`extension/${manifest.main.replace(/^\.\//, "")}.js`);
  });

  it("contributes the seed commands in the Seeds category", () => {
    const commands = manifest.contributes.commands.map((command: any) => [command.command, command.title, command.category]);
    expect(commands).toEqual(
      expect.arrayContaining([
        ["seeds.newSeed", "New Seed", "Seeds"],
        ["seeds.regenerateTable", "Regenerate Table from Frontmatter", "Seeds"],
        ["seeds.markReviewed", "Mark Reviewed Today", "Seeds"],
        ["seeds.checkWorkspace", "Check Workspace", "Seeds"],
        ["seeds.showOverdue", "Show Overdue Reviews", "Seeds"],
        ["seeds.openPreviewToSide", "Open Preview to the Side", "Seeds"],
      ]),
    );
  });
});
