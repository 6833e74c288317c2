// @ts-nocheck
// Messages between the extension host and the preview webview. Kept free of `vscode` imports:
// the webview bundle and the tests share them.

/** Extension host → webview. */
export type ToWebview =
  /** New preview content (the renderer's HTML fragment). */
  /** New content; `line` is the editor's top line to stay at (the swap itself is not a user scroll). */
  | { type: "update"; html: string; line?: number; uri?: string }
  /** Scroll so that this 0-based source line is at the top (editor scrolled). */
  | { type: "scrollToLine"; line: number };

/** Webview → extension host. */
export type FromWebview =
  /** The webview (re)loaded: send the current content and scroll position. */
  | { type: "ready" }
  /** Show this source position in the editor (a finding was clicked in the summary, or a block double-clicked). */
  | { type: "reveal"; line: number; character: number }
  /** The user scrolled the preview; this source line is now at its top. */
  | { type: "didScroll"; line: number };

export function isFromWebview(value: unknown): value is FromWebview {
  if (typeof value !== "object" || value === null) return false;
  const message = value as Record<string, unknown>;
  const isLine = (n: unknown) => typeof n === "number" && Number.isInteger(n) && n >= 0;
  switch (message.type) {
    case "ready":
      return true;
    case "reveal":
      return isLine(message.line) && isLine(message.character);
    case "didScroll":
      return isLine(message.line);
    default:
      return false;
  }
}
