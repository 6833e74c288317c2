// "Mark reviewed today" (model/mark-reviewed.ts): both review dates replaced, or no change at all.
import { describe, expect, it } from "vitest";
import { markReviewedFix, parseSeed } from "../../server/src/engine";
import { DEFAULT_CONFIG } from "../../server/src/engine/config";

const at = (text: string, value: string) => ({ start: text.indexOf(value), end: text.indexOf(value) + value.length });

describe("markReviewedFix", () => {
  const today = "2027-01-16";
  it("sets last_updated to today and next_review_due to today plus the interval", () => {
    const text = "---\nlast_updated: 2026-10-01\nnext_review_due: 2026-12-30\n---\n";
    expect(markReviewedFix({ seed: parseSeed(text), today, config: DEFAULT_CONFIG })).toEqual({
      title: "Mark reviewed today (last_updated: 2027-01-16, next_review_due: 2027-04-16)",
      safe: false,
      edits: [
        { ...at(text, "2026-10-01"), newText: "2027-01-16" },
        { ...at(text, "2026-12-30"), newText: "2027-04-16" },
      ],
    });
  });
  it("no change when a date has no value to replace", () => {
    const seed = parseSeed("---\nlast_updated: 2026-10-01\n---\n");
    expect(markReviewedFix({ seed, today, config: DEFAULT_CONFIG })).toBeUndefined();
  });
  it("no change, and no error, in a document without a frontmatter (the editor's command runs on any)", () => {
    const seed = parseSeed("# A guide without a frontmatter\n");
    expect(seed.nodes).toBeUndefined();
    expect(markReviewedFix({ seed, today, config: DEFAULT_CONFIG })).toBeUndefined();
  });
});
