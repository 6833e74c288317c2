// The VS Code webview's page and script (dist/preview.js) in Chromium, with a stand-in for
// acquireVsCodeApi that records what the script posts. The page is the one the extension
// builds, under the same CSP (the extension's origin is file: here).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { READER_SCROLL_LEAD_MS } from "../../client/src/preview/scroll-leader";
import { webviewHtml } from "../../client/src/preview/webview-html";
import { checkSeed } from "../../server/src/engine";
import { renderPreview } from "../../server/src/render";
import { artifactPath, fileUrl, fixture, launchChromium, REPO, TODAY } from "./helpers";

const DIST = join(REPO, "dist");
let browser: Browser;
let page: Page;
let violations: string[];
let pagePath: string;

/** Runs before the page's own script: records messages and CSP violations. */
const STAND_IN = `
  window.__posted = [];
  window.acquireVsCodeApi = () => ({ postMessage: (message) => window.__posted.push(message) });
  document.addEventListener("securitypolicyviolation", (event) => (window.__violations ??= []).push(event.violatedDirective));
`;

const posted = async (): Promise<any[]> => page.evaluate("window.__posted");
/** Two animation frames: the script sends scroll positions from requestAnimationFrame. */
const frames = () => page.evaluate("new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))");
const send = (message: unknown) => page.evaluate(`window.postMessage(${JSON.stringify(message)}, "*")`);

beforeAll(async () => {
  const content = renderPreview(checkSeed(fixture("reference.txt"), { today: TODAY }), { today: TODAY });
  pagePath = artifactPath("webview.html");
  writeFileSync(
    pagePath,
    webviewHtml({
      cspSource: "file:",
      nonce: "dGVzdC1ub25jZQ==",
      styleUri: fileUrl(join(DIST, "preview.css")),
      scriptUri: fileUrl(join(DIST, "preview.js")),
      title: "Preview",
      content,
    }),
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

// waitForFunction gets functions, not strings: polling a string predicate needs eval, which the
// page's CSP forbids. The functions run in the page, where globalThis is its window.
beforeEach(async () => {
  await page?.close();
  page = await browser.newPage({ viewport: { width: 900, height: 600 } });
  violations = [];
  page.on("console", (message) => {
    if (message.type() === "error") violations.push(message.text());
  });
  await page.addInitScript(STAND_IN);
  await page.goto(fileUrl(pagePath), { waitUntil: "load" });
  await page.waitForFunction(() => (globalThis as any).__posted.length > 0);
});

describe("the preview webview", () => {
  it("loads our stylesheet and script under the CSP and says it is ready", async () => {
    expect(await posted()).toEqual([{ type: "ready" }]);
    expect(await page.evaluate("window.__violations ?? []")).toEqual([]);
    expect(violations).toEqual([]);
    expect(await page.locator(".seed-header").evaluate((e) => (globalThis as any).getComputedStyle(e).borderTopStyle)).toBe("solid");
  });

  it("blocks any script without the nonce", async () => {
    await page.evaluate(`(() => { const s = document.createElement("script"); s.textContent = "window.__injected = 1"; document.body.append(s); })()`);
    expect(await page.evaluate("window.__injected")).toBeUndefined();
    expect(await page.evaluate("window.__violations")).toEqual(["script-src-elem"]);
  });

  it("scrolls to the editor's line without echoing a scroll back", async () => {
    const cell = page.locator('td[data-line="53"]');
    await send({ type: "scrollToLine", line: 53 });
    await page.waitForFunction(() => (globalThis as any).scrollY > 0);
    await frames();
    // Line 53 is the table's first row; the nearest anchor at or above it is that row.
    const box = (await cell.boundingBox())!;
    expect(Math.abs(box.y)).toBeLessThanOrEqual(1);
    expect(await posted()).toEqual([{ type: "ready" }]);
  });

  it("tells the editor which line is at the top when the reader scrolls", async () => {
    await page.mouse.move(400, 300);
    await page.mouse.wheel(0, 900);
    await page.waitForFunction(() => (globalThis as any).__posted.some((m: { type: string }) => m.type === "didScroll"));
    const scroll = (await posted()).filter((m) => m.type === "didScroll").at(-1);
    // Whatever block is now at the top starts at or before the line reported, and the next one after it.
    const line: number = scroll.line;
    const anchors: { line: number; top: number }[] = await page.evaluate(
      "[...document.querySelectorAll('.seed-header, .charts, .bar-group, .seed-body [data-line]')].map((e) => ({ line: Number(e.dataset.line), top: e.getBoundingClientRect().top }))",
    );
    const above = anchors.filter((a) => a.top <= 0.5).map((a) => a.line);
    const below = anchors.filter((a) => a.top > 0.5).map((a) => a.line);
    expect(line).toBeGreaterThanOrEqual(Math.max(...above));
    expect(line).toBeLessThan(Math.min(...below.filter((l) => l > Math.max(...above))));
  });

  it("turns a click on a summary entry into 'reveal' and jumps to the marked cell", async () => {
    await page.locator(".finding-link").nth(1).click();
    expect((await posted()).filter((m) => m.type === "reveal")).toEqual([{ type: "reveal", line: 54, character: 41 }]);
    expect(await page.locator("#finding-2").getAttribute("class")).toBe("finding finding-warning flash");
    const box = (await page.locator("#finding-2").boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThan(600);
  });

  it("reveals the source line of a double-clicked block", async () => {
    await page.locator("h3").first().dblclick();
    expect((await posted()).filter((m) => m.type === "reveal")).toEqual([{ type: "reveal", line: 47, character: 0 }]);
  });

  it("replaces the content on update", async () => {
    await send({ type: "update", html: `<main class="seed-preview"><p data-line="0" id="updated">New text</p></main>` });
    await page.waitForSelector("#updated");
    expect(await page.locator("#preview-root").innerHTML()).toBe(`<main class="seed-preview"><p data-line="0" id="updated">New text</p></main>`);
  });

  it("does not move the editor when new, shorter content clamps the scroll offset", async () => {
    await send({ type: "scrollToLine", line: 80 });
    await page.waitForFunction(() => (globalThis as any).scrollY > 0);
    await frames();
    await send({ type: "update", html: `<main class="seed-preview"><p data-line="0" id="short">Short</p></main>`, line: 0 });
    await page.waitForSelector("#short");
    await frames();
    await frames();
    expect(await page.evaluate("window.scrollY")).toBe(0);
    expect((await posted()).filter((m) => m.type === "didScroll")).toEqual([]);
  });

  // The variables VS Code defines in every webview, with Dark+ and High Contrast values.
  const DARK_PLUS = {
    "--vscode-editor-background": "#1e1e1e",
    "--vscode-editor-foreground": "#d4d4d4",
    "--vscode-descriptionForeground": "rgba(204, 204, 204, 0.7)",
    "--vscode-panel-border": "rgba(128, 128, 128, 0.35)",
    "--vscode-textBlockQuote-background": "rgba(127, 127, 127, 0.1)",
    "--vscode-textLink-foreground": "#3794ff",
    "--vscode-textCodeBlock-background": "rgba(10, 10, 10, 0.4)",
    "--vscode-editorError-foreground": "#f14c4c",
    "--vscode-editorWarning-foreground": "#cca700",
    "--vscode-editorInfo-foreground": "#3794ff",
    "--vscode-charts-blue": "#3794ff",
    "--vscode-charts-purple": "#b180d7",
    "--vscode-charts-green": "#89d185",
    "--vscode-editorIndentGuide-background1": "#404040",
    "--vscode-focusBorder": "#007fd4",
  };
  const HIGH_CONTRAST = {
    ...DARK_PLUS,
    "--vscode-editor-background": "#000000",
    "--vscode-editor-foreground": "#ffffff",
    "--vscode-descriptionForeground": "rgba(255, 255, 255, 0.7)",
    "--vscode-panel-border": "#6fc3df",
    "--vscode-textBlockQuote-background": "#000000",
    "--vscode-contrastBorder": "#6fc3df",
    "--vscode-contrastActiveBorder": "#f38518",
    "--vscode-editorIndentGuide-background1": "#ffffff",
  };

  async function theme(bodyClass: string, variables: Record<string, string>): Promise<void> {
    await page.evaluate(`(() => {
      document.body.className = ${JSON.stringify(bodyClass)};
      for (const [name, value] of Object.entries(${JSON.stringify(variables)})) document.documentElement.style.setProperty(name, value);
    })()`);
  }

  it("takes its colours from a dark VS Code theme", async () => {
    await theme("vscode-dark", DARK_PLUS);
    expect(await page.evaluate("getComputedStyle(document.body).backgroundColor")).toBe("rgb(30, 30, 30)");
    expect(
      await page
        .locator("rect.bar-base")
        .first()
        .evaluate((e) => (globalThis as any).getComputedStyle(e).fill),
    ).toBe("rgb(55, 148, 255)");
    await page.screenshot({ path: artifactPath("webview-dark.png"), fullPage: true });
  });

  it("uses outlines instead of tints in high contrast themes", async () => {
    await theme("vscode-high-contrast", HIGH_CONTRAST);
    const cell = page.locator("td.finding").first();
    expect(await cell.evaluate((e) => (globalThis as any).getComputedStyle(e).outlineStyle)).toBe("dashed");
    expect(await cell.evaluate((e) => (globalThis as any).getComputedStyle(e).outlineColor)).toBe("rgb(243, 133, 24)");
    await page.screenshot({ path: artifactPath("webview-high-contrast.png"), fullPage: true });
  });
});

describe("the reader's scroll wins over the editor's", () => {
  // A regression test: wheel-scrolling the preview snapped back (0 → 500 → 73 → 0) because the
  // editor's answers to the preview's own reveal were sent back to it.
  it("keeps the reader's position when the editor's positions arrive while the reader scrolls", async () => {
    await page.mouse.move(400, 300);
    await page.mouse.wheel(0, 500);
    await page.waitForFunction(() => (globalThis as any).__posted.some((m: { type: string }) => m.type === "didScroll"));
    const scrolled = (await page.evaluate("window.scrollY")) as number;
    expect(scrolled).toBe(500);
    await send({ type: "scrollToLine", line: 3 });
    await send({ type: "scrollToLine", line: 0 });
    await frames();
    expect(await page.evaluate("window.scrollY")).toBe(500);
  });

  it("follows the editor again once the reader's lead is over", async () => {
    await page.mouse.move(400, 300);
    await page.mouse.wheel(0, 500);
    await page.waitForFunction(() => (globalThis as any).__posted.some((m: { type: string }) => m.type === "didScroll"));
    const scrolledAt = (await page.evaluate("performance.now()")) as number;
    await page.waitForFunction((after) => (globalThis as any).performance.now() > after, scrolledAt + READER_SCROLL_LEAD_MS);
    await send({ type: "scrollToLine", line: 0 });
    await page.waitForFunction(() => (globalThis as any).scrollY === 0);
    expect(await page.evaluate("window.scrollY")).toBe(0);
  });
});
