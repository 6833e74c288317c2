/**
 * The folder the end-to-end scenarios open: a fresh temp copy of the repository's bundled
 * `seeds/` (the reference seed and six clean seeds) next to `notes/README.md`, a Markdown file
 * outside `seeds/` that looks like a seed (tests/e2e/fixtures/workspace).
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(HERE, '..', '..');
export const BUNDLED_SEEDS = join(REPO_ROOT, 'seeds');
export const WORKSPACE_FIXTURE = join(HERE, 'fixtures', 'workspace');

export interface Workspace {
  /** The folder to open. */
  dir: string;
  /** Removes the folder and everything the scenarios wrote in it. */
  remove(): Promise<void>;
}

export async function createWorkspace(): Promise<Workspace> {
  const parent = await mkdtemp(join(tmpdir(), 'seed-e2e-ws-'));
  const dir = join(parent, 'workspace');
  await cp(WORKSPACE_FIXTURE, dir, { recursive: true });
  await cp(BUNDLED_SEEDS, join(dir, 'seeds'), { recursive: true });
  return { dir, remove: () => rm(parent, { recursive: true, force: true }) };
}
