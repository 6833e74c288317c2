// Runs the built CLI as a process, the way users and CI do.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

export const ROOT = resolve(__dirname, "../..");
export const CLI = resolve(ROOT, "bin/seeds.js");

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
  /** A script for `node -r` (tests/helpers/preload/*.js), to step into the CLI's file operations. */
  preload?: string;
  /** Run as this user (through runuser; the tests run as root) instead of the current one. */
  user?: string;
  /** Kill the process after this many ms (default 120 s): for runs that hung before a fix. */
  timeout?: number;
}

function command(args: string[], options: CliOptions): [string, string[]] {
  if (!existsSync(resolve(ROOT, "dist/cli.js"))) throw new Error("dist/cli.js is missing: run `node build.mjs` (npm test does it first)");
  const node = [...(options.preload ? ["-r", options.preload] : []), CLI, ...args];
  return options.user ? ["runuser", ["-u", options.user, "--", process.execPath, ...node]] : [process.execPath, node];
}

export function runCli(args: string[], options: CliOptions = {}): CliResult {
  const [file, argv] = command(args, options);
  const result = spawnSync(file, argv, {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    input: options.input,
    encoding: "utf8",
    timeout: options.timeout ?? 120000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the CLI without waiting (for tests that signal it); stdout and stderr are piped, as text. */
export function startCli(args: string[], options: CliOptions = {}): ChildProcess {
  const [file, argv] = command(args, options);
  const child = spawn(file, argv, { cwd: options.cwd ?? ROOT, env: { ...process.env, NO_COLOR: "1", ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.setEncoding("utf8");
  child.stderr!.setEncoding("utf8");
  return child;
}

/** Resolves with the first stderr line that starts with `prefix` (rejects if the process exits first). */
export function stderrLine(child: ChildProcess, prefix: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    const onData = (chunk: string) => {
      text += chunk;
      const line = text.split("\n").find((l, i, all) => i < all.length - 1 && l.startsWith(prefix));
      if (line === undefined) return;
      child.stderr!.off("data", onData);
      child.off("exit", onExit);
      resolve(line);
    };
    const onExit = (code: number | null) => reject(new Error(`the CLI exited (${code}) before printing '${prefix}': ${text}`));
    child.stderr!.on("data", onData);
    child.once("exit", onExit);
  });
}

/** Resolves when the process has exited, with its status, signal and the rest of its output. */
export function exited(child: ChildProcess): Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: string) => (stdout += chunk));
  child.stderr!.on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.once("close", (status, signal) => resolve({ status, signal, stdout, stderr })));
}
