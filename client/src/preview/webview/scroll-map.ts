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

/**
 * Linear interpolation between the anchors around `at`, read on the `from` axis (source line or
 * scroll offset) and answered on the other: the first anchor's value before the first anchor,
 * the last one's after the last.
 */
function interpolate(anchors: readonly Anchor[], from: "line" | "top", at: number): number {
  const to = from === "line" ? "top" : "line";
  if (anchors.length === 0) return 0;
  let index = -1;
  for (let i = 0; i < anchors.length && anchors[i]![from] <= at; i++) index = i;
  if (index === -1) return anchors[0]![to];
  const previous = anchors[index]!;
  const next = anchors[index + 1];
  if (!next) return previous[to];
  return previous[to] + ((at - previous[from]) / (next[from] - previous[from])) * (next[to] - previous[to]);
}

/** The offset to scroll to so that `line` is at the top. */
export function offsetForLine(anchors: readonly Anchor[], line: number): number {
  return interpolate(anchors, "line", line);
}

/** The source line at a scroll offset. */
export function lineForOffset(anchors: readonly Anchor[], offset: number): number {
  return Math.floor(interpolate(anchors, "top", offset));
}
