// The table's rows paired with the frontmatter's entries (model/table-match.ts): which row is
// whose, which entry has none, which row is extra, and which row looks like a region written
// otherwise (`SF`, `Londn`), the guess table-row-missing reports.
import { describe, expect, it } from "vitest";
import { parseSeed } from "../../server/src/engine";
import { excessCells, looksLikeRegion, matchTable, regionKey, regionsReadable } from "../../server/src/engine/model/table-match";
import { CLEAN, removeLine, ROWS, variant } from "./fixtures";

/** The match of `text`, by region: pairs as "entry=row", missing entries, extra rows, renamed pairs. */
function regions(text: string) {
  const seed = parseSeed(text);
  const match = matchTable(seed);
  const region = (row: { cells: { text: string }[] }) => row.cells[0]!.text;
  return {
    pairs: match.pairs.map((pair) => `${pair.entry.region}=${region(pair.row)}`),
    missing: match.missing.map((entry) => entry.region),
    extra: match.extra.map(region),
    renamed: match.renamed.map((pair) => `${pair.entry.region}=${region(pair.row)}`),
  };
}

const ALL_PAIRED = ["San Francisco=San Francisco", "New York=New York", "London=London"];
const row = (region: string) => ROWS.london.replace("| London |", `| ${region} |`);

describe("looksLikeRegion", () => {
  it.each([
    ["San Francisco (Bay Area)", "San Francisco", true],
    ["San Francisco", "San Francisco (Bay Area)", true],
    ["Ulm", "Ulm", true],
    ["Londonderry", "London", false],
    ["Rome", "Nice Town", false],
    ["SF", "San Francisco", true],
    [" SF ", "San Francisco", true],
    ["S.F.", "San Francisco", true],
    ["NY", "San Francisco", false],
    // Regression: dots alone were read as the (empty) initials of a one-word region.
    ["..", "Paris", false],
    [".", "Paris", false],
    ["sf", "San Francisco", false],
    ["RU", "Remote (US)", true],
    ["SS", "ßtadt", false],
    [" ", "(Remote)", false],
    ["Rom", "Rome", false],
    ["Rone", "Rome", true],
    ["Londn", "London", true],
    ["Lndn", "London", false],
    ["Paris", "Tokyo", false],
    ["San Fransiscoo", "San Francisco", true],
    ["Awgsbirg", "Augsburg", true],
    ["Augsbur", "Augsburgx", false],
    // Marks between the words are one gap, as a space is; they join no words.
    ["New (*) York", "New York", true],
    ["L A", "LA", false],
  ])("%j for %j: %s", (written, region, expected) => {
    expect(looksLikeRegion(written, region)).toBe(expected);
  });

  it("a typo is looked for in names of at most 80 characters", () => {
    const a = (n: number) => "a".repeat(n);
    // Two slips, in names of 80 and 81 characters, either way round; then one slip at 80.
    expect(looksLikeRegion(`${a(79)}bc`, `${a(79)}d`)).toBe(false);
    expect(looksLikeRegion(`${a(79)}d`, `${a(79)}bc`)).toBe(false);
    expect(looksLikeRegion(`${a(79)}b`, `${a(79)}c`)).toBe(true);
  });

  it("a written region of more than 200 characters is no region", () => {
    expect(looksLikeRegion(`San Francisco ${"x".repeat(186)}`, "San Francisco")).toBe(true);
    expect(looksLikeRegion(`San Francisco ${"x".repeat(187)}`, "San Francisco")).toBe(false);
  });
});

it("regionKey collapses and trims white space, lower-cases, and composes (NFC)", () => {
  expect(regionKey("  New\t York ")).toBe("new york");
  expect(regionKey("Zu\u0308rich")).toBe("zürich");
});

describe("matchTable", () => {
  it("pairs every row of the clean seed, once per seed", () => {
    const seed = parseSeed(CLEAN);
    expect(matchTable(seed)).toBe(matchTable(seed));
    expect(regions(CLEAN)).toEqual({ pairs: ALL_PAIRED, missing: [], extra: [], renamed: [] });
  });

  it("without a table every entry is missing; a misaligned table pairs nothing", () => {
    const empty = { pairs: [], missing: [], extra: [], renamed: [] };
    expect(regions(CLEAN.slice(0, CLEAN.indexOf("| Region")))).toEqual({ ...empty, missing: ["San Francisco", "New York", "London"] });
    expect(matchTable(parseSeed(variant(CLEAN, ["|--------|-------------|", "|--------|"])))).toEqual(empty);
  });

  it("a row too short to reach the Region column has no region", () => {
    const text = variant(CLEAN, ["| Region | Base Salary |", "| Base Salary | Region |"], [ROWS.london, `${ROWS.london}\n| x |`]);
    expect(regions(text)).toEqual({
      pairs: [],
      missing: ["San Francisco", "New York", "London"],
      extra: ["San Francisco", "New York", "London", "x"],
      renamed: [],
    });
  });

  it("a region listed twice wants one row; an entry without a region wants none", () => {
    const twice = variant(CLEAN, ["  - region: New York", "  - region: London"]);
    expect(regions(twice)).toEqual({ pairs: ["San Francisco=San Francisco", "London=London"], missing: [], extra: ["New York"], renamed: [] });
    const noRegion = variant(CLEAN, ["  - region: New York\n", "  - \n"]);
    expect(regions(noRegion)).toEqual({ pairs: ["San Francisco=San Francisco", "London=London"], missing: [], extra: ["New York"], renamed: [] });
  });

  it("extra rows come in document order, copies of a paired region among them", () => {
    const text = variant(CLEAN, [ROWS.sanFrancisco, `${row("Paris")}\n${ROWS.sanFrancisco}`], [ROWS.london, `${ROWS.london}\n${ROWS.newYork}`]);
    expect(regions(text)).toEqual({ pairs: ALL_PAIRED, missing: [], extra: ["Paris", "New York"], renamed: [] });
  });

  it("a row that looks like one missing entry is its renamed row; other missing entries stay missing", () => {
    const text = variant(removeLine(CLEAN, ROWS.london), ["| San Francisco |", "| SF |"]);
    expect(regions(text)).toEqual({ pairs: ["New York=New York"], missing: ["London"], extra: [], renamed: ["San Francisco=SF"] });
  });

  it("a missing entry with no row like it, next to an extra row, stays missing", () => {
    const text = variant(CLEAN, [ROWS.london, row("Paris")]);
    expect(regions(text)).toEqual({ pairs: ALL_PAIRED.slice(0, 2), missing: ["London"], extra: ["Paris"], renamed: [] });
  });

  it("no guess when two rows look like the entry, or a row looks like two entries", () => {
    const twoRows = variant(CLEAN, ["| San Francisco |", "| SF |"], [ROWS.london, `${ROWS.london}\n${row("San Francisco CA")}`]);
    expect(regions(twoRows)).toEqual({ pairs: ALL_PAIRED.slice(1), missing: ["San Francisco"], extra: ["SF", "San Francisco CA"], renamed: [] });
    const twoEntries = variant(CLEAN, ["  - region: New York", "  - region: San Jose"], ["| San Francisco |", "| San |"], [ROWS.newYork + "\n", ""]);
    expect(regions(twoEntries)).toEqual({ pairs: ["London=London"], missing: ["San Francisco", "San Jose"], extra: ["San"], renamed: [] });
  });

  it("a row that only looks like another entry's is a guess; a copy of a paired region is not", () => {
    const guess = variant(CLEAN, ["| San Francisco |", "| SF |"], [ROWS.london, `${ROWS.london}\n${row("Paris")}`]);
    expect(regions(guess)).toEqual({ pairs: ALL_PAIRED.slice(1), missing: [], extra: ["Paris"], renamed: ["San Francisco=SF"] });
    const copy = variant(CLEAN, ["  - region: London", "  - region: New York City"], [ROWS.london, ROWS.newYork]);
    expect(regions(copy)).toEqual({ pairs: ALL_PAIRED.slice(0, 2), missing: ["New York City"], extra: ["New York"], renamed: [] });
  });

  it("no guess past 64 extra rows", () => {
    const extras = (n: number) => Array.from({ length: n }, (_, i) => row(`Extra ${i}`)).join("\n");
    const base = variant(CLEAN, ["| San Francisco |", "| SF |"]);
    const at64 = regions(variant(base, [ROWS.london, `${ROWS.london}\n${extras(63)}`]));
    expect([at64.renamed, at64.extra.length]).toEqual([["San Francisco=SF"], 63]);
    const at65 = regions(variant(base, [ROWS.london, `${ROWS.london}\n${extras(64)}`]));
    expect([at65.renamed, at65.missing, at65.extra.length]).toEqual([[], ["San Francisco"], 65]);
  });
});

it("regionsReadable: a non-empty list of entries that each name a region", () => {
  expect(regionsReadable(parseSeed(CLEAN))).toBe(true);
  expect(regionsReadable(parseSeed(variant(CLEAN, ["  - region: New York\n", "  - \n"])))).toBe(false);
  expect(regionsReadable(parseSeed(variant(CLEAN, ["level_mapping:", "  - 5\nlevel_mapping:"])))).toBe(false);
});

describe("excessCells", () => {
  const cells = (line: string) => {
    const seed = parseSeed(variant(CLEAN, [ROWS.london, line]));
    const found = seed.body.table!.rows.find((r) => r.line.text === line)!;
    return excessCells(seed, found).map((cell) => cell.text);
  };
  it("the cells past the header's, when one holds text", () => {
    expect(cells(`${ROWS.london} x |`)).toEqual(["x"]);
    expect(cells(`${ROWS.london}  | x |`)).toEqual(["", "x"]);
  });
  it("none when the row is as wide as the header, or what is past it is blank", () => {
    expect(cells(ROWS.london)).toEqual([]);
    expect(cells(`${ROWS.london}  |   |`)).toEqual([]);
  });
});
