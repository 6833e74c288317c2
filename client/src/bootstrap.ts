// Entry of dist/extension.js. Opening the first seed waits for two programs to load: this
// extension (the language client, the preview, New Seed: about a megabyte to compile) and the
// language server in its own process. Loaded one after the other they cost their sum; here the
// server process is forked first, and the rest of the extension (dist/extension-main.js) loads
// while the server starts, on another core. The extension activates for every Markdown and text
// file, so the early fork happens only when there is work for the server (hasSeedWork); otherwise
// the server starts on demand (server-start.ts).
import { join } from "node:path";
import * as vscode from "vscode";
import type * as Main from "./extension";
import { loadWithCodeCache } from "./cached-load";
import { compileCacheDir, forkServer } from "./server-process";
import { markStartup } from "../../server/src/lsp/startup-marks";
// The one definition of a seed, imported alone: the engine's index would pull the whole engine
// (zod, yaml) into this entry, whose point is to be small. The module imports nothing.
// eslint-disable-next-line no-restricted-imports
import { isSeedFile } from "../../server/src/engine/seed-detection";

let main: typeof Main | undefined;

export function activate(context: vscode.ExtensionContext): void {
  markStartup("extension-activate");
  // When the extension itself is being debugged (F5), the language client starts the server with
  // its debug options (--inspect) instead.
  const development = context.extensionMode === vscode.ExtensionMode.Development;
  const cacheDir = compileCacheDir(context);
  const early = development || !hasSeedWork() ? undefined : forkServer(context.extensionPath, vscode.workspace.workspaceFolders?.[0]?.uri.fsPath, cacheDir);
  try {
    // A separate bundle on purpose: a static import would be compiled before the fork above. From
    // V8's code cache, except while the extension is being debugged (breakpoints in its sources).
    main = loadWithCodeCache(join(__dirname, "extension-main.js"), development || !cacheDir ? undefined : join(cacheDir, "extension-host")) as typeof Main;
  } catch (error) {
    early?.kill();
    throw error;
  }
  markStartup("extension-main-loaded");
  main.activate(context, early);
}

export async function deactivate(): Promise<void> {
  await main?.deactivate();
}

/**
 * Whether the server has work now: an open document is a seed (by language or by content), or no
 * Markdown or text file is open, so what activated the extension was the workspace itself
 * (`workspaceContains`: a seeds.config.json or a seeds/ folder) or a restored preview. Activated
 * by a Markdown file that is not a seed, the server waits until there is work (server-start.ts).
 */
function hasSeedWork(): boolean {
  const documents = vscode.workspace.textDocuments;
  const openSeed = documents.some(
    (document) => document.languageId === "seed" || (document.uri.scheme === "file" && isSeedFile(document.fileName, document.getText())),
  );
  return openSeed || !documents.some((document) => document.languageId === "markdown" || document.languageId === "plaintext");
}
