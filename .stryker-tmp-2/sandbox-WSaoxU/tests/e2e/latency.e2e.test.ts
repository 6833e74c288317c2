/**
 * As-you-type latency in a real VS Code (code-server through Chromium), as the author feels it
 * with the default settings: the first seed opened after the window has loaded → its first row in
 * the Problems panel, and an edit → the Problems panel showing (or dropping) its finding. A fresh
 * code-server of its own, so that no seed has been opened in it yet. The figures, with the
 * cold open's breakdown, go to tests/e2e/artifacts/timings.json.
 *
 * The bounds are issue 11's, for a machine whose cores are not oversubscribed. The e2e tier shares
 * its 2 cores with other work (the load average reaches 20): every process then gets a core only
 * cores/load of the time, so each bound is scaled by max(1, load average / cores), measured in
 * the run. On an idle machine the bounds apply as they are.
 */
// @ts-nocheck

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { CELL_EDIT, REFERENCE } from './expectations';
import { findPrerequisites, focusEditor, launchBrowser, newPage, openWorkbench, screenshot, startCodeServer, type CodeServer } from './harness';
import { recordTimings } from './timings';
import { goTo, showProblems } from './workbench';
import { createWorkspace, type Workspace } from './workspace';

const SETTINGS = { 'workbench.reduceMotion': 'on', 'editor.stickyScroll.enabled': false, ...(process.env.SEED_E2E_TRACE ? { 'seeds.trace.server': 'messages' } : {}) };
/** Bounds of issue 11, in ms. */
const COLD_OPEN_MAX_MS = 1_000;
const EDIT_TO_PROBLEMS_P50_MAX_MS = 150;

/** How much slower than on its own the machine runs every process now: load average per core, at least 1. */
function oversubscription(): number {
  return Math.max(1, (loadavg()[0] ?? 0) / availableParallelism());
}
const EDITS = 9;

const QUICK_INPUT = '.quick-input-widget';
const MARKER_ROWS = '.markers-panel .monaco-list-row';

let workspace: Workspace | undefined;
let marksFile = '';
let server: CodeServer | undefined;
let browser: Browser | undefined;
let page: Page;
const timings: Record<string, number> = {};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

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
    const line = readFileSync(path, 'utf8').split('\n').find((l) => l.includes(text));
    const stamp = line && /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}\.\d{3})/.exec(line);
    if (stamp) return new Date(`${stamp[1]}T${stamp[2]}`).getTime();
  }
  return undefined;
}

/** The startup marks the extension and its server wrote (server/src/lsp/startup-marks.ts), first of each name. */
function startupMarks(file: string): Map<string, number> {
  const marks = new Map<string, number>();
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return marks;
  }
  for (const line of text.split('\n')) {
    const [name, at] = line.split(' ');
    if (name && at && !marks.has(name)) marks.set(name, Number(at));
  }
  return marks;
}

/**
 * Where the cold open's time went: the click → VS Code activating the extension (code-server's
 * log) → the extension's code running (it forks the server first) → its main bundle loaded → the
 * language client connected to an initialized server → the Problems row. Negative: before the click.
 */
function coldOpenBreakdown(logDir: string, marksFile: string, openedAt: number, shownAt: number): Record<string, number> {
  const marks = startupMarks(marksFile);
  const points: [string, number | undefined][] = [
    ['coldOpen.activationEvent', loggedAt(logDir, /exthost/, '_doActivateExtension seed-authoring.seed-authoring')],
    ['coldOpen.extensionActivate', marks.get('extension-activate')],
    ['coldOpen.extensionMainLoaded', marks.get('extension-main-loaded')],
    ['coldOpen.serverLoaded', marks.get('server-loaded')],
    ['coldOpen.serverWarmedUp', marks.get('server-warmed-up')],
    ['coldOpen.clientStarted', marks.get('client-started')],
  ];
  const phases: Record<string, number> = {};
  for (const [name, at] of points) if (at !== undefined) phases[name] = at - openedAt;
  phases['coldOpen.problemsRow'] = shownAt - openedAt;
  return phases;
}

describe('as-you-type latency in VS Code (code-server) through Chromium', () => {
  afterAll(async () => {
    recordTimings(timings);
    if (process.env.SEED_E2E_TRACE && server) {
      for (const path of logs(join(server.userDataDir, 'logs'), /exthost|Seeds/)) console.log(`--- ${path}\n${readFileSync(path, 'utf8')}`);
    }
    await browser?.close();
    await server?.stop();
    await workspace?.remove();
  });

  it('cold open: the first seed opened after the window has loaded has its diagnostics in the Problems panel within 1 s (scaled by the load)', async () => {
    findPrerequisites();
    workspace = await createWorkspace();
    marksFile = join(dirname(workspace.dir), 'startup-marks.txt');
    server = await startCodeServer({ workspace: workspace.dir, vsix: inject('vsixPath'), settings: SETTINGS, env: { SEEDS_STARTUP_MARKS: marksFile } });
    browser = await launchBrowser();
    page = await newPage(browser);
    await openWorkbench(page, server.url, workspace.dir);
    // The window has loaded once VS Code has also started the extensions every window starts.
    const logDir = join(server.userDataDir, 'logs');
    await expect.poll(() => loggedAt(logDir, /exthost/, 'Eager extensions activated'), { timeout: 60_000, interval: 100 }).toBeDefined();
    await showProblems(page);

    await page.keyboard.press('Control+P');
    await page.locator(`${QUICK_INPUT} input`).fill(REFERENCE.file);
    const row = page.locator(`${QUICK_INPUT} .monaco-list-row`).filter({ hasText: REFERENCE.file.split('/').pop()! }).first();
    await row.waitFor({ state: 'visible' });
    const openedAt = Date.now();
    await row.click();
    await page.locator(MARKER_ROWS).filter({ hasText: REFERENCE.findings[0]!.rule }).first().waitFor({ state: 'visible', timeout: 30_000 });
    const shownAt = Date.now();
    timings.coldOpenFirstDiagnostics = shownAt - openedAt;
    Object.assign(timings, coldOpenBreakdown(logDir, marksFile, openedAt, shownAt));
    console.log(`cold open (ms after the click): ${JSON.stringify(Object.fromEntries(Object.entries(timings).filter(([k]) => k.startsWith('coldOpen'))))}`);
    await screenshot(page, 'latency-1-cold-open-first-diagnostics');
    timings['coldOpen.oversubscription'] = oversubscription();
    // A workspace with seeds activates the extension (and so forks the server) as the window loads,
    // not when the first seed opens: whatever the machine's load, that is before the click.
    expect(timings['coldOpen.activationEvent']).toBeLessThan(0);
    expect(timings.coldOpenFirstDiagnostics).toBeLessThanOrEqual(COLD_OPEN_MAX_MS * oversubscription());
  });

  it('edit → Problems row: the median over a burst of edits is within 150 ms (scaled by the load)', async () => {
    expect(page, 'the cold-open scenario starts the session').toBeDefined();
    await page.keyboard.press('Control+P');
    await page.locator(`${QUICK_INPUT} input`).fill(CELL_EDIT.file);
    await page.locator(`${QUICK_INPUT} .monaco-list-row`).filter({ hasText: CELL_EDIT.file.split('/').pop()! }).first().click();
    await page.locator('.part.editor .tab.active').filter({ hasText: CELL_EDIT.file.split('/').pop()! }).waitFor();
    await focusEditor(page);
    const finding = page.locator(MARKER_ROWS).filter({ hasText: CELL_EDIT.finding.message });
    const latencies: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      // Alternately type the wrong figure (its finding appears) and the right one back (it goes).
      const [from, to] = i % 2 === 0 ? [CELL_EDIT.original, CELL_EDIT.typed] : [CELL_EDIT.typed, CELL_EDIT.original];
      await goTo(page, CELL_EDIT.at.line, CELL_EDIT.at.column);
      for (let k = 0; k < from.length; k++) await page.keyboard.press('Shift+ArrowRight');
      await page.locator('#status\\.editor\\.selection').filter({ hasText: `(${from.length} selected)` }).waitFor();
      const editedAt = Date.now();
      await page.keyboard.insertText(to);
      await finding.first().waitFor({ state: i % 2 === 0 ? 'visible' : 'detached', timeout: 10_000 });
      latencies.push(Date.now() - editedAt);
    }
    timings.editToProblemsP50 = median(latencies);
    timings.editToProblemsMax = Math.max(...latencies);
    await screenshot(page, 'latency-2-edit-to-problems');
    timings.editToProblemsOversubscription = oversubscription();
    expect(timings.editToProblemsP50).toBeLessThanOrEqual(EDIT_TO_PROBLEMS_P50_MAX_MS * oversubscription());
  });
});
