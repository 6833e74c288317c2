// @ts-nocheck
// When the language server (a Node process) starts. The extension activates for every Markdown
// and plain-text file, since any of them may be a seed; most are not, and their users should not
// pay for a server. It starts once there is work for it: a seed is open (one switched by content
// included), workspace-wide diagnostics are on, or the workspace has a seeds.config.json. Commands
// that need it start it too (SeedLanguageServer.running).
import * as vscode from "vscode";
import { CONFIG_FILE_NAME } from "../../server/src/engine";
import type { SeedLanguageServer } from "./language-server";

const SEED = "seed";

const workspaceScope = () => vscode.workspace.getConfiguration("seeds").get<string>("diagnostics.scope") === "workspace";

/**
 * Starts the server now if there is work for it, otherwise on the first sign of some.
 *
 * @param context the extension's context: the listeners are disposed with it (or once started).
 * @param server the language server wrapper; only its ensureStarted() is called.
 */
export function startServerWhenNeeded(context: vscode.ExtensionContext, server: Pick<SeedLanguageServer, "ensureStarted">): void {
  const listeners: vscode.Disposable[] = [];
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    listeners.forEach((listener) => listener.dispose());
    void server.ensureStarted();
  };
  if (workspaceScope() || vscode.workspace.textDocuments.some((document) => document.languageId === SEED)) return start();
  listeners.push(
    vscode.workspace.onDidOpenTextDocument((document) => document.languageId === SEED && start()),
    vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration("seeds.diagnostics.scope") && workspaceScope() && start()),
  );
  context.subscriptions.push(...listeners);
  void Promise.resolve(vscode.workspace.findFiles(`**/${CONFIG_FILE_NAME}`, "**/node_modules/**", 1)).then(
    (found) => found.length > 0 && start(),
    () => undefined, // no workspace, or a virtual one that cannot be searched: wait for a seed
  );
}
