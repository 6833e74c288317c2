// The page `seeds render` writes, in Debian's Chromium: light and dark screenshots (saved to
// tests/render/artifacts/), chart geometry measured in the DOM, findings on the right cells,
// summary links that scroll, and not a single network request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { artifactPath, fileUrl, fixturePath, launchChromium, runCli, TODAY } from "./helpers";

const SEEDS = { reference: "reference.txt", "multi-currency": "multi-currency.md", drift: "drift.md" } as const;
type Name = keyof typeof SEEDS;

let browser: Browser;
const pagePath = (name: Name) => artifactPath(`${name}.html`);

beforeAll(async () => {
  for (const [name, file] of Object.entries(SEEDS)) {
    const run = runCli(["render", fixturePath(file), "-o", pagePath(name as Name), "--today", TODAY]);
    if (run.status !== 0) throw new Error(`seeds render ${file} failed: ${run.stderr}`);
  }
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Loaded {
  page: Page;
  requests: string[];
  consoleErrors: string[];
}

async function open(name: Name, colorScheme: "light" | "dark" = "light", viewport = { width: 1000, height: 700 }): Promise<Loaded> {
  const page = await browser.newPage({ viewport });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  await page.emulateMedia({ colorScheme });
  await page.goto(fileUrl(pagePath(name)), { waitUntil: "load" });
  return { page, requests, consoleErrors };
}

describe("the rendered page in Chromium", () => {
  it("renders in light and dark (screenshots in tests/render/artifacts/)", async () => {
    const backgrounds: Record<string, string> = {};
    for (const name of Object.keys(SEEDS) as Name[]) {
      for (const scheme of ["light", "dark"] as const) {
        const { page, consoleErrors } = await open(name, scheme);
        await page.screenshot({ path: artifactPath(`${name}-${scheme}.png`), fullPage: true });
        backgrounds[`${name}-${scheme}`] = await page.evaluate("getComputedStyle(document.body).backgroundColor");
        // A CSP that blocked our own stylesheet would show up here.
        expect(consoleErrors).toEqual([]);
        await page.close();
      }
    }
    expect(backgrounds["reference-light"]).toBe("rgb(255, 255, 255)");
    expect(backgrounds["reference-dark"]).toBe("rgb(13, 17, 23)");
  });

  it("makes no network request: the document is the only thing loaded", async () => {
    for (const name of Object.keys(SEEDS) as Name[]) {
      const { page, requests } = await open(name);
      expect(requests).toEqual([fileUrl(pagePath(name))]);
      await page.close();
    }
  });

  it("draws one bar group per region, in one chart per currency", async () => {
    const { page } = await open("reference");
    expect(await page.locator("g.bar-group").evaluateAll((groups) => groups.map((g) => g.getAttribute("data-region")))).toEqual([
      "San Francisco",
      "New York",
      "London",
    ]);
    expect(await page.locator('figure.chart[data-currency="USD"] g.bar-group').count()).toBe(2);
    expect(await page.locator('figure.chart[data-currency="GBP"] g.bar-group').count()).toBe(1);
    await page.close();
  });

  it("draws bars whose on-screen widths and offsets are proportional to the amounts (within 1%)", async () => {
    const { page } = await open("multi-currency");
    for (const currency of ["USD", "GBP", "EUR", "CHF", "JPY"]) {
      const chart = page.locator(`figure.chart[data-currency="${currency}"]`);
      const zeroLine = (await chart.locator("line.grid").first().boundingBox())!;
      const origin = zeroLine.x + zeroLine.width / 2;
      const bars = await chart.locator("rect.bar").all();
      expect(bars.length).toBe((currency === "USD" ? 2 : 1) * 3);
      const widthPerUnit: number[] = [];
      const offsetPerUnit: number[] = [];
      for (const bar of bars) {
        const box = (await bar.boundingBox())!;
        const low = Number(await bar.getAttribute("data-low"));
        const high = Number(await bar.getAttribute("data-high"));
        widthPerUnit.push(box.width / (high - low));
        offsetPerUnit.push((box.x - origin) / low);
      }
      // Every bar of the chart uses the same pixels per currency unit, for widths and positions alike.
      const all = [...widthPerUnit, ...offsetPerUnit];
      expect(Math.max(...all) / Math.min(...all), `${currency}: ${all.join(", ")}`).toBeLessThan(1.01);
    }
    await page.close();
  });

  it("marks exactly the three Bonus cells of the reference seed as warnings", async () => {
    const { page } = await open("reference");
    const marked = page.locator(".finding");
    expect(await marked.count()).toBe(3);
    for (let row = 0; row < 3; row++) {
      const cell = page.locator(`.seed-body tbody tr:nth-child(${row + 1}) td:nth-child(4)`);
      expect(await cell.getAttribute("class")).toBe("finding finding-warning");
      expect(await cell.textContent()).toBe("5–15%");
      expect(await cell.getAttribute("data-line")).toBe(String(53 + row));
      expect(await cell.getAttribute("title")).toMatch(
        /^The bonus for (San Francisco|New York|London) is the range 5–15% in the table, but the frontmatter has only 'bonus_pct: 5'/,
      );
    }
    // The warning tint differs from an ordinary cell's background.
    // The project's tsconfig has no DOM lib: reach the browser's getComputedStyle through globalThis.
    const background = (cell: unknown): string => (globalThis as any).getComputedStyle(cell).backgroundColor;
    const tint = await page.locator("td.finding").first().evaluate(background);
    const plain = await page.locator(".seed-body tbody td").first().evaluate(background);
    expect(tint).not.toBe(plain);
    await page.close();
  });

  it("scrolls to the marked element when a summary entry is clicked, without any script", async () => {
    const { page } = await open("reference");
    const target = page.locator("#finding-3");
    const before = (await target.boundingBox())!;
    expect(before.y).toBeGreaterThan(700);
    await page.locator(".finding-link").nth(2).click();
    await page.waitForURL(/#finding-3$/);
    const after = (await target.boundingBox())!;
    expect(after.y).toBeGreaterThanOrEqual(0);
    expect(after.y + after.height).toBeLessThanOrEqual(700);
    expect(await page.evaluate("document.scripts.length")).toBe(0);
    await page.close();
  });
});
