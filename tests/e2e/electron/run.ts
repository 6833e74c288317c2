/**
 * Runs the end-to-end scenarios in a real desktop VS Code with @vscode/test-electron, for
 * machines that can download VS Code (CI here cannot: it runs the code-server tier instead).
 *
 *     npm run test:e2e:electron
 *
 * Builds nothing itself: the script runs `npm run build` first, and the extension under test is
 * the repository (package.json + dist/). VS Code is downloaded once into
 * ~/.cache/seed-authoring/vscode-test (SEED_E2E_VSCODE_VERSION picks the version; default stable),
 * unless SEED_E2E_VSCODE_EXECUTABLE names a VS Code already installed (no download then).
 */
import { runTests } from "@vscode/test-electron";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { createWorkspace, REPO_ROOT } from "../workspace";
import { bundleSuite } from "./bundle";
import type { SuiteResults } from "./suite";

const CACHE = join(process.env.SEED_E2E_CACHE ?? join(homedir(), ".cache", "seed-authoring"), "vscode-test");
// Inside the extension's folder, so that the suite shares the extension's `vscode` API object.
const SUITE = join(REPO_ROOT, "node_modules", ".cache", "seed-e2e-electron", "suite.js");

const SETTINGS = {
  "files.autoSave": "off",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "git.enabled": false,
  "workbench.startupEditor": "none",
};

async function main(): Promise<number> {
  const started = Date.now();
  await bundleSuite(SUITE);
  const workspace = await createWorkspace();
  const scratch = await mkdtemp(join(tmpdir(), "seed-e2e-electron-"));
  const userData = join(scratch, "user-data");
  const resultsFile = join(scratch, "results.json");
  try {
    await mkdir(join(userData, "User"), { recursive: true });
    await writeFile(join(userData, "User", "settings.json"), JSON.stringify(SETTINGS, null, 2));
    const exitCode = await runTests({
      vscodeExecutablePath: process.env.SEED_E2E_VSCODE_EXECUTABLE || undefined,
      version: process.env.SEED_E2E_VSCODE_VERSION ?? "stable",
      cachePath: CACHE,
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: SUITE,
      extensionTestsEnv: { SEED_E2E_RESULTS: resultsFile },
      launchArgs: [
        workspace.dir,
        "--disable-extensions", // only the extension under development
        `--user-data-dir=${userData}`,
        `--extensions-dir=${join(scratch, "extensions")}`,
      ],
    });
    const written = await readFile(resultsFile, "utf8").catch(() => undefined);
    if (written === undefined) {
      console.error(`VS Code exited with ${exitCode} before the suite wrote its results.`);
      return exitCode || 1;
    }
    const { results, timings } = JSON.parse(written) as SuiteResults;
    console.log(`\n${results.filter((r) => r.ok).length}/${results.length} scenarios passed in ${Date.now() - started} ms; timings ${JSON.stringify(timings)}`);
    return exitCode;
  } finally {
    await rm(scratch, { recursive: true, force: true });
    await workspace.remove();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`test:e2e:electron failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
