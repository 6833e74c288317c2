// Entry of dist/extension.js. Opening the first seed waits for two programs to load: this
// extension (the language client, the preview, New Seed: about a megabyte to compile) and the
// language server in its own process. Loaded one after the other they cost their sum; here the
// server process is forked first, and the rest of the extension (dist/extension-main.js) loads
// while the server starts, on another core.
import { join } from "node:path";
import * as vscode from "vscode";
import type * as Main from "./extension";
import { forkServer } from "./server-process";
import { markStartup } from "../../server/src/lsp/startup-marks";

let main: typeof Main | undefined;

export function activate(context: vscode.ExtensionContext): void {
  markStartup("extension-activate");
  // When the extension itself is being debugged (F5), the language client starts the server with
  // its debug options (--inspect) instead.
  const early =
    context.extensionMode === vscode.ExtensionMode.Development ? undefined : forkServer(context.extensionPath, vscode.workspace.workspaceFolders?.[0]?.uri.fsPath);
  try {
    // A separate bundle on purpose: a static import would be compiled before the fork above.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    main = require(join(__dirname, "extension-main.js")) as typeof Main;
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
