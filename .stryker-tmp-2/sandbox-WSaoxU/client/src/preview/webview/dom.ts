// @ts-nocheck
// The few browser APIs the webview script uses, typed here because the project's one tsconfig
// targets Node (no DOM lib); adding the DOM lib there would change types for every module.

export interface DomRect {
  top: number;
  height: number;
}

export interface DomElement {
  readonly id: string;
  innerHTML: string;
  readonly classList: { add(name: string): void; remove(name: string): void };
  getAttribute(name: string): string | null;
  closest(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getBoundingClientRect(): DomRect;
  scrollIntoView(options?: { block?: "start" | "center" | "nearest" }): void;
  addEventListener(type: "animationend", listener: () => void, options?: { once?: boolean }): void;
}

export interface DomEvent {
  readonly target: unknown;
  preventDefault(): void;
}

export interface DomDocument {
  readonly documentElement: { readonly scrollHeight: number };
  getElementById(id: string): DomElement | null;
  querySelector(selector: string): DomElement | null;
  addEventListener(type: "click" | "dblclick", listener: (event: DomEvent) => void): void;
}

export interface DomWindow {
  readonly scrollY: number;
  readonly innerHeight: number;
  readonly performance: { now(): number };
  scrollTo(options: { top: number; behavior?: "auto" | "instant" }): void;
  addEventListener(type: "scroll" | "wheel" | "touchstart" | "keydown" | "mousedown", listener: () => void, options?: { passive?: boolean }): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  requestAnimationFrame(callback: () => void): number;
}

export interface VsCodeApi {
  postMessage(message: unknown): void;
  /** Kept by VS Code across reloads and handed to the panel serializer. */
  setState(state: unknown): void;
}

interface BrowserGlobals {
  document: DomDocument;
  window: DomWindow;
  acquireVsCodeApi?: () => VsCodeApi;
}

export const browser = globalThis as unknown as BrowserGlobals;

/** Event targets are elements or text nodes; only elements can be matched against selectors. */
export function asElement(target: unknown): DomElement | null {
  return target !== null && typeof target === "object" && "closest" in target ? (target as DomElement) : null;
}
