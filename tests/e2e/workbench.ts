/**
 * Workbench helpers on top of the harness: the cursor (Ctrl+G), numbered editor lines, the
 * Problems panel grouped by file, the suggest widget, hovers, the quick outline, input boxes
 * and quick picks, the status bar. Every wait is on what the page shows.
 */
import type { Page } from "playwright-core";
import { runCommand } from "./harness";

const QUICK_INPUT = ".quick-input-widget";
const QUICK_INPUT_BOX = `${QUICK_INPUT} input`;
const QUICK_INPUT_ROWS = `${QUICK_INPUT} .monaco-list-row`;
const SUGGEST_ROWS = ".suggest-widget .monaco-list-row";

export function activeEditor(page: Page) {
  return page.locator(".part.editor .editor-group-container.active .monaco-editor").first();
}

/** Moves the cursor of the focused editor to a 1-based line and column with Ctrl+G. */
export async function goTo(page: Page, line: number, column = 1): Promise<void> {
  await page.keyboard.press("Control+G");
  const box = page.locator(QUICK_INPUT_BOX);
  await box.waitFor({ state: "visible" });
  // Ctrl+G opens quick open with the ":" prefix; filling replaces it, so it is written again.
  await box.fill(`:${line}:${column}`);
  await page.keyboard.press("Enter");
  await page.locator(QUICK_INPUT).waitFor({ state: "hidden" });
  // Not a substring match: "Ln 4, Col 1" is also in "Ln 4, Col 12".
  await page
    .locator("#status\\.editor\\.selection")
    .filter({ hasText: new RegExp(`Ln ${line}, Col ${column}\\b`) })
    .waitFor();
}

/**
 * The rendered lines of the active editor by their 1-based number (the gutter's line number at
 * the same height). Only lines scrolled into view are rendered.
 */
export async function numberedLines(page: Page): Promise<Map<number, string>> {
  const editor = activeEditor(page);
  const topOf = (style: string) => Number(/top:\s*(-?[\d.]+)px/.exec(style)?.[1] ?? NaN);
  const numbers = await editor
    .locator(".margin-view-overlays > div")
    .evaluateAll((els) => els.map((e) => ({ style: e.getAttribute("style") ?? "", text: e.querySelector(".line-numbers")?.textContent ?? "" })));
  const texts = await editor
    .locator(".view-lines .view-line")
    .evaluateAll((els) => els.map((e) => ({ style: e.getAttribute("style") ?? "", text: e.textContent ?? "" })));
  const lineAt = new Map<number, number>();
  for (const n of numbers) if (/^\d+$/.test(n.text.trim())) lineAt.set(topOf(n.style), Number(n.text.trim()));
  const lines = new Map<number, string>();
  for (const t of texts) {
    const line = lineAt.get(topOf(t.style));
    if (line !== undefined) lines.set(line, t.text.replace(/\u00a0/g, " "));
  }
  return lines;
}

/** The text of one line of the active editor, scrolling it into view first. */
export async function lineText(page: Page, line: number): Promise<string | undefined> {
  const shown = await numberedLines(page);
  if (shown.has(line)) return shown.get(line);
  await goTo(page, line);
  return (await numberedLines(page)).get(line);
}

// ------------------------------------------------------------------ Problems

export interface ProblemRow {
  message: string;
  /** The diagnostic's source ("seeds"). */
  source: string;
  /** The diagnostic's code: the rule id. */
  code: string;
  line: number;
  column: number;
}

export interface FileProblems {
  /** The file's absolute path. */
  path: string;
  rows: ProblemRow[];
}

/** Opens the Problems panel (it takes the keyboard focus: focus the editor again afterwards). */
export async function showProblems(page: Page): Promise<void> {
  const panel = page.locator(".markers-panel");
  if (await panel.isVisible()) return;
  await page.keyboard.press("Control+Shift+M");
  await panel.waitFor({ state: "visible" });
}

/** A marker row's text: the message, the source, the code and "[Ln 10, Col 18]", one per line. */
function parseMarkerRow(text: string): ProblemRow | undefined {
  const parts = text.split("\n").map((p) => p.trim());
  const where = /^\[Ln (\d+), Col (\d+)\]$/.exec(parts.at(-1) ?? "");
  if (!where || parts.length < 4) return undefined;
  return {
    message: parts.slice(0, -3).join("\n"),
    source: parts.at(-3)!,
    code: parts.at(-2)!,
    line: Number(where[1]),
    column: Number(where[2]),
  };
}

/**
 * The Problems panel (opened if needed) as files with their marker rows, in the panel's order.
 * Rows are read in on-screen order (the list is virtual: DOM order is not display order).
 */
export async function problemsByFile(page: Page): Promise<FileProblems[]> {
  await showProblems(page);
  const rows = await page.locator(".markers-panel .monaco-list-row").evaluateAll((els) =>
    els.map((e) => ({
      top: Number(/top:\s*(-?[\d.]+)px/.exec(e.getAttribute("style") ?? "")?.[1] ?? 0),
      // File rows carry the file's absolute path on their resource label.
      path: e.querySelector(".resource-label-container .monaco-icon-label")?.getAttribute("aria-label") ?? undefined,
      text: (e as unknown as { innerText: string }).innerText,
    })),
  );
  rows.sort((a, b) => a.top - b.top);
  const files: FileProblems[] = [];
  for (const row of rows) {
    if (row.path !== undefined) {
      files.push({ path: row.path, rows: [] });
      continue;
    }
    const marker = parseMarkerRow(row.text);
    if (marker) files.at(-1)?.rows.push(marker);
  }
  return files;
}

/** The marker rows of the file whose path ends with `relPath` (none when it has no row). */
export async function problemsOf(page: Page, relPath: string): Promise<ProblemRow[]> {
  const file = (await problemsByFile(page)).find((f) => f.path.endsWith(`/${relPath}`));
  return file?.rows ?? [];
}

// --------------------------------------------------------------- editor widgets

/** The suggest widget's rows (label, then the focused row's detail on the next line). */
export async function suggestRows(page: Page): Promise<string[]> {
  const rows = page.locator(SUGGEST_ROWS);
  await rows.first().waitFor({ state: "visible" });
  return (await rows.allInnerTexts()).map((t) => t.trim());
}

/** Waits for the suggest widget to list a row whose label is `label`; returns that row's text. */
export async function waitForSuggestion(page: Page, label: string): Promise<string> {
  const row = page
    .locator(SUGGEST_ROWS)
    .filter({ has: page.locator(".label-name", { hasText: label }) })
    .first();
  await row.waitFor({ state: "visible" });
  return (await row.innerText()).trim();
}

/** Shows the hover at the cursor (Ctrl+K Ctrl+I) and returns its text once it contains `expected`. */
export async function hoverAtCursor(page: Page, expected: string): Promise<string> {
  await page.keyboard.press("Control+K");
  await page.keyboard.press("Control+I");
  const hover = page.locator(".monaco-hover:not(.hidden)").filter({ hasText: expected }).first();
  await hover.waitFor({ state: "visible" });
  return hover.innerText();
}

/** Opens the quick outline (Ctrl+Shift+O) and returns its symbols' names. Leaves it open. */
export async function quickOutline(page: Page): Promise<string[]> {
  await page.keyboard.press("Control+Shift+O");
  const rows = page.locator(QUICK_INPUT_ROWS);
  await rows.first().waitFor({ state: "visible" });
  // The first row ("symbols (N)") appears with the list; wait until the document's symbols fill it.
  await page
    .locator(QUICK_INPUT_ROWS)
    .filter({ hasText: /symbols \(\d+\)/ })
    .first()
    .waitFor();
  return (await rows.locator(".label-name").allInnerTexts()).map((t) => t.trim());
}

export async function closeQuickInput(page: Page): Promise<void> {
  if (!(await page.locator(QUICK_INPUT).isVisible())) return;
  await page.keyboard.press("Escape");
  await page.locator(QUICK_INPUT).waitFor({ state: "hidden" });
}

/** Answers the input box titled `title` (an extension's showInputBox) with `value`. */
export async function answerInputBox(page: Page, title: string, value: string): Promise<void> {
  await page.locator(`${QUICK_INPUT} .quick-input-title`).filter({ hasText: title }).waitFor({ state: "visible" });
  const box = page.locator(QUICK_INPUT_BOX);
  await box.fill(value);
  // The extension validates the answer again when it is accepted.
  await page.keyboard.press("Enter");
  await page.locator(`${QUICK_INPUT} .quick-input-title`).filter({ hasText: title }).waitFor({ state: "hidden" });
}

/** In the multi-select quick pick titled `title`, checks each of `labels` (typed to filter the list), then presses OK. */
export async function pickMany(page: Page, title: string, labels: readonly string[]): Promise<void> {
  await page.locator(`${QUICK_INPUT} .quick-input-title`).filter({ hasText: title }).waitFor({ state: "visible" });
  for (const label of labels) {
    await page.locator(QUICK_INPUT_BOX).fill(label);
    const row = page
      .locator(QUICK_INPUT_ROWS)
      .filter({ has: page.locator(".label-name", { hasText: new RegExp(`^${label}$`) }) })
      .first();
    await row.locator(".monaco-checkbox").click();
    await page.locator(`${QUICK_INPUT_ROWS}[aria-checked="true"]`).filter({ hasText: label }).first().waitFor();
  }
  // Not Enter: the clicked checkbox has the focus, and Enter would uncheck it.
  await page.locator(QUICK_INPUT).getByRole("button", { name: "OK" }).click();
  await page.locator(`${QUICK_INPUT} .quick-input-title`).filter({ hasText: title }).waitFor({ state: "hidden" });
}

// ------------------------------------------------------------------ workbench

/** The language mode shown in the status bar ("Seed", "Markdown"). */
export async function statusBarLanguage(page: Page): Promise<string> {
  return (await page.locator("#status\\.editor\\.mode").innerText()).trim();
}

/** The active editor tab's label. */
export async function activeTab(page: Page): Promise<string> {
  return (await page.locator(".part.editor .editor-group-container.active .tab.active").first().innerText()).replace(/\s+/g, "");
}

/**
 * Reverts every modified editor and closes all editors, so that a scenario starts from the
 * files on disk whatever the previous one left open (also after a failure).
 */
export async function revertAndCloseAll(page: Page): Promise<void> {
  await closeQuickInput(page);
  const dirty = page.locator(".part.editor .tab.dirty");
  for (let left = await dirty.count(); left > 0; left--) {
    await dirty.first().click();
    await runCommand(page, "File: Revert File");
    // Fewer than `left` modified tabs: the last of them is gone.
    await dirty.nth(left - 1).waitFor({ state: "detached" });
  }
  if ((await page.locator(".part.editor .tab").count()) === 0) return;
  await runCommand(page, "View: Close All Editors");
  await page.locator(".part.editor .tab").first().waitFor({ state: "detached" });
}
