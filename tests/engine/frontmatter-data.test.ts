// Typed readers of the (possibly invalid) frontmatter data (model/frontmatter-data.ts): what each
// accepts and refuses, and how a long value is quoted without splitting a surrogate pair.
import { describe, expect, it } from "vitest";
import { parseSeed } from "../../server/src/engine";
import { entries, normalizeSpace, num, quoted, record, spanAt, str, valueAt } from "../../server/src/engine/model/frontmatter-data";

describe("num", () => {
  it.each([
    [5, 5],
    [-0.5, -0.5],
    ["5", undefined],
    [Number.POSITIVE_INFINITY, undefined],
    [Number.NaN, undefined],
    [null, undefined],
  ])("%j", (value, expected) => {
    expect(num(value)).toBe(expected);
  });
});

describe("str", () => {
  it.each([
    ["London", "London"],
    ["", ""],
    [5, undefined],
    [undefined, undefined],
  ])("%j", (value, expected) => {
    expect(str(value)).toBe(expected);
  });
});

describe("record", () => {
  it("a mapping is given back as it is", () => {
    const mapping = { region: "London" };
    expect(record(mapping)).toBe(mapping);
  });
  it.each([[null], [[1, 2]], ["London"], [5], [undefined]])("%j is no mapping", (value) => {
    expect(record(value)).toBeUndefined();
  });
});

describe("entries", () => {
  it("only mappings, at their index, with the region trimmed and a blank region as none", () => {
    const seed = parseSeed(
      [
        "---",
        "compensation:",
        "  - region: '  London  '",
        "    currency: GBP",
        "  - 5",
        "  - region: '   '",
        "    currency: 7",
        "  - currency: USD",
        "---",
        "",
      ].join("\n"),
    );
    expect(entries(seed).map(({ index, region, currency }) => ({ index, region, currency }))).toEqual([
      { index: 0, region: "London", currency: "GBP" },
      { index: 2, region: undefined, currency: undefined },
      { index: 3, region: undefined, currency: "USD" },
    ]);
  });
  it("no list, no entries", () => {
    expect(entries(parseSeed("---\ncompensation: 5\n---\n"))).toEqual([]);
  });
});

describe("valueAt", () => {
  const data = { compensation: [{ currency: "GBP", bonus: null }], count: 3 };
  it.each([
    [["compensation", 0, "currency"], { present: true, value: "GBP" }],
    [["compensation", 0, "bonus"], { present: true, value: null }],
    [["compensation", 0, "bonus", "x"], { present: false, value: undefined }],
    [["count", "x"], { present: false, value: undefined }],
    [["compensation", 1], { present: false, value: undefined }],
    [["compensation", 0, "constructor"], { present: false, value: undefined }],
    [["missing"], { present: false, value: undefined }],
    // A string's own properties (its length, its characters) are no values of the frontmatter.
    [["compensation", 0, "currency", "length"], { present: false, value: undefined }],
    [["compensation", 0, "currency", 0], { present: false, value: undefined }],
  ])("%j", (path, expected) => {
    expect(valueAt(data, path)).toEqual(expected);
  });
  it("an empty path is the data itself", () => {
    expect(valueAt(data, [])).toEqual({ present: true, value: data });
  });
});

describe("spanAt", () => {
  it("the value's span by default, the key's when asked", () => {
    const seed = parseSeed("---\nslug: acme\n---\n");
    expect(spanAt(seed, ["slug"])).toEqual({ start: 10, end: 14 });
    expect(spanAt(seed, ["slug"], "key")).toEqual({ start: 4, end: 8 });
  });
  it("without a frontmatter, an empty span at the seed's start (after a byte order mark)", () => {
    const seed = parseSeed("\uFEFF# No frontmatter\n");
    expect(seed.nodes).toBeUndefined();
    expect(spanAt(seed, ["slug"])).toEqual({ start: 1, end: 1 });
  });
});

describe("normalizeSpace", () => {
  it.each([
    ["  New \t York  ", "New York"],
    ["New\u00A0York", "New York"],
    ["New York", "New York"],
    ["", ""],
  ])("%j", (text, expected) => {
    expect(normalizeSpace(text)).toBe(expected);
  });
});

describe("quoted", () => {
  const a = (length: number) => "a".repeat(length);
  it("up to 200 characters, whole", () => {
    expect(quoted(a(200))).toBe(a(200));
  });
  it("longer, its first 200 and an ellipsis", () => {
    expect(quoted(a(201))).toBe(`${a(200)}…`);
    expect(quoted(`${a(200)}bc`)).toBe(`${a(200)}…`);
  });
  it.each([
    ["\uD800", 199],
    ["\uDBFF", 199],
    ["\uDC00", 200],
    ["\uD7FF", 200],
  ])("%j as the 200th unit: cut at %d", (unit, cut) => {
    const text = `${a(199)}${unit}\uDC00${a(5)}`;
    expect(quoted(text)).toBe(`${text.slice(0, cut)}…`);
  });
  it("reads the 200th unit, not another", () => {
    // A high surrogate at the 202nd unit only: the 200th is a plain letter.
    expect(quoted(`${a(201)}\uD83D\uDE00`)).toBe(`${a(200)}…`);
  });
});
