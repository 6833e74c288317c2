// @ts-nocheck
// The examples hovers and completions show, one per key: each must be a valid value of its own
// key, and the compensation examples together a consistent entry (a regression test: base_high
// used to show base_low's 195000, and bonus_pct_high bonus_pct's 5).
import { describe, expect, it } from "vitest";
import { CompensationEntrySchema, checkSeed, keyDoc, keyDocs } from "../../server/src/engine";

const exampleOf = (container: "frontmatter" | "compensation" | "level_mapping", key: string) => keyDocs(container).find((doc) => doc.key === key)?.examples[0];

describe("key examples", () => {
  it("gives each amount and date key its own example", () => {
    const shown = Object.fromEntries(keyDocs("compensation").map((doc) => [doc.key, doc.examples]));
    expect(shown).toEqual({
      region: ["San Francisco"],
      currency: ["USD"],
      base_low: [195000],
      base_high: [255000],
      stock_low: [170000],
      stock_high: [310000],
      bonus_pct: [5],
      bonus_pct_high: [15],
      total_comp_low: [268000],
      total_comp_high: [395000],
    });
    expect(exampleOf("frontmatter", "last_updated")).toBe("2026-02-23");
    expect(exampleOf("frontmatter", "next_review_due")).toBe("2026-05-23");
    expect(keyDoc(["compensation", 0, "base_high"])?.examples).toEqual([255000]);
  });

  it("validates every compensation example against its own key's schema, and all of them as one entry", () => {
    const shape = CompensationEntrySchema.shape;
    for (const doc of keyDocs("compensation")) {
      for (const example of doc.examples) expect(shape[doc.key as keyof typeof shape].safeParse(example).success, `${doc.key}: ${String(example)}`).toBe(true);
    }
    const entry = Object.fromEntries(keyDocs("compensation").map((doc) => [doc.key, doc.examples[0]]));
    expect(CompensationEntrySchema.safeParse(entry).success).toBe(true);
  });

  it("makes a seed whose examples together raise no range or date finding", () => {
    const entry = keyDocs("compensation")
      .map((doc) => `    ${doc.key}: ${String(doc.examples[0])}`)
      .join("\n")
      .replace(/^ {4}region/, "  - region");
    const scalar = (key: string) => `${key}: ${String(exampleOf("frontmatter", key))}`;
    const text = ["---", scalar("last_updated"), scalar("next_review_due"), scalar("salary_data_quarter"), "compensation:", entry, "---", ""].join("\n");
    const rules = checkSeed(text, { today: "2026-03-01" }).findings.map((finding) => finding.rule);
    expect(rules.filter((rule) => /range|date|total|bonus|invalid-value|currency/.test(rule))).toEqual([]);
  });
});
