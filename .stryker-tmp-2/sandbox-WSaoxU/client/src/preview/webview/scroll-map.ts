// @ts-nocheck
// Source line ↔ vertical offset in the preview, from the elements that carry `data-line`.
// Between two anchors the position is interpolated, so scrolling through a long paragraph moves
// smoothly. Pure, so it can be tested without a browser.

export interface Anchor {
  line: number;
  /** Offset of the element's top from the top of the document, in CSS pixels. */
  top: number;
}

/**
 * Keeps anchors whose line and offset both increase: elements shown out of source order (the
 * header's fields, say) or hidden (zero height at the same offset) cannot guide scrolling.
 */
export function monotonicAnchors(candidates: readonly Anchor[]): Anchor[] {
  const result: Anchor[] = [];
  for (const anchor of candidates) {
    const last = result[result.length - 1];
    if (!last) result.push(anchor);
    else if (anchor.line > last.line && anchor.top > last.top) result.push(anchor);
    else if (anchor.line === last.line && anchor.top < last.top) result[result.length - 1] = anchor;
  }
  return result;
}

/** The offset to scroll to so that `line` is at the top. */
export function offsetForLine(anchors: readonly Anchor[], line: number): number {
  if (anchors.length === 0) return 0;
  let index = -1;
  for (let i = 0; i < anchors.length && anchors[i]!.line <= line; i++) index = i;
  if (index === -1) return anchors[0]!.top;
  const previous = anchors[index]!;
  const next = anchors[index + 1];
  if (!next) return previous.top;
  return previous.top + ((line - previous.line) / (next.line - previous.line)) * (next.top - previous.top);
}

/** The source line at a scroll offset. */
export function lineForOffset(anchors: readonly Anchor[], offset: number): number {
  if (anchors.length === 0) return 0;
  let index = -1;
  for (let i = 0; i < anchors.length && anchors[i]!.top <= offset; i++) index = i;
  if (index === -1) return anchors[0]!.line;
  const previous = anchors[index]!;
  const next = anchors[index + 1];
  if (!next) return previous.line;
  return Math.floor(previous.line + ((offset - previous.top) / (next.top - previous.top)) * (next.line - previous.line));
}
