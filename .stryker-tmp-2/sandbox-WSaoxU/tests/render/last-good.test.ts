// @ts-nocheck
// The preview never fights the reader: while the seed is briefly unreadable (a half-typed
// frontmatter key), it keeps the last good render with a banner naming the problem, and its
// title (a regression test: it turned into "Untitled seed" with "—" everywhere, tab renamed).
import { describe, expect, it } from "vitest";
import { checkSeed, parseSeed } from "../../server/src/engine";
import { readProblem, renderPreview, renderStaleBanner } from "../../server/src/render";
import { LastGoodPreview } from "../../client/src/preview/last-good";
import { ScrollLeader } from "../../client/src/preview/scroll-leader";
import { fixture, TODAY } from "./helpers";

const reference = fixture("reference.txt");
/** `bonus_pct_hi` half typed after San Francisco's bonus_pct (line 18). */
const halfTyped = reference.replace("    bonus_pct: 5\n", "    bonus_pct: 5\n    bonus_pct_hi\n");
const check = (text: string) => checkSeed(text, { today: TODAY });

describe("reading problems", () => {
  it("names the YAML problem and its line, and nothing for a readable seed", () => {
    expect(readProblem(parseSeed(reference))).toBeUndefined();
    expect(readProblem(parseSeed(halfTyped))).toEqual({ line: 18, message: "Invalid YAML: Implicit keys need to be on a single line" });
    expect(readProblem(parseSeed("no frontmatter"))).toMatchObject({ line: 1 });
  });

  it("writes a banner that escapes the message", () => {
    expect(renderStaleBanner({ line: 3, message: "Unexpected <b> & more" })).toBe(
      `<p class="stale-banner" role="status"><strong>Line 3:</strong> Unexpected &lt;b&gt; &amp; more. <span class="stale-note">Showing the last readable version.</span></p>`,
    );
  });
});

describe("the last good render", () => {
  const uri = "file:///w/seeds/reference.txt";

  it("keeps the last good render and its title while a key is half typed, then follows again", () => {
    const pages = new LastGoodPreview();
    const good = pages.next(uri, check(reference), TODAY);
    expect(good).toEqual({ html: renderPreview(check(reference), { today: TODAY }), title: "Preview ML/AI Engineer · Weights & Biases", stale: false });

    const typing = pages.next(uri, check(halfTyped), TODAY);
    expect(typing.title).toBe("Preview ML/AI Engineer · Weights & Biases");
    expect(typing.stale).toBe(true);
    expect(typing.html).toBe(renderStaleBanner({ line: 18, message: "Invalid YAML: Implicit keys need to be on a single line" }) + good.html);

    const typed = reference.replace("    bonus_pct: 5\n", "    bonus_pct: 5\n    bonus_pct_high: 15\n");
    const done = pages.next(uri, check(typed), TODAY);
    expect(done).toEqual({ html: renderPreview(check(typed), { today: TODAY }), title: "Preview ML/AI Engineer · Weights & Biases", stale: false });
  });

  it("shows an unreadable seed as it is when there is no good render of that document", () => {
    const pages = new LastGoodPreview();
    pages.next("file:///w/seeds/other.md", check(reference), TODAY);
    const page = pages.next(uri, check(halfTyped), TODAY);
    expect(page).toEqual({ html: renderPreview(check(halfTyped), { today: TODAY }), title: "Preview Seed preview", stale: false });
    pages.clear();
    expect(pages.next("file:///w/seeds/other.md", check(halfTyped), TODAY).stale).toBe(false);
  });
});

describe("scroll leader", () => {
  it("leads from the reader's scroll until the lead time after the last one", () => {
    const leader = new ScrollLeader(600);
    expect(leader.leads(0)).toBe(false);
    leader.claim(1000);
    expect(leader.leads(1000)).toBe(true);
    leader.claim(1400);
    expect(leader.leads(1999)).toBe(true);
    expect(leader.leads(2000)).toBe(false);
    leader.claim(1200); // an older input never shortens the lead
    expect(leader.leads(1999)).toBe(true);
  });
});
