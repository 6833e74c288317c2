// Hover on an amount in the levers or the strategy quote: the ranges amount-out-of-range checked
// it against, or why it was not checked. Hover through a merge key: what `<<: *us` brings in.
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, parseSeed } from "../../server/src/engine";
import { hoverAt } from "../../server/src/lsp/features/hover";
import { CLEAN, MERGED, variant, withLevers } from "../engine/fixtures";

const env = { config: DEFAULT_CONFIG, today: "2026-11-28" };

/** The hover's Markdown and its range (0-based line, characters) at the n-th occurrence of `target`. */
function hover(text: string, target: string, occurrence = 0): { value: string; range: string } | undefined {
  let at = text.indexOf(target);
  for (let n = 0; n < occurrence; n++) at = text.indexOf(target, at + 1);
  const result = hoverAt(parseSeed(text), at + 1, env);
  if (!result) return undefined;
  const { start, end } = result.range!;
  return { value: (result.contents as { value: string }).value, range: `${start.line}:${start.character}-${end.line}:${end.character}` };
}

const SAN_FRANCISCO_NEW_YORK = ["Checked against the base ranges in USD:", "", "- San Francisco: base $195K–$255K", "- New York: base $190K–$250K"];

describe("hover on an amount in the prose", () => {
  it("an ask inside a range lists the ranges it was checked against", () => {
    expect(hover(withLevers('1. "I need $250K base."'), "$250K base.")).toEqual({
      value: ["**$250K base** lies inside a frontmatter range it could refer to.", "", ...SAN_FRANCISCO_NEW_YORK].join("\n"),
      range: "70:11-70:16",
    });
  });

  it("an ask outside every range says so, with the same ranges", () => {
    expect(hover(withLevers('1. "I need $300K base."'), "$300K")?.value).toBe(
      ["**$300K base** is outside every range it could refer to.", "", ...SAN_FRANCISCO_NEW_YORK].join("\n"),
    );
  });

  it("an ask whose kind is not said is checked against every kind of range in its currency", () => {
    expect(hover(withLevers('1. "My floor is $180K."'), "$180K")?.value.split("\n").slice(0, 3)).toEqual([
      "**$180K** lies inside a frontmatter range it could refer to.",
      "",
      "Checked against the base, stock and total comp ranges in USD:",
    ]);
  });

  it("another company's offer is not checked, and says why", () => {
    expect(hover(CLEAN, "$230K base")?.value).toBe(
      '**$230K** is not checked against the frontmatter: its sentence asks for nothing (amounts after "I need", "My floor is" and the like are checked).',
    );
    expect(hover(withLevers('1. "Offering $230K base, I need more."'), "$230K")?.value).toBe(
      '**$230K** is not checked against the frontmatter: no ask ("I need", "My floor is" and the like) comes before it in its sentence.',
    );
    expect(hover(CLEAN, "$400K")).toBeUndefined();
    expect(hover(withLevers('1. "I need $250K base because Anthropic is offering $400K base."'), "$400K")?.value).toBe(
      "**$400K** is not checked against the frontmatter: it describes another offer, not the ask.",
    );
    expect(hover(withLevers('1. "The market pays $400K base."'), "$400K")?.value).toBe(
      '**$400K** is not checked against the frontmatter: its sentence asks for nothing (amounts after "I need", "My floor is" and the like are checked).',
    );
  });

  it("an ask whose range has an invalid figure is not checked, and names the figure", () => {
    const text = variant(withLevers('1. "I need $252K base."'), ["base_low: 195000", 'base_low: "195000"']);
    expect(hover(text, "$252K")?.value).toBe("**$252K base** is not checked against the frontmatter: 'base_low' of San Francisco is not a valid amount.");
  });

  it("prose without an amount under the cursor has no hover", () => {
    expect(hover(withLevers('1. "I need $250K base."'), "need")).toBeUndefined();
  });
});

describe("hover through a merge key", () => {
  it("on '<<: *us': the values it brings into the entry", () => {
    expect(hover(MERGED, "<<: *us")).toEqual({
      value: "This merge key brings `stock_low: 170000`, `stock_high: 310000`, `bonus_pct: 5` into New York; the entry's own keys override it.",
      range: "21:4-21:11",
    });
  });

  it("on a table cell whose values come from the merge: the merged frontmatter values", () => {
    expect(hover(MERGED, "$170K–$310K | 5% | $263K")?.value).toBe(
      "From the frontmatter (**New York**): `stock_low: 170000`, `stock_high: 310000`, `currency: USD` → **$170K–$310K**.",
    );
  });
});
