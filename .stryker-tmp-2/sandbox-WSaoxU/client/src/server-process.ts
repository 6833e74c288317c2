// @ts-nocheck
// Forks the language server's process (dist/server.js over stdio), as vscode-languageclient would
// for a `module` server: Node's own execArgv left out, ELECTRON_RUN_AS_NODE set (so that desktop
// VS Code's Electron binary runs it as Node). Only Node built-ins here: the bootstrap calls it
// before the rest of the extension has loaded.
import { fork, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/**
 * Starts `dist/server.js` of the extension at `extensionPath`, speaking LSP over its stdin and
 * stdout, in `cwd` (the first workspace folder, like the language client). Returns undefined when
 * the bundle is missing or the process cannot be forked: the language client then reports it.
 */
export function forkServer(extensionPath: string, cwd: string | undefined): ChildProcess | undefined {
  const module = join(extensionPath, "dist", "server.js");
  if (!existsSync(module)) return undefined;
  try {
    return fork(module, ["--stdio"], {
      cwd,
      execArgv: [],
      env: { ...process.env, ELECTRON_RUN_AS_NODE: "1" },
      stdio: ["pipe", "pipe", "pipe", "ipc"],
    });
  } catch {
    return undefined;
  }
}

/** Whether a forked server can still be handed to the language client (not exited, not killed). */
export function isUsable(child: ChildProcess | undefined): child is ChildProcess {
  return child !== undefined && child.exitCode === null && child.signalCode === null && !child.killed;
}
