// Hostile seeds in a real browser: script tags, event-handler attributes, javascript: links,
// `</style>` in values and a 10 MB body. Every payload sets window.__pwned or opens a dialog;
// neither may happen, and the page must still render.
import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { artifactPath, fileUrl, fixture, fixturePath, launchChromium, runCli, TODAY } from "./helpers";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Watched {
  page: Page;
  dialogs: string[];
  requests: string[];
}

async function openWatched(path: string): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(fileUrl(path), { waitUntil: "load" });
  return { page, dialogs, requests };
}

function render(input: string, output: string): void {
  const run = runCli(["render", input, "-o", output, "--today", TODAY]);
  if (run.status !== 0) throw new Error(`seeds render failed: ${run.stderr}`);
}

describe("hostile seeds in Chromium", () => {
  it("runs nothing from the seed, even when the reader hovers and clicks around", async () => {
    const out = artifactPath("hostile.html");
    render(fixturePath("hostile.md"), out);
    const { page, dialogs, requests } = await openWatched(out);
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    // Give mouse-triggered payloads (onmouseover, onclick) their chance. Best effort: an element
    // a broken page would hide must not stop the checks below.
    for (const selector of [".chip", "h1.company", "p.role", ".badge-role-type", "g.bar-group", ".seed-body td", ".seed-body li"]) {
      for (const element of await page.locator(selector).all()) await element.hover({ force: true, timeout: 2000 }).catch(() => undefined);
    }
    // Links that stay on the page (a click on the web link would leave it).
    for (const link of await page.locator('a[href^="#"]').all()) await link.click({ timeout: 2000 }).catch(() => undefined);
    await page.screenshot({ path: artifactPath("hostile-light.png"), fullPage: true });
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([fileUrl(out)]);
    expect(await page.evaluate("document.scripts.length")).toBe(0);
    expect(await page.evaluate("document.querySelectorAll('style').length")).toBe(1);
    expect(await page.evaluate("document.querySelectorAll('iframe, img, object, embed, foreignObject').length")).toBe(0);
    expect(
      await page.evaluate("[...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('on'))"),
    ).toEqual([]);
    expect(await page.evaluate("[...document.links].map((a) => a.protocol).filter((p) => p !== 'https:' && p !== 'file:')")).toEqual([]);
    // The payloads are shown as text; the title, region names and values are all inert.
    expect(await page.title()).toBe(
      "<script>window.__pwned='role'</script>Hacker · <img src=x onerror=\"window.__pwned='company'\">Evil</style><script>window.__pwned='style'</script>",
    );
    expect(await page.locator("h1.company").textContent()).toBe(
      "<img src=x onerror=\"window.__pwned='company'\">Evil</style><script>window.__pwned='style'</script>",
    );
    expect(await page.locator("g.bar-group").first().getAttribute("data-region")).toBe("</style><script>window.__pwned='region'</script>");
    // `</style>` in a value did not end the stylesheet: the page is still styled.
    expect(await page.locator(".seed-header").evaluate((e) => (globalThis as any).getComputedStyle(e).borderTopStyle)).toBe("solid");
    await page.close();
  });

  it("renders a 10 MB hostile body: the page shows, nothing runs", async () => {
    const payload =
      "<script>window.__pwned='big'</script> <img src=x onerror=\"window.__pwned='big-img'\"> [x](javascript:window.__pwned='big-link') $250K base.\n\n" +
      "- </style><script>alert('big')</script>\n\n";
    const input = artifactPath("hostile-10mb.md");
    writeFileSync(input, fixture("hostile.md") + payload.repeat(Math.ceil((10 * 1024 * 1024) / payload.length)));
    const out = artifactPath("hostile-10mb.html");
    const started = performance.now();
    render(input, out);
    console.log(`seeds render of a 10 MB seed (process, check + render + write): ${(performance.now() - started).toFixed(0)} ms`);
    const { page, dialogs } = await openWatched(out);
    expect(await page.locator("header.seed-header").isVisible()).toBe(true);
    expect(await page.locator(".truncated-notice").textContent()).toMatch(/^The rest of the body \([\d,]+ characters\) is not shown in the preview\.$/);
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
