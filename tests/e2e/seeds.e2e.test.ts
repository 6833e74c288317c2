/**
 * The extension in a real VS Code: code-server 4.139.1 (VS Code 1.139) with the .vsix built for
 * this run installed, driven through headless Chromium. One code-server and one browser serve
 * every scenario; each scenario starts with all editors reverted and closed, and ends with a
 * screenshot in tests/e2e/artifacts/. Expectations live in ./expectations.ts (shared with the
 * @vscode/test-electron runner).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { checkSeed, localToday } from "../../server/src/engine";
import { CELL_EDIT, COMPLETION, DIAGNOSTIC_SOURCE, HOVER, MARKDOWN, NEW_SEED, OUTLINE, PREVIEW, REFERENCE } from "./expectations";
import {
  applyCodeAction,
  codeActions,
  findPrerequisites,
  focusEditor,
  launchBrowser,
  newPage,
  openFile,
  openWorkbench,
  runCommand,
  screenshot,
  startCodeServer,
  webviewFrame,
  type CodeServer,
} from "./harness";
import {
  activeTab,
  answerInputBox,
  closeQuickInput,
  goTo,
  hoverAtCursor,
  lineText,
  pickMany,
  problemsByFile,
  problemsOf,
  quickOutline,
  revertAndCloseAll,
  showProblems,
  statusBarLanguage,
  suggestRows,
  waitForSuggestion,
  type ProblemRow,
} from "./workbench";
import { recordTimings } from "./timings";
import { createWorkspace, type Workspace } from "./workspace";

/** Over the harness defaults: no animations (crisp screenshots), no sticky scroll over the lines read. */
const SETTINGS = { "workbench.reduceMotion": "on", "editor.stickyScroll.enabled": false };
/** Editor text and panels are read from the DOM, which follows the model a frame later: poll. */
const POLL = { timeout: 15_000, interval: 100 };

let workspace: Workspace | undefined;
let server: CodeServer | undefined;
let browser: Browser | undefined;
let page: Page;
/** Milliseconds, written to tests/e2e/artifacts/timings.json for the record. */
const timings: Record<string, number> = {};

const fileText = (relPath: string) => readFileSync(join(workspace!.dir, relPath), "utf8");

/** The Problems rows the engine itself gives for a workspace file today. */
function engineRows(relPath: string, text = fileText(relPath)): ProblemRow[] {
  return checkSeed(text, { today: localToday() }).findings.map((f) => ({
    message: f.message,
    source: DIAGNOSTIC_SOURCE,
    code: f.rule,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
  }));
}

const byPosition = (rows: ProblemRow[]) => [...rows].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));

describe("Seed Authoring in VS Code (code-server) through Chromium", () => {
  /**
   * One code-server and one browser for every scenario, started by the first scenario's
   * beforeEach rather than in beforeAll: a failing beforeAll would report the scenarios as
   * skipped, while a failing beforeEach fails each of them with the reason (a missing
   * prerequisite says to run `bash .ci/provision-e2e.sh`).
   */
  let session: Promise<void> | undefined;
  const startSession = async (): Promise<void> => {
    findPrerequisites();
    const started = Date.now();
    workspace = await createWorkspace();
    server = await startCodeServer({ workspace: workspace.dir, vsix: inject("vsixPath"), settings: SETTINGS });
    browser = await launchBrowser();
    page = await newPage(browser);
    await openWorkbench(page, server.url, workspace.dir);
    timings.vsixBuild = inject("vsixBuildMs");
    timings.startup = Date.now() - started;
  };

  afterAll(async () => {
    recordTimings(timings);
    await browser?.close();
    await server?.stop();
    await workspace?.remove();
  });

  /** When each scenario started, after the reset: its duration goes to timings.json. */
  const startedAt = new Map<string, number>();

  beforeEach(async ({ task, onTestFailed }) => {
    session ??= startSession();
    await session;
    onTestFailed(async () => {
      await screenshot(page, `failed-${task.name.slice(0, 40)}`).catch(() => undefined);
    });
    await revertAndCloseAll(page);
    startedAt.set(task.id, Date.now());
  });

  afterEach(({ task }) => {
    const started = startedAt.get(task.id);
    if (started !== undefined) timings[task.name] = Date.now() - started;
  });

  it("0. the expectations agree with the engine on the fixture", () => {
    const reference = engineRows(REFERENCE.file).map(({ code, line, column }) => ({ rule: code, line, column }));
    expect(reference).toEqual(REFERENCE.findings);

    const clean = fileText(CELL_EDIT.file);
    expect(engineRows(CELL_EDIT.file, clean)).toEqual([]);
    const lines = clean.split("\n");
    const row = lines[CELL_EDIT.at.line - 1]!;
    expect(row).toBe(CELL_EDIT.restoredRow);
    expect(row.slice(CELL_EDIT.at.column - 1).startsWith(CELL_EDIT.original)).toBe(true);
    lines[CELL_EDIT.at.line - 1] = row.slice(0, CELL_EDIT.at.column - 1) + CELL_EDIT.typed + row.slice(CELL_EDIT.at.column - 1 + CELL_EDIT.original.length);
    const edited = checkSeed(lines.join("\n"), { today: localToday() }).findings;
    expect(edited.map((f) => [f.rule, f.range.start.line + 1, f.range.start.character + 1, f.message])).toEqual([
      [CELL_EDIT.finding.rule, CELL_EDIT.finding.line, CELL_EDIT.finding.column, CELL_EDIT.finding.message],
    ]);
    expect(edited[0]!.fixes.map((fix) => fix.title)).toEqual([CELL_EDIT.fixFromFrontmatter, CELL_EDIT.fixToFrontmatter]);

    const helix = fileText(COMPLETION.file).split("\n");
    expect(helix[COMPLETION.currency.at.line - 1]).toBe(COMPLETION.currency.lineText);
    expect(helix[COMPLETION.region.beforeLine - 1]).toBe("level_mapping:");
    expect(fileText(PREVIEW.file).split("\n")[PREVIEW.dnaLine - 1]).toMatch(/^\*\*Negotiation DNA:\*\* /);
    // The notes are not a seed (no company, no compensation): checked as one, they would have findings.
    expect(engineRows(MARKDOWN.file).length).toBeGreaterThan(1);
  });

  it("1. the reference seed: the Problems panel lists its findings on the right lines", async () => {
    await openFile(page, REFERENCE.file);
    await expect.poll(async () => byPosition(await problemsOf(page, REFERENCE.file)), POLL).toEqual(byPosition(engineRows(REFERENCE.file)));
    const rows = await problemsOf(page, REFERENCE.file);
    expect(rows.map((r) => `${r.code} [Ln ${r.line}, Col ${r.column}]`)).toEqual([
      "review-overdue [Ln 10, Col 18]",
      "table-bonus-range [Ln 54, Col 47]",
      "table-bonus-range [Ln 55, Col 42]",
      "table-bonus-range [Ln 56, Col 40]",
    ]);
    await screenshot(page, "1-reference-seed-problems");
  });

  it("2. a wrong figure in a table cell: diagnostic within 2 s, fixes both ways, fixed from the frontmatter", async () => {
    await openFile(page, CELL_EDIT.file);
    await showProblems(page);
    await focusEditor(page);
    await goTo(page, CELL_EDIT.at.line, CELL_EDIT.at.column);
    for (let i = 0; i < CELL_EDIT.original.length; i++) await page.keyboard.press("Shift+ArrowRight");
    await page
      .locator("#status\\.editor\\.selection")
      .filter({ hasText: `(${CELL_EDIT.original.length} selected)` })
      .waitFor();

    // One edit, like a paste, so the latency is that of the final text.
    const typedAt = Date.now();
    await page.keyboard.insertText(CELL_EDIT.typed);
    const row = page.locator(".markers-panel .monaco-list-row").filter({ hasText: CELL_EDIT.finding.message });
    await row.waitFor({ state: "visible", timeout: CELL_EDIT.maxLatencyMs });
    timings.cellDiagnosticLatency = Date.now() - typedAt;
    expect(timings.cellDiagnosticLatency).toBeLessThan(CELL_EDIT.maxLatencyMs);
    expect(await problemsOf(page, CELL_EDIT.file)).toEqual([
      {
        message: CELL_EDIT.finding.message,
        source: DIAGNOSTIC_SOURCE,
        code: CELL_EDIT.finding.rule,
        line: CELL_EDIT.finding.line,
        column: CELL_EDIT.finding.column,
      },
    ]);

    const offered = await codeActions(page);
    expect(offered).toEqual(expect.arrayContaining([CELL_EDIT.fixFromFrontmatter, CELL_EDIT.fixToFrontmatter]));
    expect(offered.indexOf(CELL_EDIT.fixFromFrontmatter)).toBeLessThan(offered.indexOf(CELL_EDIT.fixToFrontmatter));
    await screenshot(page, "2a-cell-fixes-offered");
    await page.keyboard.press("Escape");
    await page.locator(".action-widget:not(.action-list-submenu-panel)").waitFor({ state: "hidden" });

    const fixedAt = Date.now();
    await applyCodeAction(page, CELL_EDIT.fixFromFrontmatter);
    await expect.poll(() => problemsOf(page, CELL_EDIT.file), POLL).toEqual([]);
    timings.cellFixClearsDiagnostic = Date.now() - fixedAt;
    await expect.poll(() => lineText(page, CELL_EDIT.at.line), POLL).toBe(CELL_EDIT.restoredRow);
    await screenshot(page, "2b-cell-fixed-from-frontmatter");
  });

  it("3. completion: currencies with their names, regions that fill in their currency", async () => {
    const { currency, region } = COMPLETION;
    await openFile(page, COMPLETION.file);
    await focusEditor(page);

    await goTo(page, currency.at.line, currency.at.column);
    await page.keyboard.press("Shift+End");
    await page.keyboard.press("Delete");
    await page.keyboard.press("Control+Space");
    const gbp = await waitForSuggestion(page, currency.code);
    expect(gbp).toBe(`${currency.code}\n${currency.detail}`);
    // London's usual currency comes first and is preselected.
    expect((await suggestRows(page))[0]).toBe(gbp);
    await screenshot(page, "3a-currency-completion");
    await page.keyboard.press("Enter");
    await page.locator(".suggest-widget").waitFor({ state: "hidden" });
    await expect.poll(() => lineText(page, currency.at.line), POLL).toBe(currency.lineText);

    await goTo(page, region.beforeLine, 1);
    await page.keyboard.press("Enter");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.type(region.typed); // the space after the colon opens the suggestions
    await waitForSuggestion(page, region.offered[0]);
    const offered = (await suggestRows(page)).map((text) => text.split("\n")[0]);
    expect(offered).toEqual(expect.arrayContaining([...region.offered]));
    for (const taken of region.notOffered) expect(offered).not.toContain(taken);
    await screenshot(page, "3b-region-completion");
    await page.keyboard.type(region.filter);
    expect(await waitForSuggestion(page, region.choose)).toBe(`${region.choose}\n${region.chosenDetail}`);
    await page.keyboard.press("Enter");
    await page.locator(".suggest-widget").waitFor({ state: "hidden" });
    const entryLines = async () => Promise.all([0, 1, 2].map((i) => lineText(page, region.beforeLine + i)));
    await expect.poll(entryLines, POLL).toEqual([...region.resultLines, "level_mapping:"]);
    await screenshot(page, "3c-region-filled-currency");
  });

  it("4. hover on a key shows its documentation from the schema", async () => {
    await openFile(page, HOVER.file);
    await focusEditor(page);
    await goTo(page, HOVER.at.line, HOVER.at.column);
    const text = await hoverAtCursor(page, HOVER.contains[1]);
    for (const part of HOVER.contains) expect(text).toContain(part);
    await screenshot(page, "4-hover-key-docs");
    await page.keyboard.press("Escape");
  });

  it("5. the preview shows the chart and follows edits in the source", async () => {
    await openFile(page, PREVIEW.file);
    await focusEditor(page);
    const openedAt = Date.now();
    await runCommand(page, PREVIEW.command);
    const preview = webviewFrame(page);
    await preview.locator("svg.comp-chart").first().waitFor({ state: "visible", timeout: 30_000 });
    timings.previewFirstRender = Date.now() - openedAt;
    await page.locator(".part.editor .tab").filter({ hasText: PREVIEW.title }).waitFor();
    expect(await preview.locator(".bar-group").evaluateAll((els) => els.map((e) => e.getAttribute("data-region")))).toEqual(PREVIEW.regions);
    // Three bars (base, stock per year, total comp) per region.
    expect(await preview.locator(".bar-group rect.bar").count()).toBe(PREVIEW.regions.length * 3);

    // The editor kept the focus (the preview opens beside it without taking it).
    await goTo(page, PREVIEW.dnaLine, 1);
    await page.keyboard.press("End");
    const editedAt = Date.now();
    await page.keyboard.insertText(PREVIEW.appended);
    const dna = preview.locator(".seed-body p").filter({ hasText: PREVIEW.appended.trim() });
    await dna.waitFor({ state: "visible", timeout: 10_000 });
    timings.previewUpdateLatency = Date.now() - editedAt;
    expect(await dna.innerText()).toMatch(new RegExp(`^Negotiation DNA: .*${PREVIEW.appended}$`));
    await dna.scrollIntoViewIfNeeded();
    await screenshot(page, "5-preview-chart-and-edit");
  });

  it('6. "Seeds: New Seed" writes a seed whose only findings are its placeholders', async () => {
    await showProblems(page);
    await runCommand(page, NEW_SEED.command);
    await answerInputBox(page, "New Seed: company", NEW_SEED.company);
    await answerInputBox(page, "New Seed: role", NEW_SEED.role);
    await pickMany(page, "New Seed: regions", [NEW_SEED.region]);
    await expect.poll(() => activeTab(page), POLL).toBe(NEW_SEED.file.split("/").pop());
    expect(existsSync(join(workspace!.dir, NEW_SEED.file))).toBe(true);
    const asRows = (findings: readonly { rule: string; line: number; column: number }[]) => findings.map((f) => `${f.rule} ${f.line}:${f.column}`);
    const rowsOf = async () => byPosition(await problemsOf(page, NEW_SEED.file)).map((r) => `${r.code} ${r.line}:${r.column}`);
    expect(byPosition(engineRows(NEW_SEED.file)).map((r) => `${r.code} ${r.line}:${r.column}`)).toEqual(asRows(NEW_SEED.findings));
    expect(await statusBarLanguage(page)).toBe("Seed");
    const { line, endColumn } = NEW_SEED.selection;
    await page
      .locator("#status\\.editor\\.selection")
      .filter({ hasText: `Ln ${line}, Col ${endColumn} (1 selected)` })
      .waitFor();

    // The placeholders are in the Problems panel; a finding typed over the selection appears,
    // and undoing it brings back exactly the placeholders.
    await expect.poll(rowsOf, POLL).toEqual(asRows(NEW_SEED.findings));
    await page.keyboard.insertText(NEW_SEED.breakWith);
    await expect.poll(rowsOf, POLL).toEqual(asRows(NEW_SEED.breakFindings));
    await page.keyboard.press("Escape"); // a suggestion list may be open
    await page.keyboard.press("Control+Z");
    await expect.poll(rowsOf, POLL).toEqual(asRows(NEW_SEED.findings));
    await page.locator(".part.editor .tab.active.dirty").waitFor({ state: "detached" });
    await expect.poll(() => lineText(page, line), POLL).toBe("    base_low: 0");
    await screenshot(page, "6-new-seed-placeholders");
  });

  it("7. the outline lists the regions", async () => {
    await openFile(page, OUTLINE.file);
    await focusEditor(page);
    const symbols = await quickOutline(page);
    const compensation = symbols.indexOf("compensation");
    expect(compensation).toBeGreaterThanOrEqual(0);
    expect(symbols.slice(compensation + 1, compensation + 1 + OUTLINE.regions.length)).toEqual(OUTLINE.regions);
    await screenshot(page, "7-quick-outline-regions");
    await closeQuickInput(page);
  });

  it("8. a Markdown file that is not a seed gets no seed diagnostics", async () => {
    await openFile(page, MARKDOWN.file);
    await expect.poll(() => statusBarLanguage(page), POLL).toBe(MARKDOWN.languageName);
    // The server is up and checking: a seed opened after the notes gets its findings...
    await openFile(page, REFERENCE.file);
    await expect.poll(async () => (await problemsOf(page, REFERENCE.file)).length, POLL).toBe(REFERENCE.findings.length);
    // ...while the notes, which would have findings as a seed, have no row at all.
    await openFile(page, MARKDOWN.file);
    expect(await statusBarLanguage(page)).toBe(MARKDOWN.languageName);
    const files = (await problemsByFile(page)).map((f) => f.path);
    expect(files.filter((path) => path.endsWith(`/${MARKDOWN.file}`))).toEqual([]);
    expect(files.filter((path) => path.endsWith(`/${REFERENCE.file}`))).toHaveLength(1);
    await screenshot(page, "8-markdown-outside-seeds");
  });
  it("9. the preview comes back after the window reloads", async () => {
    await openFile(page, PREVIEW.file);
    await focusEditor(page);
    await runCommand(page, PREVIEW.command);
    await webviewFrame(page).locator("svg.comp-chart").first().waitFor({ state: "visible", timeout: 30_000 });
    await runCommand(page, "Developer: Reload Window");
    await page.locator(".monaco-workbench").waitFor({ state: "visible", timeout: 60_000 });
    const restored = webviewFrame(page);
    await restored.locator("svg.comp-chart").first().waitFor({ state: "visible", timeout: 60_000 });
    expect(await restored.locator(".bar-group").evaluateAll((els) => els.map((e) => e.getAttribute("data-region")))).toEqual(PREVIEW.regions);
    await page.locator(".part.editor .tab").filter({ hasText: PREVIEW.title }).waitFor();
    await screenshot(page, "9-preview-restored-after-reload");
  });
});
