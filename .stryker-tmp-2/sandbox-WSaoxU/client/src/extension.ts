// @ts-nocheck
// The VS Code extension: assigns the seed language, starts the language server once there is work
// for it (server-start.ts) and registers the seed commands. Nothing in activate() may throw: a
// server that cannot start leaves highlighting, New Seed and the preview working, and says why in
// the "Seeds" output channel.
import type { ChildProcess } from "node:child_process";
import * as vscode from "vscode";
import { checkWorkspace, markReviewed, regenerateTable, showOverdue } from "./commands/server-commands";
import { newSeed } from "./commands/new-seed";
import { registerLanguageAssignment } from "./language-assignment";
import { describe, SeedLanguageServer } from "./language-server";
import { registerPreview } from "./preview";
import { startServerWhenNeeded } from "./server-start";

let server: SeedLanguageServer | undefined;

/**
 * Activates the extension. `early`: the server process the bootstrap (bootstrap.ts) forked
 * before this module loaded, which the language client adopts instead of starting its own.
 */
export function activate(context: vscode.ExtensionContext, early?: ChildProcess): void {
  const output = vscode.window.createOutputChannel("Seeds", { log: true });
  context.subscriptions.push(output);
  const log = (message: string) => output.error(message);

  /** A command handler whose failures are logged and shown, never left as unhandled rejections. */
  const command = (id: string, run: () => Promise<void>) =>
    vscode.commands.registerCommand(id, async () => {
      try {
        await run();
      } catch (error) {
        log(`${id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        void vscode.window.showErrorMessage(`Seeds: ${describe(error)}`);
      }
    });

  const guard = (what: string, step: () => void) => {
    try {
      step();
    } catch (error) {
      log(`Activation step "${what}" failed: ${describe(error)}`);
    }
  };

  const languageServer = new SeedLanguageServer(context, output, early);
  server = languageServer;
  context.subscriptions.push(languageServer);

  // A process the bootstrap forked (a seed was open, or the workspace holds seeds) is adopted now;
  // otherwise the server starts on demand. Before the language assignment: the seeds it switches
  // are what starts the server.
  if (early) void languageServer.ensureStarted();
  else guard("language server", () => startServerWhenNeeded(context, languageServer));
  guard("language assignment", () => registerLanguageAssignment(context, log));
  guard("commands", () =>
    context.subscriptions.push(
      command("seeds.newSeed", newSeed),
      command("seeds.regenerateTable", () => regenerateTable(languageServer)),
      command("seeds.markReviewed", () => markReviewed(languageServer)),
      command("seeds.checkWorkspace", () => checkWorkspace(languageServer)),
      command("seeds.showOverdue", () => showOverdue(languageServer)),
      command("seeds.restartServer", () => languageServer.restart()),
    ),
  );
  guard("preview", () => registerPreview(context));
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
