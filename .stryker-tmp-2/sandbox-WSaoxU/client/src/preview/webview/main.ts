// @ts-nocheck
// The preview webview's script (bundled to dist/preview.js, loaded with the page's nonce).
// It swaps in new content, keeps the preview and the editor scrolled together, and turns
// clicks on findings into "reveal in editor". No inline handlers: the CSP allows only this file.
import type { FromWebview, ToWebview } from "../messages";
import { asElement, browser, type DomElement } from "./dom";
import { ScrollLeader } from "../scroll-leader";
import { lineForOffset, monotonicAnchors, offsetForLine, type Anchor } from "./scroll-map";

const { document, window } = browser;
const vscode = browser.acquireVsCodeApi?.();
const post = (message: FromWebview) => vscode?.postMessage(message);

/** Elements that follow the source order (the header's fields and the summary do not). */
const ANCHORS = ".seed-header, .charts, .bar-group, .seed-body [data-line]";

function root(): DomElement | null {
  return document.getElementById("preview-root");
}

function anchors(): Anchor[] {
  const elements = root()?.querySelectorAll(ANCHORS) ?? [];
  // The top of the page (the findings summary) goes with the first line of the file.
  const candidates: Anchor[] = [{ line: 0, top: 0 }];
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    const line = Number(element.getAttribute("data-line"));
    const rect = element.getBoundingClientRect();
    if (Number.isInteger(line) && rect.height > 0) candidates.push({ line, top: rect.top + window.scrollY });
  }
  return monotonicAnchors(candidates);
}

// The offset we scrolled to on the editor's behalf: the scroll event it causes is not the
// user's, and must not be sent back (or editor and preview would chase each other).
let programmaticTarget: number | undefined;
let scrollFramePending = false;
// Set while new content is swapped in: the browser clamping the scroll offset to a shorter page
// is not the user scrolling, and must not move the editor.
let swapping = false;

// A scroll the reader starts here wins: while it lasts, positions from the editor (including the
// echo of the reveal this preview asked for) do not move the preview.
const reader = new ScrollLeader();
const now = () => window.performance.now();

/** Scrolls to the editor's line, unless the reader is scrolling the preview. */
function followEditor(line: number): void {
  if (!reader.leads(now())) scrollToLine(line);
}

function scrollToLine(line: number): void {
  const maxOffset = Math.max(0, document.documentElement.scrollHeight - window.innerHeight);
  const target = Math.round(Math.min(maxOffset, Math.max(0, offsetForLine(anchors(), line))));
  if (Math.abs(target - window.scrollY) < 1) return;
  programmaticTarget = target;
  window.scrollTo({ top: target, behavior: "instant" });
}

function onScroll(): void {
  if (swapping) return;
  if (programmaticTarget !== undefined) {
    const ours = Math.abs(window.scrollY - programmaticTarget) < 2;
    programmaticTarget = undefined;
    if (ours) return;
  }
  reader.claim(now());
  if (scrollFramePending) return;
  scrollFramePending = true;
  window.requestAnimationFrame(() => {
    scrollFramePending = false;
    post({ type: "didScroll", line: lineForOffset(anchors(), window.scrollY) });
  });
}

function flash(element: DomElement): void {
  element.classList.add("flash");
  element.scrollIntoView({ block: "center" });
  element.addEventListener("animationend", () => element.classList.remove("flash"), { once: true });
}

function onClick(event: { target: unknown; preventDefault(): void }): void {
  const link = asElement(event.target)?.closest(".finding-link");
  if (!link) return;
  event.preventDefault();
  const href = link.getAttribute("href");
  const element = href?.startsWith("#") ? document.getElementById(href.slice(1)) : null;
  if (element) flash(element);
  const line = Number(link.getAttribute("data-reveal-line"));
  const character = Number(link.getAttribute("data-reveal-character") ?? "0");
  if (Number.isInteger(line) && line >= 0) post({ type: "reveal", line, character: Number.isInteger(character) && character >= 0 ? character : 0 });
}

function onDoubleClick(event: { target: unknown }): void {
  const block = asElement(event.target)?.closest("[data-line]");
  const line = Number(block?.getAttribute("data-line"));
  if (block && Number.isInteger(line) && line >= 0) post({ type: "reveal", line, character: 0 });
}

function onMessage(event: { data: unknown }): void {
  const message = event.data as ToWebview;
  if (message?.type === "update" && typeof message.html === "string") {
    const container = root();
    swapping = true;
    if (container) container.innerHTML = message.html;
    if (typeof message.line === "number") followEditor(message.line);
    // Which seed this is, so that VS Code can restore the preview after a reload.
    if (typeof message.uri === "string") vscode?.setState({ uri: message.uri });
    // Scroll events from the swap arrive before the second frame after it.
    window.requestAnimationFrame(() => window.requestAnimationFrame(() => (swapping = false)));
  } else if (message?.type === "scrollToLine" && typeof message.line === "number") {
    followEditor(message.line);
  }
}

window.addEventListener("message", onMessage);
window.addEventListener("scroll", onScroll, { passive: true });
// The reader's intent to scroll arrives before the scroll itself: a position the editor sends in
// between must not undo it.
for (const type of ["wheel", "touchstart", "keydown", "mousedown"] as const) window.addEventListener(type, () => reader.claim(now()), { passive: true });
document.addEventListener("click", onClick);
document.addEventListener("dblclick", onDoubleClick);
post({ type: "ready" });
