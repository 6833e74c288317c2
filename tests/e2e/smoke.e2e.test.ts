import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { expect, it } from "vitest";
import {
  copyToTemp,
  editorText,
  findPrerequisites,
  launchBrowser,
  newPage,
  openFile,
  openWorkbench,
  screenshot,
  startCodeServer,
  type CodeServer,
} from "./harness";

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "smoke");
const FILE = "hello.md";

// Setup runs inside the test (not in beforeAll) so that a missing
// prerequisite shows as a FAILED test with the install command, never a skip.
it("e2e smoke: code-server in headless Chromium shows the workbench and opens a file with Ctrl+P", async () => {
  findPrerequisites(); // throws "... bash .ci/provision-e2e.sh ..." if not provisioned
  const firstLine = readFileSync(join(FIXTURE, FILE), "utf8").split("\n")[0] ?? "";
  expect(firstLine).not.toBe("");

  const workspace = await copyToTemp(FIXTURE);
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startCodeServer({ workspace });
    browser = await launchBrowser();
    const page = await newPage(browser);

    await openWorkbench(page, server.url, workspace);
    await openFile(page, FILE);
    await expect.poll(() => editorText(page), { timeout: 30_000 }).toContain(firstLine);
    await screenshot(page, "smoke-workbench");
  } finally {
    await browser?.close();
    await server?.stop();
    await rm(dirname(workspace), { recursive: true, force: true });
  }
}, 120_000);
