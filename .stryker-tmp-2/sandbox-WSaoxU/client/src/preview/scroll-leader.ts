// @ts-nocheck
// Which side the reader is scrolling: the preview or the editor. With scroll sync on, each side
// follows the other; while the reader scrolls one side, the other's answers (the echo of the
// reveal it just made, a position sent before the reader's scroll arrived) must not pull it back.
// Pure, so the webview script, the extension host and the tests share it.

/** How long after the reader's last scroll input a side keeps the lead. */
export const READER_SCROLL_LEAD_MS = 600;

export class ScrollLeader {
  private until = Number.NEGATIVE_INFINITY;

  constructor(private readonly leadMs = READER_SCROLL_LEAD_MS) {}

  /** The reader scrolled (or started to: a wheel, a key, a drag) on this side at `now`. */
  claim(now: number): void {
    this.until = Math.max(this.until, now + this.leadMs);
  }

  /** Whether this side leads at `now`: positions from the other side are then ignored. */
  leads(now: number): boolean {
    return now < this.until;
  }
}
