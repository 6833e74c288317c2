// The pure parts of the VS Code preview: scroll mapping, message validation, the webview page
// and its CSP, and the configuration the preview checks with.
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../server/src/engine";
import { isFromWebview } from "../../client/src/preview/messages";
import { configFromFile, withRuleSettings } from "../../client/src/preview/preview-config";
import { contentSecurityPolicy, webviewHtml } from "../../client/src/preview/webview-html";
import { lineForOffset, monotonicAnchors, offsetForLine } from "../../client/src/preview/webview/scroll-map";

describe("scroll map", () => {
  const anchors = [
    { line: 0, top: 100 },
    { line: 10, top: 300 },
    { line: 20, top: 400 },
  ];

  it("interpolates between anchors both ways", () => {
    expect(offsetForLine(anchors, 5)).toBe(200);
    expect(offsetForLine(anchors, 15)).toBe(350);
    expect(lineForOffset(anchors, 200)).toBe(5);
    expect(lineForOffset(anchors, 350)).toBe(15);
  });

  it("clamps before the first and after the last anchor", () => {
    expect(offsetForLine(anchors, -1)).toBe(100);
    expect(offsetForLine(anchors, 99)).toBe(400);
    expect(lineForOffset(anchors, 0)).toBe(0);
    expect(lineForOffset(anchors, 5000)).toBe(20);
    expect(offsetForLine([], 3)).toBe(0);
    expect(lineForOffset([], 3)).toBe(0);
  });

  it("ignores anchors out of source order or at the same offset", () => {
    expect(
      monotonicAnchors([
        { line: 0, top: 0 },
        { line: 41, top: 50 }, // a header field printed early
        { line: 10, top: 60 },
        { line: 12, top: 60 }, // hidden: no height of its own
        { line: 12, top: 80 },
      ]),
    ).toEqual([
      { line: 0, top: 0 },
      { line: 41, top: 50 },
    ]);
    expect(
      monotonicAnchors([
        { line: 0, top: 0 },
        { line: 10, top: 60 },
        { line: 10, top: 70 },
        { line: 11, top: 90 },
      ]),
    ).toEqual([
      { line: 0, top: 0 },
      { line: 10, top: 60 },
      { line: 11, top: 90 },
    ]);
  });
});

describe("messages from the webview", () => {
  it("accepts the three message kinds with whole, non-negative lines only", () => {
    expect(isFromWebview({ type: "ready" })).toBe(true);
    expect(isFromWebview({ type: "reveal", line: 53, character: 46 })).toBe(true);
    expect(isFromWebview({ type: "didScroll", line: 0 })).toBe(true);
    for (const bad of [
      null,
      "ready",
      { type: "reveal", line: 1 },
      { type: "didScroll", line: -1 },
      { type: "didScroll", line: 1.5 },
      { type: "reveal", line: "1", character: 0 },
      { type: "run", line: 1 },
    ]) {
      expect(isFromWebview(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe("webview page", () => {
  const page = webviewHtml({
    cspSource: "https://file+.vscode-resource.vscode-cdn.net",
    nonce: "n0Nce+/=",
    styleUri: "https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview.css",
    scriptUri: "https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview.js",
    title: "Preview </title><script>x</script>",
    content: `<main class="seed-preview"></main>`,
  });

  it("has the strict CSP: nothing by default, our files, and only the script with the nonce", () => {
    expect(contentSecurityPolicy("https://x.example", "abc")).toBe(
      "default-src 'none'; img-src https://x.example data:; style-src https://x.example; script-src 'nonce-abc'; font-src https://x.example",
    );
    const csp =
      "default-src 'none'; img-src https://file+.vscode-resource.vscode-cdn.net data:; style-src https://file+.vscode-resource.vscode-cdn.net; script-src 'nonce-n0Nce+/='; font-src https://file+.vscode-resource.vscode-cdn.net";
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${csp.replace(/'/g, "&#39;")}">`);
  });

  it("loads the stylesheet and the script from the extension, with no inline code", () => {
    expect(page).toContain(`<link rel="stylesheet" href="https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview.css">`);
    expect(page).toContain(`<script nonce="n0Nce+/=" src="https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview.js"></script>`);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toMatch(/<style|\sstyle=|\son[a-z]+=/);
    expect(page).toContain(`<title>Preview &lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>`);
    expect(page).toContain(`<div id="preview-root"><main class="seed-preview"></main></div>`);
  });
});

describe("preview configuration", () => {
  it("reads seeds.config.json and falls back to the defaults when it is missing or broken", () => {
    expect(configFromFile(undefined)).toBe(DEFAULT_CONFIG);
    expect(configFromFile("{ not json")).toBe(DEFAULT_CONFIG);
    expect(configFromFile(`{"rules": {"table-bonus-range": "off"}}`).rules).toEqual({ "table-bonus-range": "off" });
  });

  it("lets the seeds.rules setting override the file, ignoring malformed entries", () => {
    const file = configFromFile(`{"rules": {"table-bonus-range": "off", "heading-mismatch": "info"}}`);
    const merged = withRuleSettings(file, { "table-bonus-range": "error", "review-overdue": "off", bad: "loud", worse: 3 });
    expect(merged.rules).toEqual({ "table-bonus-range": "error", "heading-mismatch": "info", "review-overdue": "off" });
    expect(withRuleSettings(file, undefined)).toBe(file);
    expect(withRuleSettings(file, ["error"])).toBe(file);
  });
});
