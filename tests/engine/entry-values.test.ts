// Readers of one compensation entry's figures (model/entry-values.ts).
import { describe, expect, it } from "vitest";
import { parseSeed } from "../../server/src/engine";
import { DEFAULT_CONFIG } from "../../server/src/engine/config";
import { entries, type Entry } from "../../server/src/engine/model/frontmatter-data";
import { allMerged, implausibleEnds, reversedKinds, unusualCurrency, validNumber } from "../../server/src/engine/model/entry-values";
import { MERGED } from "./fixtures";

const entry = (data: Record<string, unknown>): Entry => ({
  index: 0,
  data,
  region: typeof data.region === "string" ? data.region : undefined,
  currency: typeof data.currency === "string" ? data.currency : undefined,
});

describe("validNumber", () => {
  it.each([
    [195000, 195000],
    ["195000", undefined],
    [-5, undefined],
  ])("base_low %j", (value, expected) => {
    expect(validNumber(entry({ base_low: value }), "base_low")).toBe(expected);
  });
});

describe("allMerged", () => {
  const seed = parseSeed(MERGED);
  const newYork = entries(seed)[1]!;
  it("keys a merge key brings in, all of them", () => {
    expect(allMerged(seed, newYork, ["stock_low", "stock_high"])).toBe(true);
  });
  it("not when one key is the entry's own", () => {
    expect(allMerged(seed, newYork, ["stock_low", "base_low"])).toBe(false);
  });
});

describe("implausibleEnds", () => {
  const figures = { base_low: 100000, stock_low: 40000, base_high: 200000, stock_high: 80000 };
  it.each([
    [{ total_comp_low: 109999, total_comp_high: 220000 }, ["low"]],
    [{ total_comp_low: 110000, total_comp_high: 219999 }, ["high"]],
    [{ total_comp_low: 110000, total_comp_high: 220000 }, []],
    [{ total_comp_low: 1, total_comp_high: "1" }, ["low"]],
  ])("%j", (totals, expected) => {
    expect(implausibleEnds(entry({ ...figures, ...totals }))).toEqual(expected);
  });
  it("not with a reversed base or stock range (range-order's one finding)", () => {
    const low = { total_comp_low: 1, total_comp_high: 220000 };
    expect(implausibleEnds(entry({ ...figures, ...low, base_low: 200001 }))).toEqual([]);
    expect(implausibleEnds(entry({ ...figures, ...low, stock_low: 80001 }))).toEqual([]);
  });
  it("a reversed total range alone is still judged", () => {
    expect(implausibleEnds(entry({ ...figures, total_comp_low: 300000, total_comp_high: 1 }))).toEqual(["high"]);
  });
  it("an end without a base or a stock figure is not judged", () => {
    expect(implausibleEnds(entry({ stock_low: 40000, total_comp_low: 1, base_high: 200000, total_comp_high: 1 }))).toEqual([]);
  });
});

describe("unusualCurrency", () => {
  it.each([
    [{ region: "London", currency: "EUR" }, "GBP"],
    [{ region: "London", currency: "GBP" }, undefined],
    [{ region: "London", currency: "XYZ" }, undefined],
    [{ region: "London", currency: 5 }, undefined],
    [{ currency: "EUR" }, undefined],
    [{ region: "Atlantis", currency: "EUR" }, undefined],
  ])("%j", (data, expected) => {
    expect(unusualCurrency(DEFAULT_CONFIG, entry(data))).toBe(expected);
  });
});

describe("reversedKinds", () => {
  it.each([
    [{ base_low: 200001, base_high: 200000 }, ["base"]],
    [{ base_low: 200000, base_high: 200000 }, []],
    [{ stock_low: 2, stock_high: 1, total_comp_low: 9, total_comp_high: 8 }, ["stock", "total"]],
    [{ base_low: 200001 }, []],
    [{ base_high: 1 }, []],
    [{ base_low: 200001, base_high: -1 }, []],
  ])("%j", (data, expected) => {
    expect(reversedKinds(entry(data))).toEqual(expected);
  });
});
