// Shared by the render tests: fixtures, the page `seeds render` writes, the CLI as a process,
// and Debian's Chromium through playwright-core (never downloaded, never skipped).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { checkSeed } from "../../server/src/engine";
import { renderStandalonePage } from "../../server/src/render";

export const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(HERE, "..", "..");
export const ARTIFACTS = join(HERE, "artifacts");
export const FIXTURES = join(HERE, "fixtures");
export const CLI = join(REPO, "dist", "cli.js");
/** Every render test checks against this date: the reference seed is then not overdue. */
export const TODAY = "2026-03-01";

export function fixturePath(name: string): string {
  return join(FIXTURES, name);
}

export function fixture(name: string): string {
  return readFileSync(fixturePath(name), "utf8");
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

export const previewCss = () => readFileSync(join(REPO, "server", "src", "render", "preview.css"), "utf8");
export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

const STYLE_BLOCK = /<style>[\s\S]*?<\/style>/;
/**
 * A page as its golden file holds it: the inline stylesheet, a copy of preview.css, stands as a
 * marker. Nothing is lost: the page's CSP pins the stylesheet's exact bytes by their SHA-256.
 */
export function goldenForm(html: string): string {
  return html.replace(STYLE_BLOCK, "<style>/* server/src/render/preview.css, pinned by the CSP hash */</style>");
}

/** The page `seeds render` writes for this text, rendered in-process. */
export function standalonePage(text: string, today = TODAY): string {
  return renderStandalonePage(checkSeed(text, { today }), { today, css: previewCss(), sha256 });
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], cwd = REPO): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first with 'node build.mjs'`);
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: install chromium: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export const fileUrl = (path: string) => `file://${path}`;
