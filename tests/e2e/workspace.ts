/**
 * The folder the end-to-end scenarios open: a fresh temp copy of the repository's bundled
 * `seeds/` (the reference seed and six clean seeds) next to `notes/README.md`, a Markdown file
 * with frontmatter that is not a seed's (tests/e2e/fixtures/workspace).
 */
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The repository: the nearest folder above this module with the product's package.json. Found by
 * walking up, not by a fixed `../..`, because electron/run.ts runs as a bundle elsewhere in the
 * repository (node_modules/.cache/).
 */
function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "seed-authoring") return dir;
    if (dirname(dir) === dir) throw new Error(`no seed-authoring package.json above ${from}`);
  }
}

export const REPO_ROOT = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
export const BUNDLED_SEEDS = join(REPO_ROOT, "seeds");
export const WORKSPACE_FIXTURE = join(REPO_ROOT, "tests", "e2e", "fixtures", "workspace");

export interface Workspace {
  /** The folder to open. */
  dir: string;
  /** Removes the folder and everything the scenarios wrote in it. */
  remove(): Promise<void>;
}

export async function createWorkspace(): Promise<Workspace> {
  const parent = await mkdtemp(join(tmpdir(), "seed-e2e-ws-"));
  const dir = join(parent, "workspace");
  await cp(WORKSPACE_FIXTURE, dir, { recursive: true });
  await cp(BUNDLED_SEEDS, join(dir, "seeds"), { recursive: true });
  return { dir, remove: () => rm(parent, { recursive: true, force: true }) };
}
