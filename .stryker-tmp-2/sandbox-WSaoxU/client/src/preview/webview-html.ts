// @ts-nocheck
// The webview's page: a strict CSP with a fresh nonce, our stylesheet and script from the
// extension's dist folder, and the rendered preview inside #preview-root (the script replaces
// that element's content on each update). Pure, so it is tested without VS Code.
import { escapeHtml } from "../../../server/src/render";

export interface WebviewPage {
  /** `webview.cspSource`: the origin of the extension's own files. */
  cspSource: string;
  nonce: string;
  styleUri: string;
  scriptUri: string;
  title: string;
  /** The renderer's HTML fragment. */
  content: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return `default-src 'none'; img-src ${cspSource} data:; style-src ${cspSource}; script-src 'nonce-${nonce}'; font-src ${cspSource}`;
}

export function webviewHtml(page: WebviewPage): string {
  return (
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(page.cspSource, page.nonce))}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${escapeHtml(page.title)}</title>\n` +
    `<link rel="stylesheet" href="${escapeHtml(page.styleUri)}">\n` +
    `</head>\n<body>\n<div id="preview-root">${page.content}</div>\n` +
    `<script nonce="${escapeHtml(page.nonce)}" src="${escapeHtml(page.scriptUri)}"></script>\n` +
    `</body>\n</html>\n`
  );
}
