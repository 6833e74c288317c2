/**
 * Seeds where authors keep them: a workspace that is just a flat folder holding the reference
 * seed as `000_5ae9dcfe2e03ad59.txt` and a README.md with non-seed frontmatter (fixtures/flat), no
 * seeds.config.json and no settings. The extension must recognise the seed by its content: it
 * becomes a Seed with its findings, fixes, completion and preview, and stays one after a reopen
 * and a window reload; the README stays Markdown with no diagnostics. New Seed follows the folder.
 * Its own code-server, so that nothing of the main scenarios' workspace or settings helps.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, cpSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import { checkSeed, localToday } from "../../server/src/engine";
import { DIAGNOSTIC_SOURCE, FLAT_FOLDER } from "./expectations";
import {
  applyCodeAction,
  codeActions,
  findPrerequisites,
  focusEditor,
  launchBrowser,
  newPage,
  openFile,
  openWorkbench,
  REPO_ROOT,
  runCommand,
  screenshot,
  startCodeServer,
  webviewFrame,
  type CodeServer,
} from "./harness";
import {
  activeTab,
  answerInputBox,
  goTo,
  lineText,
  pickMany,
  problemsByFile,
  problemsOf,
  revertAndCloseAll,
  showProblems,
  statusBarLanguage,
  suggestRows,
  waitForSuggestion,
  type ProblemRow,
} from "./workbench";

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "flat");
/** Only what keeps screenshots crisp: nothing about seeds. */
const SETTINGS = { "workbench.reduceMotion": "on", "editor.stickyScroll.enabled": false };
const POLL = { timeout: 15_000, interval: 100 };
const { seed: SEED, readme: README, cell, currency, preview, newSeed } = FLAT_FOLDER;

let parent: string | undefined;
let dir: string;
let server: CodeServer | undefined;
let browser: Browser | undefined;
let page: Page;

/** The Problems rows the engine itself gives for the seed today. */
function engineRows(text = readFileSync(join(dir, SEED), "utf8")): ProblemRow[] {
  return checkSeed(text, { today: localToday() }).findings.map((f) => ({
    message: f.message,
    source: DIAGNOSTIC_SOURCE,
    code: f.rule,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
  }));
}

/**
 * Waits until the active editor shows the seed grammar's tokens, the embedded YAML's included (a
 * frontmatter key in a colour other than the default `mtk1`): a document switched to `seed` at run
 * time is highlighted once the grammars have loaded, which screenshots must not race.
 */
async function highlighted(page: Page): Promise<void> {
  const tokens = page.locator('.part.editor .editor-group-container.active .view-lines span[class^="mtk"]:not(.mtk1)');
  await tokens
    .filter({ hasText: /^currency$/ })
    .first()
    .waitFor({ state: "visible", timeout: 30_000 });
}

const byPosition = (rows: ProblemRow[]) => [...rows].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
const where = (rows: ProblemRow[]) => rows.map((r) => `${r.code} [Ln ${r.line}, Col ${r.column}]`);

describe("a flat folder of .txt seeds with a README, no config, no settings", () => {
  let session: Promise<void> | undefined;
  const startSession = async () => {
    findPrerequisites();
    parent = mkdtempSync(join(tmpdir(), "seed-e2e-flat-"));
    dir = join(parent, "authors-seeds");
    mkdirSync(dir);
    cpSync(FIXTURE, dir, { recursive: true });
    copyFileSync(join(REPO_ROOT, "seeds", SEED), join(dir, SEED));
    server = await startCodeServer({ workspace: dir, vsix: inject("vsixPath"), settings: SETTINGS });
    browser = await launchBrowser();
    page = await newPage(browser);
    await openWorkbench(page, server.url, dir);
  };

  beforeEach(async ({ task, onTestFailed }) => {
    session ??= startSession();
    await session;
    onTestFailed(async () => {
      await screenshot(page, `failed-flat-${task.name.slice(0, 40)}`).catch(() => undefined);
    });
    await revertAndCloseAll(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (parent) rmSync(parent, { recursive: true, force: true });
  });

  it("F0. the expectations agree with the engine and the folder has no config", () => {
    expect(existsSync(join(dir, "seeds.config.json"))).toBe(false);
    expect(existsSync(join(dir, ".vscode"))).toBe(false);
    expect(where(engineRows())).toEqual(FLAT_FOLDER.findings);
    const edited = readFileSync(join(dir, SEED), "utf8").replace(cell.original, cell.typedRow);
    const finding = checkSeed(edited, { today: localToday() }).findings.find((f) => f.rule === cell.finding.rule)!;
    expect([finding.message, finding.range.start.line + 1, finding.range.start.character + 1]).toEqual([
      cell.finding.message,
      cell.finding.line,
      cell.finding.column,
    ]);
    expect(finding.fixes.map((fix) => fix.title)).toEqual([cell.fixFromFrontmatter, cell.fixToFrontmatter]);
  });

  it("F1. the .txt seed opens as a Seed and the Problems panel lists exactly its findings", async () => {
    await openFile(page, SEED);
    await expect.poll(() => statusBarLanguage(page), POLL).toBe("Seed");
    await expect.poll(async () => byPosition(await problemsOf(page, SEED)), POLL).toEqual(byPosition(engineRows()));
    expect(where(await problemsOf(page, SEED))).toEqual(FLAT_FOLDER.findings);
    await highlighted(page);
    await screenshot(page, "flat-1-txt-seed-problems");
  });

  it("F2. README.md with non-seed frontmatter stays Markdown with no diagnostics", async () => {
    await openFile(page, README);
    await expect.poll(() => statusBarLanguage(page), POLL).toBe("Markdown");
    // The server is up and checking: the seed opened after the README gets its findings...
    await openFile(page, SEED);
    await expect.poll(async () => (await problemsOf(page, SEED)).length, POLL).toBe(FLAT_FOLDER.findings.length);
    // ...while the README has no row at all, and is still Markdown.
    await openFile(page, README);
    expect(await statusBarLanguage(page)).toBe("Markdown");
    const files = (await problemsByFile(page)).map((f) => f.path);
    expect(files.filter((path) => path.endsWith(`/${README}`))).toEqual([]);
    expect(files.filter((path) => path.endsWith(`/${SEED}`))).toHaveLength(1);
    await screenshot(page, "flat-2-readme-stays-markdown");
  });

  it("F3. a wrong figure in a table cell: the quick fix from the frontmatter restores the row", async () => {
    await openFile(page, SEED);
    await showProblems(page);
    await focusEditor(page);
    await goTo(page, cell.at.line, cell.at.column);
    for (let i = 0; i < cell.selected.length; i++) await page.keyboard.press("Shift+ArrowRight");
    await page
      .locator("#status\\.editor\\.selection")
      .filter({ hasText: `(${cell.selected.length} selected)` })
      .waitFor();
    await page.keyboard.insertText(cell.typed);
    await page.locator(".markers-panel .monaco-list-row").filter({ hasText: cell.finding.message }).waitFor({ state: "visible", timeout: 10_000 });
    const offered = await codeActions(page);
    expect(offered).toEqual(expect.arrayContaining([cell.fixFromFrontmatter, cell.fixToFrontmatter]));
    await screenshot(page, "flat-3a-cell-fixes-offered");
    await page.keyboard.press("Escape");
    await page.locator(".action-widget:not(.action-list-submenu-panel)").waitFor({ state: "hidden" });
    await applyCodeAction(page, cell.fixFromFrontmatter);
    await expect.poll(() => lineText(page, cell.at.line), POLL).toBe(cell.original);
    await expect.poll(async () => where(await problemsOf(page, SEED)), POLL).toEqual(FLAT_FOLDER.findings);
    await screenshot(page, "flat-3b-cell-fixed");
  });

  it("F4. completion offers currencies, the region's usual one first", async () => {
    await openFile(page, SEED);
    await focusEditor(page);
    await goTo(page, currency.at.line, currency.at.column);
    await page.keyboard.press("Shift+End");
    await page.keyboard.press("Delete");
    await page.keyboard.press("Control+Space");
    const gbp = await waitForSuggestion(page, currency.code);
    expect(gbp).toBe(`${currency.code}\n${currency.detail}`);
    expect((await suggestRows(page))[0]).toBe(gbp);
    await screenshot(page, "flat-4-currency-completion");
    await page.keyboard.press("Enter");
    await page.locator(".suggest-widget").waitFor({ state: "hidden" });
    await expect.poll(() => lineText(page, currency.at.line), POLL).toBe(currency.lineText);
  });

  it("F5. the preview shows the chart, and the seed stays a Seed after a reopen and a window reload", async () => {
    await openFile(page, SEED);
    await focusEditor(page);
    await runCommand(page, preview.command);
    const frame = webviewFrame(page);
    await frame.locator("svg.comp-chart").first().waitFor({ state: "visible", timeout: 30_000 });
    expect(await frame.locator(".bar-group").evaluateAll((els) => els.map((e) => e.getAttribute("data-region")))).toEqual(preview.regions);
    await page.locator(".part.editor .tab").filter({ hasText: preview.title }).waitFor();
    await screenshot(page, "flat-5a-preview");

    // Reopened: a new document, Plain Text again until the extension switches it.
    await revertAndCloseAll(page);
    await openFile(page, SEED);
    await expect.poll(() => statusBarLanguage(page), POLL).toBe("Seed");

    await runCommand(page, "Developer: Reload Window");
    await page.locator(".monaco-workbench").waitFor({ state: "visible", timeout: 60_000 });
    await page.locator(".part.editor .tab.active").filter({ hasText: SEED }).waitFor({ state: "visible", timeout: 60_000 });
    await expect.poll(() => statusBarLanguage(page), { ...POLL, timeout: 60_000 }).toBe("Seed");
    await expect.poll(async () => where(await problemsOf(page, SEED)), { ...POLL, timeout: 60_000 }).toEqual(FLAT_FOLDER.findings);
    await highlighted(page);
    await screenshot(page, "flat-5b-seed-after-reload");
  });

  it("F5b. the preview follows a seed opened for the first time (regression: it stayed on the previous seed)", async () => {
    const other = "001_data_engineer.txt";
    writeFileSync(
      join(dir, other),
      readFileSync(join(dir, SEED), "utf8")
        .replace("role: ml-ai-engineer", "role: data-engineer")
        .replace("role_display: ML/AI Engineer", "role_display: Data Engineer"),
    );
    await openFile(page, SEED);
    await focusEditor(page);
    await runCommand(page, preview.command);
    await page.locator(".part.editor .tab").filter({ hasText: preview.title }).waitFor();
    await openFile(page, other);
    await expect.poll(() => statusBarLanguage(page), POLL).toBe("Seed");
    await page.locator(".part.editor .tab").filter({ hasText: "Preview Data Engineer · Weights & Biases" }).waitFor({ timeout: 15_000 });
    await screenshot(page, "flat-5c-preview-follows-new-seed");
  });

  it("F6. New Seed follows the folder: a .txt seed beside the others, not in seeds/", async () => {
    await runCommand(page, "Seeds: New Seed");
    await answerInputBox(page, "New Seed: company", newSeed.company);
    await answerInputBox(page, "New Seed: role", newSeed.role);
    await pickMany(page, "New Seed: regions", [newSeed.region]);
    await expect.poll(() => activeTab(page), POLL).toBe(newSeed.file);
    expect(existsSync(join(dir, newSeed.file))).toBe(true);
    expect(existsSync(join(dir, "seeds"))).toBe(false);
    expect(await statusBarLanguage(page)).toBe("Seed");
    await screenshot(page, "flat-6-new-seed-follows-folder");
  });
});
