/**
 * As-you-type latency in a real VS Code (code-server through Chromium), as the author feels it
 * with the default settings:
 * - cold open: the first seed opened after the window has loaded → its first row in the Problems
 *   panel, in a fresh code-server of its own, so that no seed has been opened in it yet. The
 *   extension and its server start as the window loads (a workspace with a seeds/ folder
 *   activates it; in code-server so does a flat folder, through the plain-text models the
 *   workbench opens at startup), so their start is timed before the click;
 * - an edit → the Problems panel showing (or dropping) its finding, median over a burst.
 *
 * Every figure is the DOM's own time (a MutationObserver in the page), not the time Playwright's
 * polling notices it, and comes with its breakdown: VS Code's part (opening the file, switching it
 * to the seed language, the Problems panel's own 64 ms debounce of marker changes) and ours (the
 * marks that the extension, its language client and the server write: startup-marks.ts). The
 * figures and the machine's load go to tests/e2e/artifacts/timings.json and the console.
 *
 * The bounds are issue 11's, for a machine whose cores are not oversubscribed. The e2e tier shares
 * its 2 cores with other work (the load average reaches 20): every runnable process then gets a
 * core only cores/load of the time, so each bound is scaled by max(1, load / cores), where load
 * is the mean of the 1-minute load average read before and after the measurement. On an idle
 * machine the bounds apply as they are.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { CELL_EDIT, REFERENCE } from "./expectations";
import { findPrerequisites, focusEditor, launchBrowser, newPage, openWorkbench, screenshot, startCodeServer, type CodeServer } from "./harness";
import { firstAfter, machineLoad, quantile, readMarks } from "./latency-marks";
import { recordTimings } from "./timings";
import { goTo, showProblems } from "./workbench";
import { createWorkspace } from "./workspace";

const SETTINGS = {
  "workbench.reduceMotion": "on",
  "editor.stickyScroll.enabled": false,
  ...(process.env.SEED_E2E_TRACE ? { "seeds.trace.server": "messages" } : {}),
};
/** Bounds of issue 11, in ms. */
const COLD_OPEN_MAX_MS = 1_000;
const EDIT_TO_PROBLEMS_P50_MAX_MS = 150;
/**
 * Bounds of our own part (ms), so that a regression of ours shows even when VS Code's part hides
 * it: from the language client sending the opened seed (or an edit) to the client holding its
 * diagnostics, the server's check and both hops of the pipe included. A few ms on an idle machine.
 */
const OURS_COLD_OPEN_MAX_MS = 100;
const OURS_EDIT_P50_MAX_MS = 30;
const EDITS = 9;

const QUICK_INPUT = ".quick-input-widget";
const MARKER_ROWS = ".markers-panel .monaco-list-row";

const timings: Record<string, number> = {};

/** Log files under `dir` whose path matches `pattern`. */
function logs(dir: string, pattern: RegExp): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...logs(path, pattern));
    else if (pattern.test(path)) found.push(path);
  }
  return found;
}

/** When a line of code-server's logs containing `text` was written (epoch ms), from its "YYYY-MM-DD HH:MM:SS.mmm" prefix. */
function loggedAt(dir: string, pattern: RegExp, text: string): number | undefined {
  for (const path of logs(dir, pattern)) {
    const line = readFileSync(path, "utf8")
      .split("\n")
      .find((l) => l.includes(text));
    const stamp = line && /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}\.\d{3})/.exec(line);
    if (stamp) return new Date(`${stamp[1]}T${stamp[2]}`).getTime();
  }
  return undefined;
}

/** The extension's and the server's start (before the click in a seeds/ workspace, after it in a flat folder). */
const STARTUP_POINTS = [
  "extension-activate",
  "extension-main-loaded",
  "server-loaded",
  "server-warmed-up",
  "server-initialize",
  "server-initialized",
  "server-ready",
  "client-started",
];
/** The opened seed's round trip: opened as plain text → switched to `seed` → sent to the server → checked → back in the client. */
const ROUND_TRIP_POINTS = [
  "document-opened-plaintext",
  "language-switch",
  "document-opened-seed",
  "language-switched",
  "client-did-open",
  "server-did-open",
  "client-pull",
  "server-pull",
  "server-report",
  "client-pulled",
  "server-published",
  "client-diagnostics",
];
/** An edit's round trip: the language client sends it, the server checks it (pulled, or pushed by a client that does not pull), the client hands the diagnostics to VS Code. */
const EDIT_POINTS = [
  "client-did-change",
  "server-did-change",
  "client-pull",
  "server-pull",
  "server-report",
  "client-pulled",
  "server-published",
  "client-diagnostics",
];

/**
 * Starts recording in the page when `condition` (a JavaScript expression over `document`) first
 * holds after a change of the DOM: `seenAt(page, key)` then gives that time (epoch ms). The DOM's
 * own time, not the test's: Playwright's waitFor polls at growing intervals (up to 500 ms apart),
 * which would add up to a poll's interval to every figure.
 */
async function watchFor(page: Page, key: string, condition: string): Promise<void> {
  // A string: the tests' TypeScript has no DOM types.
  await page.evaluate(`(() => {
    const seen = (window.__seedSeen ??= {});
    delete seen[${JSON.stringify(key)}];
    const observer = new MutationObserver(() => {
      if (!(${condition})) return;
      seen[${JSON.stringify(key)}] = Date.now();
      observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  })()`);
}

/** When `watchFor(page, key, …)`'s condition first held (epoch ms), or undefined. */
async function seenAt(page: Page, key: string): Promise<number | undefined> {
  return page.evaluate<number | undefined>(`window.__seedSeen?.[${JSON.stringify(key)}]`);
}

/** A JavaScript expression: whether a Problems row contains `text`. */
const problemsRowWith = (text: string) =>
  `[...document.querySelectorAll(${JSON.stringify(MARKER_ROWS)})].some((row) => row.textContent.includes(${JSON.stringify(text)}))`;

/** A code-server with the extension, its browser page on `folder`, and the marks file its processes write. */
interface Session {
  server: CodeServer;
  browser: Browser;
  page: Page;
  logDir: string;
  marksFile: string;
  /** Stops everything and removes the folder's parent. */
  close(): Promise<void>;
}

/** Opens `folder` (inside a temporary `parent`, removed by close()) in a fresh code-server whose processes write startup marks. */
async function startSession(parent: string, folder: string): Promise<Session> {
  findPrerequisites();
  const marksFile = join(parent, "startup-marks.txt");
  const server = await startCodeServer({ workspace: folder, vsix: inject("vsixPath"), settings: SETTINGS, env: { SEEDS_STARTUP_MARKS: marksFile } });
  const browser = await launchBrowser();
  const page = await newPage(browser);
  await openWorkbench(page, server.url, folder);
  const logDir = join(server.userDataDir, "logs");
  const close = async () => {
    if (process.env.SEED_E2E_TRACE) for (const path of logs(logDir, /exthost|Seeds/)) console.log(`--- ${path}\n${readFileSync(path, "utf8")}`);
    await browser.close();
    await server.stop();
    await rm(parent, { recursive: true, force: true });
  };
  return { server, browser, page, logDir, marksFile, close };
}

/**
 * Opens `file` with Ctrl+P once the window has loaded (VS Code has started the extensions every
 * window starts) and the Problems panel shows, and times its first Problems row containing
 * `rule`. Returns the figures as ms after the click, under `prefix.`: the Problems row
 * (`prefix.firstDiagnostics`), what the test's polling saw, VS Code's own steps (the editor tab,
 * the text shown) and every mark; startup marks before the click are negative.
 */
async function coldOpen(session: Session, file: string, rule: string, prefix: string): Promise<Record<string, number>> {
  const { page, logDir, marksFile } = session;
  await expect.poll(() => loggedAt(logDir, /exthost/, "Eager extensions activated"), { timeout: 60_000, interval: 100 }).toBeDefined();
  await showProblems(page);
  await page.keyboard.press("Control+P");
  await page.locator(`${QUICK_INPUT} input`).fill(file);
  const name = file.split("/").pop()!;
  const row = page.locator(`${QUICK_INPUT} .monaco-list-row`).filter({ hasText: name }).first();
  await row.waitFor({ state: "visible" });
  await watchFor(page, "tab", `document.querySelector('.part.editor .tab.active')?.textContent.includes(${JSON.stringify(name)})`);
  await watchFor(page, "editorText", `document.querySelector('.part.editor .view-lines')?.textContent.includes('company')`);
  await watchFor(page, "problemsRow", problemsRowWith(rule));
  const tracing = process.env.SEED_E2E_CHROME_TRACE;
  if (tracing)
    await session.browser.startTracing(page, {
      path: `${tracing}-${prefix}.json`,
      screenshots: false,
      categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "disabled-by-default-v8.cpu_profiler", "blink.user_timing"],
    });
  const before = machineLoad();
  const openedAt = Date.now();
  await row.click();
  await page.locator(MARKER_ROWS).filter({ hasText: rule }).first().waitFor({ state: "visible", timeout: 30_000 });
  const polledAt = Date.now();
  if (tracing) await session.browser.stopTracing();
  const after = machineLoad();
  const shownAt = (await seenAt(page, "problemsRow")) ?? polledAt;

  const figures: Record<string, number> = { firstDiagnostics: shownAt - openedAt, polled: polledAt - openedAt };
  for (const key of ["tab", "editorText"]) {
    const at = await seenAt(page, key);
    if (at !== undefined) figures[`page.${key}`] = at - openedAt;
  }
  const activation = loggedAt(logDir, /exthost/, "_doActivateExtension seed-authoring.seed-authoring");
  if (activation !== undefined) figures.activationEvent = activation - openedAt;
  const marks = readMarks(marksFile);
  const startup = firstAfter(marks, 0);
  for (const point of STARTUP_POINTS) if (startup.has(point)) figures[point] = startup.get(point)! - openedAt;
  const roundTrip = firstAfter(marks, openedAt, shownAt + 1);
  for (const point of ROUND_TRIP_POINTS) if (roundTrip.has(point)) figures[point] = roundTrip.get(point)!;
  const sent = figures["client-did-open"];
  const received = figures["client-pulled"] ?? figures["client-diagnostics"];
  if (sent !== undefined && received !== undefined) figures.ours = received - sent;
  figures.loadavg1 = (before.loadavg1 + after.loadavg1) / 2;
  figures.oversubscription = Math.max(1, figures.loadavg1 / before.cores);
  return Object.fromEntries(Object.entries(figures).map(([key, value]) => [`${prefix}.${key}`, value]));
}

const withinBound = (figures: Record<string, number>, prefix: string) =>
  figures[`${prefix}.firstDiagnostics`]! <= COLD_OPEN_MAX_MS * figures[`${prefix}.oversubscription`]!;

describe("as-you-type latency in VS Code (code-server) through Chromium", () => {
  let session: Session | undefined;

  afterAll(async () => {
    recordTimings(timings);
    await session?.close();
  });

  it("cold open in a workspace with seeds/: the first seed opened has its diagnostics in the Problems panel within 1 s (scaled by the load)", async () => {
    const workspace = await createWorkspace();
    session = await startSession(dirname(workspace.dir), workspace.dir);
    const figures = await coldOpen(session, REFERENCE.file, REFERENCE.findings[0]!.rule, "coldOpen");
    Object.assign(timings, figures);
    console.log(`cold open, seeds/ workspace (ms after the click): ${JSON.stringify(figures)}`);
    await screenshot(session.page, "latency-1-cold-open-first-diagnostics");
    // A workspace with seeds activates the extension (and so forks the server) as the window loads,
    // not when the first seed opens: whatever the machine's load, that is before the click.
    expect(figures["coldOpen.activationEvent"]).toBeLessThan(0);
    expect(withinBound(figures, "coldOpen"), JSON.stringify(figures)).toBe(true);
    expect(figures["coldOpen.ours"]).toBeLessThanOrEqual(OURS_COLD_OPEN_MAX_MS * figures["coldOpen.oversubscription"]!);
    // The next window loads the extension from V8's code cache (client/src/cached-load.ts), kept in its global storage.
    const codeCache = join(session.server.userDataDir, "User", "globalStorage", "seed-authoring.seed-authoring", "compile-cache", "extension-host");
    expect(readdirSync(codeCache).filter((name) => name.endsWith(".v8"))).toHaveLength(1);
  });

  it("edit → Problems row: the median over a burst of edits is within 150 ms (scaled by the load)", async () => {
    expect(session, "the cold-open scenario starts the session").toBeDefined();
    const { page, marksFile } = session!;
    await page.keyboard.press("Control+P");
    await page.locator(`${QUICK_INPUT} input`).fill(CELL_EDIT.file);
    await page
      .locator(`${QUICK_INPUT} .monaco-list-row`)
      .filter({ hasText: CELL_EDIT.file.split("/").pop()! })
      .first()
      .click();
    await page
      .locator(".part.editor .tab.active")
      .filter({ hasText: CELL_EDIT.file.split("/").pop()! })
      .waitFor();
    await focusEditor(page);
    const finding = page.locator(MARKER_ROWS).filter({ hasText: CELL_EDIT.finding.message });
    const latencies: number[] = [];
    const polled: number[] = [];
    /** Per edit, ms from the client sending it to the client holding its diagnostics. */
    const ours: number[] = [];
    const phases: Record<string, number[]> = {};
    const before = machineLoad();
    for (let i = 0; i < EDITS; i++) {
      // Alternately type the wrong figure (its finding appears) and the right one back (it goes).
      const appears = i % 2 === 0;
      const [from, to] = appears ? [CELL_EDIT.original, CELL_EDIT.typed] : [CELL_EDIT.typed, CELL_EDIT.original];
      await goTo(page, CELL_EDIT.at.line, CELL_EDIT.at.column);
      for (let k = 0; k < from.length; k++) await page.keyboard.press("Shift+ArrowRight");
      await page
        .locator("#status\\.editor\\.selection")
        .filter({ hasText: `(${from.length} selected)` })
        .waitFor();
      await watchFor(page, "edit", `${appears ? "" : "!"}${problemsRowWith(CELL_EDIT.finding.message)}`);
      const editedAt = Date.now();
      await page.keyboard.insertText(to);
      await finding.first().waitFor({ state: appears ? "visible" : "detached", timeout: 10_000 });
      const polledAt = Date.now();
      const shownAt = (await seenAt(page, "edit")) ?? polledAt;
      latencies.push(shownAt - editedAt);
      polled.push(polledAt - editedAt);
      const marks = firstAfter(readMarks(marksFile), editedAt, shownAt + 1);
      for (const name of EDIT_POINTS) if (marks.has(name)) (phases[name] ??= []).push(marks.get(name)!);
      const received = marks.get("client-pulled") ?? marks.get("client-diagnostics");
      if (marks.has("client-did-change") && received !== undefined) ours.push(received - marks.get("client-did-change")!);
    }
    const after = machineLoad();
    timings.editToProblemsP50 = quantile(latencies, 0.5);
    timings.editToProblemsP90 = quantile(latencies, 0.9);
    timings.editToProblemsMax = Math.max(...latencies);
    timings.editPolledP50 = quantile(polled, 0.5);
    timings.editOursP50 = quantile(ours, 0.5);
    timings.editOursP90 = quantile(ours, 0.9);
    for (const [name, values] of Object.entries(phases)) timings[`edit.${name}.p50`] = quantile(values, 0.5);
    timings.editLoadavg1 = (before.loadavg1 + after.loadavg1) / 2;
    timings.editOversubscription = Math.max(1, timings.editLoadavg1 / before.cores);
    console.log(`edit → Problems (ms after the edit): ${JSON.stringify({ latencies, polled, ours, ...phases, loadavg1: timings.editLoadavg1 })}`);
    await screenshot(page, "latency-2-edit-to-problems");
    expect(timings.editToProblemsP50).toBeLessThanOrEqual(EDIT_TO_PROBLEMS_P50_MAX_MS * timings.editOversubscription);
    expect(ours).toHaveLength(EDITS);
    expect(timings.editOursP50).toBeLessThanOrEqual(OURS_EDIT_P50_MAX_MS * timings.editOversubscription);
  });
});
