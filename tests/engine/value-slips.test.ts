// The suggestions that correct an unambiguous slip in a frontmatter value (model/value-slips.ts),
// and the readers of valid dates (model/valid-dates.ts).
import { describe, expect, it } from "vitest";
import { applyEdits, parseSeed } from "../../server/src/engine";
import { slipFixes } from "../../server/src/engine/model/value-slips";
import { validDate, validQuarter } from "../../server/src/engine/model/valid-dates";
import { MERGED, SMALL, variant } from "./fixtures";

/** Each fix of the value at `path` read as `value`: its title and the frontmatter line it writes. */
function fixesOf(text: string, path: (string | number)[], value: unknown) {
  const seed = parseSeed(text);
  return slipFixes(seed, path, value).map((fix) => {
    const fixed = applyEdits(text, fix.edits);
    const key = String(path[path.length - 1]);
    return {
      title: fix.title,
      safe: fix.safe,
      line: fixed
        .split("\n")
        .find((line) => line.trim().startsWith(`${key}:`))
        ?.trim(),
    };
  });
}

describe("slipFixes", () => {
  it.each([
    ["base_low", " 80000 ", "Write base_low as the number 80000", "base_low: 80000"],
    ["base_low", "80_000", "Write base_low as the number 80000", "base_low: 80000"],
    ["base_low", "80,000", "Write base_low as the number 80000", "base_low: 80000"],
    ["bonus_pct", "10 %", "Write bonus_pct as the number 10", "bonus_pct: 10"],
    ["currency", " eur ", "Write the currency code in upper case: EUR", "currency: EUR"],
  ])("%s %j", (key, value, title, line) => {
    expect(fixesOf(SMALL, ["compensation", 0, key], value)).toEqual([{ title, safe: false, line }]);
  });

  it.each([
    ["region", "123", "a number for a key that is no number"],
    ["base_low", "80%", "a percentage for an amount"],
    ["bonus_pct", "abc", "no number for a percentage"],
    ["region", "2026-2-3", "a loose date for a key that is no date"],
    ["region", "usd", "a currency code for a key that is no currency"],
    ["currency", "USD", "a currency code already in upper case"],
    ["currency", " USD ", "a currency code in upper case, with spaces"],
    ["currency", "xyz", "no ISO code in upper case either"],
  ])("%s %j: none (%s)", (key, value) => {
    expect(fixesOf(SMALL, ["compensation", 0, key], value)).toEqual([]);
  });

  it.each([
    [" 2026-2-3 ", [{ title: "Write the date as 2026-02-03", safe: false, line: "last_updated: 2026-02-03" }]],
    ["2026-02-03", []],
    ["2026-2-30", []],
  ])("last_updated %j", (value, expected) => {
    expect(fixesOf(SMALL, ["last_updated"], value)).toEqual(expected);
  });

  it("a value that is not text has no slip", () => {
    expect(fixesOf(SMALL, ["compensation", 0, "base_low"], 80000)).toEqual([]);
  });
  it("a value a merge key brings in is not written where the fix would go", () => {
    expect(fixesOf(MERGED, ["compensation", 1, "stock_low"], "170,000")).toEqual([]);
  });
  it("a seed without a frontmatter has nothing to fix", () => {
    expect(fixesOf("Just text", ["compensation", 0, "base_low"], "80,000")).toEqual([]);
  });
});

describe("validDate and validQuarter", () => {
  it.each([
    ["salary_data_quarter: 2026-Q1", "2026-Q1"],
    ["salary_data_quarter: 2026-Q5", undefined],
    ['salary_data_quarter: ""', undefined],
    ["salary_data_quarter: 20261", undefined],
  ])("%s", (line, expected) => {
    expect(validQuarter(parseSeed(variant(SMALL, ["salary_data_quarter: 2026-Q1", line])))).toBe(expected);
  });
  it.each([
    ["last_updated: 2026-06-01", "2026-06-01"],
    ["last_updated: 2026-02-30", undefined],
    ['last_updated: ""', undefined],
  ])("%s", (line, expected) => {
    expect(validDate(parseSeed(variant(SMALL, ["last_updated: 2026-06-01", line])), "last_updated")).toBe(expected);
  });
});
