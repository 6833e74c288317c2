/**
 * Builds the extension's .vsix the way a release does (`npm run package`: production bundles,
 * then vsce), in a staging copy of the repository so the production bundles never overwrite
 * dist/ while other tests (or other engineers) use the development build.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const execFileP = promisify(execFile);

/** Files copied as they are (vsce packs real files, not symlinks). */
const COPIED = [
  "package.json",
  ".vscodeignore",
  "build.mjs",
  "tsconfig.json",
  "README.md",
  "client/language-configuration.json",
  "client/icon.png",
  "syntaxes/seed.tmLanguage.json",
];
/** Sources and dependencies only read by the build: symlinked. */
const LINKED = ["server", "node_modules", "client/src"];

export interface BuiltVsix {
  /** The .vsix file. */
  vsix: string;
  /** Removes the staging folder (and the .vsix in it). */
  cleanup(): Promise<void>;
}

export async function buildVsix(repoRoot: string): Promise<BuiltVsix> {
  const stage = await mkdtemp(join(tmpdir(), "seed-e2e-vsix-"));
  const cleanup = () => rm(stage, { recursive: true, force: true });
  try {
    await mkdir(join(stage, "client"));
    await mkdir(join(stage, "syntaxes"));
    await mkdir(join(stage, "out"));
    for (const path of LINKED) await symlink(join(repoRoot, path), join(stage, path));
    for (const path of COPIED) await copyFile(join(repoRoot, path), join(stage, path));
    const vsix = join(stage, "out", "seed-authoring.vsix");
    await execFileP("npm", ["run", "package", "--", "--out", vsix], {
      cwd: stage,
      env: { ...process.env, CI: "true" },
      timeout: 170_000,
      maxBuffer: 16 * 1024 * 1024,
    }).catch((e: { message: string; stdout?: string; stderr?: string }) => {
      throw new Error(`npm run package failed: ${e.message}\n${e.stdout ?? ""}${e.stderr ?? ""}`);
    });
    return { vsix, cleanup };
  } catch (e) {
    await cleanup();
    throw e;
  }
}
