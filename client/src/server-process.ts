// Forks the language server's process (dist/server.js over stdio), as vscode-languageclient would
// for a `module` server: Node's own execArgv left out, ELECTRON_RUN_AS_NODE set (so that desktop
// VS Code's Electron binary runs it as Node). Only Node built-ins here: the bootstrap calls it
// before the rest of the extension has loaded.
import { fork, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/**
 * The server process's environment: the extension host's, run as Node (ELECTRON_RUN_AS_NODE), and
 * with Node's compile cache in `compileCacheDir` when given (NODE_COMPILE_CACHE, Node ≥ 22.1; older
 * Nodes ignore it). Compiling dist/server.js costs about 90 ms of each start on an idle core, its
 * workers' bundles as much again; from the cache, a tenth of that. Node keys each entry by the
 * source's hash, so a new version of the bundle is compiled afresh, never run from a stale entry.
 * The extension's own global storage holds the cache: a folder of this user, not a shared temp.
 */
export function serverEnv(base: NodeJS.ProcessEnv, compileCacheDir: string | undefined): NodeJS.ProcessEnv {
  return { ...base, ELECTRON_RUN_AS_NODE: "1", ...(compileCacheDir ? { NODE_COMPILE_CACHE: compileCacheDir } : {}) };
}

/**
 * Where the server's compile cache lives: `compile-cache` in the extension's global storage, when
 * that is a folder on this machine's disk (undefined otherwise, e.g. in a browser's storage).
 */
export function compileCacheDir(context: { globalStorageUri?: { scheme: string; fsPath: string } }): string | undefined {
  const storage = context.globalStorageUri;
  return storage?.scheme === "file" ? join(storage.fsPath, "compile-cache") : undefined;
}

/**
 * Starts `dist/server.js` of the extension at `extensionPath`, speaking LSP over its stdin and
 * stdout, in `cwd` (the first workspace folder, like the language client), with Node's compile
 * cache in `compileCacheDir` (see serverEnv). Returns undefined when the bundle is missing or the
 * process cannot be forked: the language client then reports it.
 */
export function forkServer(extensionPath: string, cwd: string | undefined, compileCacheDir?: string): ChildProcess | undefined {
  const module = join(extensionPath, "dist", "server.js");
  if (!existsSync(module)) return undefined;
  try {
    return fork(module, ["--stdio"], {
      cwd,
      execArgv: [],
      env: serverEnv(process.env, compileCacheDir),
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
