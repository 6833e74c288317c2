/**
 * Runs once per `npm run test:e2e`: checks the prerequisites (failing, never skipping, with the
 * command that installs them) and builds the extension's .vsix, which every test file installs
 * into its own code-server. The path reaches the tests through `inject('vsixPath')`.
 */
import type { TestProject } from 'vitest/node';
import { buildVsix } from './build-vsix';
import { findPrerequisites, REPO_ROOT } from './harness';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The .vsix built from the working tree for this run. */
    vsixPath: string;
    /** How long building it took (ms). */
    vsixBuildMs: number;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findPrerequisites(); // throws "... bash .ci/provision-e2e.sh ..." when not provisioned
  const started = Date.now();
  const built = await buildVsix(REPO_ROOT);
  project.provide('vsixPath', built.vsix);
  project.provide('vsixBuildMs', Date.now() - started);
  return () => built.cleanup();
}
