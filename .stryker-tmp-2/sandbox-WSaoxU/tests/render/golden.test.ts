// @ts-nocheck
// Golden pages: the exact HTML `seeds render` writes for each fixture. Any difference fails;
// after a deliberate change, regenerate with UPDATE_GOLDEN=1 and review the diff.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, goldenForm, HERE, standalonePage } from "./helpers";

const UPDATE = process.env.UPDATE_GOLDEN === "1";
const CASES = [
  ["reference.txt", "reference.html"],
  ["multi-currency.md", "multi-currency.html"],
  ["drift.md", "drift.html"],
  ["hostile.md", "hostile.html"],
] as const;

describe("golden pages", () => {
  for (const [input, golden] of CASES) {
    it(`${input} renders exactly as golden/${golden}`, () => {
      const html = goldenForm(standalonePage(fixture(input)));
      const file = join(HERE, "golden", golden);
      if (UPDATE) writeFileSync(file, html);
      if (!existsSync(file)) throw new Error(`golden/${golden} is missing: run with UPDATE_GOLDEN=1 to create it`);
      const expected = readFileSync(file, "utf8");
      // toBe on strings shows the first differing line; the lengths say whether the diff is a truncation.
      expect(html.length).toBe(expected.length);
      expect(html).toBe(expected);
    });
  }

  it("the reference fixture is the bundled reference seed, byte for byte", () => {
    const bundled = join(HERE, "..", "..", "seeds", "000_5ae9dcfe2e03ad59.txt");
    expect(readFileSync(join(HERE, "fixtures", "reference.txt"))).toEqual(readFileSync(bundled));
  });
});
