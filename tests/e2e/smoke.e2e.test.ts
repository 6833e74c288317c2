import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
} from './harness';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'smoke');
const FILE = 'hello.md';

describe('e2e smoke: code-server in headless Chromium', () => {
  let workspace: string;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    findPrerequisites(); // throws with the install command if not provisioned
    workspace = await copyToTemp(FIXTURE);
    server = await startCodeServer({ workspace });
    browser = await launchBrowser();
    page = await newPage(browser);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (workspace) await rm(dirname(workspace), { recursive: true, force: true });
  });

  it('shows the workbench and opens a markdown file with Ctrl+P', async () => {
    const firstLine = readFileSync(join(FIXTURE, FILE), 'utf8').split('\n')[0] ?? '';
    expect(firstLine).not.toBe('');
    await openWorkbench(page, server!.url, workspace);
    await openFile(page, FILE);
    await expect.poll(() => editorText(page), { timeout: 30_000 }).toContain(firstLine);
    await screenshot(page, 'smoke-workbench');
  }, 120_000);
});
