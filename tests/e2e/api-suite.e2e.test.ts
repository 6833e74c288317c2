/**
 * The @vscode/test-electron suite (electron/suite.ts), run where this machine can run it: in
 * code-server's extension host. Desktop VS Code cannot be downloaded here, so this is how the
 * suite that `npm run test:e2e:electron` runs is kept working: same scenarios, same API, same
 * extension (the .vsix built for this run), loaded as the development extension with the
 * suite as its extension tests, through the workbench URL's development payload.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { expect, inject, it } from "vitest";
import { bundleSuite } from "./electron/bundle";
import type { SuiteResults } from "./electron/suite";
import { ARTIFACTS_DIR, findPrerequisites, launchBrowser, newPage, openWorkbench, startCodeServer, type CodeServer } from "./harness";
import { createWorkspace, type Workspace } from "./workspace";

const EXTENSION_DIR_PREFIX = "seed-authoring.seed-authoring-";

/** Resolves once `path` exists (the suite writes it when every scenario has run). */
async function fileAppears(path: string, timeoutMs: number, server: CodeServer): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(path)) {
    if (Date.now() > deadline) throw new Error(`the suite wrote no results within ${timeoutMs} ms\n--- code-server output ---\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

// Setup runs inside the test so that a missing prerequisite is a failure, never a skip.
it("the extension-host suite (electron/suite.ts) passes in code-server", async () => {
  findPrerequisites();
  let workspace: Workspace | undefined;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  const scratch = await mkdtemp(join(tmpdir(), "seed-e2e-api-"));
  const resultsFile = join(scratch, "results.json");
  try {
    workspace = await createWorkspace();
    server = await startCodeServer({
      workspace: workspace.dir,
      vsix: inject("vsixPath"),
      vscodeOptions: ["enable-smoke-test-driver"],
      env: { SEED_E2E_RESULTS: resultsFile },
    });
    const installed = readdirSync(server.extensionsDir).find((name) => name.startsWith(EXTENSION_DIR_PREFIX));
    if (!installed) throw new Error(`the .vsix did not install into ${server.extensionsDir}`);
    const extension = join(server.extensionsDir, installed);
    // Inside the extension's folder: the suite must share the extension's `vscode` API object.
    const suite = join(extension, "e2e-suite", "suite.js");
    await bundleSuite(suite);

    const remote = (path: string) => `vscode-remote://127.0.0.1:${server!.port}${path}`;
    browser = await launchBrowser();
    const page = await newPage(browser);
    await openWorkbench(page, server.url, workspace.dir, 90_000, [
      ["extensionDevelopmentPath", remote(extension)],
      ["extensionTestsPath", remote(suite)],
    ]);
    await fileAppears(resultsFile, 150_000, server);
    const text = readFileSync(resultsFile, "utf8");
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(join(ARTIFACTS_DIR, "api-suite-results.json"), text);
    const { results, timings } = JSON.parse(text) as SuiteResults;
    const failures = results.filter((r) => !r.ok).map((r) => `${r.name}\n${r.error}`);
    expect(failures).toEqual([]);
    expect(results).toHaveLength(8);
    expect(timings.cellDiagnosticLatency).toBeLessThan(2_000);
  } finally {
    await browser?.close();
    await server?.stop();
    await workspace?.remove();
    await rm(scratch, { recursive: true, force: true });
  }
}, 240_000);
