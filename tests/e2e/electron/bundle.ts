/**
 * Bundles the extension-host suite (electron/suite.ts and the shared expectations) into one
 * CommonJS file, `vscode` left to the extension host. Write it INSIDE the extension's folder:
 * scenario 6 relies on sharing the extension's `vscode` API object (see scenarios.ts).
 */
import { build } from "esbuild";
import { join } from "node:path";
import { REPO_ROOT } from "../workspace";

export async function bundleSuite(outfile: string): Promise<void> {
  await build({
    entryPoints: [join(REPO_ROOT, "tests", "e2e", "electron", "suite.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["vscode"],
    sourcemap: "inline",
    logLevel: "warning",
  });
}
