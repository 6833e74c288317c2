// Runs the built CLI as a process, the way users and CI do.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";

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

let staged: string | undefined;

/**
 * The CLI (what the npm package ships of bin/ and dist/) and the preload scripts, copied into a
 * folder any user can read, once per test file. Another user may not reach the checkout itself:
 * a clone in root's home or in a `mktemp -d` folder (as .ci/run makes) is mode 0700.
 */
function stagedForAnyUser(): string {
  if (staged) return staged;
  const dir = mkdtempSync(join(tmpdir(), "seeds-cli-"));
  chmodSync(dir, 0o755);
  cpSync(resolve(ROOT, "bin"), join(dir, "bin"), { recursive: true });
  const shipped = readdirSync(resolve(ROOT, "dist")).filter(
    (name) => ["cli.js", "lsp-indexer.js", "preview.css"].includes(name) || name.endsWith(".schema.json"),
  );
  for (const name of shipped) cpSync(resolve(ROOT, "dist", name), join(dir, "dist", name));
  cpSync(resolve(ROOT, "tests/helpers/preload"), join(dir, "preload"), { recursive: true });
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  return (staged = dir);
}

function command(args: string[], options: CliOptions): [string, string[]] {
  if (!existsSync(resolve(ROOT, "dist/cli.js"))) throw new Error("dist/cli.js is missing: run `node build.mjs` (npm test does it first)");
  if (!options.user) return [process.execPath, [...(options.preload ? ["-r", options.preload] : []), CLI, ...args]];
  const dir = stagedForAnyUser();
  const preload = options.preload ? ["-r", join(dir, "preload", basename(options.preload))] : [];
  return ["runuser", ["-u", options.user, "--", process.execPath, ...preload, join(dir, "bin", "seeds.js"), ...args]];
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
