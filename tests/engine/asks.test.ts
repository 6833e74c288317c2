// What the ask check makes of every amount in the prose (checkAsks with `every`, as the hover
// asks it): its status, its kind and, for an amount not checked, the reason the hover shows.
import { describe, expect, it } from "vitest";
import { checkAsks, parseSeed } from "../../server/src/engine";
import { sentences } from "../../server/src/engine/model/asks";
import { CLEAN, SMALL, variant, withLevers } from "./fixtures";

const DELTA = "it is a difference or an extra (a raise, an amount more, a stipend or a budget), not a salary, stock or total figure";
const lever = (prose: string) => withLevers(`1. "${prose}"`);
const verdicts = (text: string, every = true) =>
  checkAsks(parseSeed(text), every).map(({ written, currency, kind, status, reason }) => [written, currency, kind, status, reason ?? null]);
const inLever = (prose: string) => verdicts(lever(prose)).filter(([written]) => prose.includes(written as string));
/** The same for a lever written without quotes: its last sentence need not end with a mark. */
const inLine = (prose: string) => verdicts(withLevers(prose)).filter(([written]) => prose.includes(written as string));

describe("checkAsks: every amount of the prose and why it was or was not checked", () => {
  it.each([
    ["I need $250K base.", [["$250K", "USD", "base", "inside", null]]],
    ["I need $300K base.", [["$300K", "USD", "base", "outside", null]]],
    ["I need $300K.", [["$300K", "USD", undefined, "inside", null]]],
    ["I need $75K/yr in RSUs.", [["$75K", "USD", "stock", "inside", null]]],
    ["I need $75K in RSUs.", [["$75K", "USD", "stock", "outside", null]]],
    ["I need $250K total.", [["$250K", "USD", "total comp", "outside", null]]],
    ["I need $300K TC.", [["$300K", "USD", "total comp", "inside", null]]],
    ["I need $250K salary.", [["$250K", "USD", "base", "inside", null]]],
    [
      "The band is $900K.",
      [["$900K", "USD", undefined, "unchecked", 'its sentence asks for nothing (amounts after "I need", "My floor is" and the like are checked)']],
    ],
    ["$900K is what I need.", [["$900K", "USD", undefined, "unchecked", 'no ask ("I need", "My floor is" and the like) comes before it in its sentence']]],
    ["I need what Google pays, $900K.", [["$900K", "USD", undefined, "unchecked", "it describes another offer, not the ask"]]],
    ["I need a $100K signing bonus.", [["$100K", "USD", undefined, "unchecked", "it is a signing bonus, a refresher or another amount outside the ranges"]]],
    ["I need €900K base.", [["€900K", "EUR", "base", "unchecked", "no compensation entry is in EUR"]]],
    ["I need 900K XAF base.", [["900K XAF", "XAF", "base", "unchecked", "no compensation entry is in XAF"]]],
    // The kind is read right after the amount, past any run of blanks, and only there.
    ["I need $300K  base.", [["$300K", "USD", "base", "outside", null]]],
    ["I need $300K, not base.", [["$300K", "USD", undefined, "inside", null]]],
    ["I need $75K, plus stock.", [["$75K", "USD", undefined, "outside", null]]],
    ["I need $300K, not total.", [["$300K", "USD", undefined, "inside", null]]],
    ["I need $75K  in RSUs.", [["$75K", "USD", "stock", "outside", null]]],
    ["I need $300K  total.", [["$300K", "USD", "total comp", "inside", null]]],
    ["I need $300K rsu.", [["$300K", "USD", "stock", "inside", null]]],
    ["I need $300K in rsu.", [["$300K", "USD", "stock", "inside", null]]],
    ["I need $75K rsu/yr.", [["$75K", "USD", "stock", "inside", null]]],
    ["I need $75K  equity/yr.", [["$75K", "USD", "stock", "inside", null]]],
    ["I need a $400K offer.", [["$400K", "USD", undefined, "unchecked", "it is a signing bonus, a refresher or another amount outside the ranges"]]],
    ["I need a $100K  signing bonus.", [["$100K", "USD", undefined, "unchecked", "it is a signing bonus, a refresher or another amount outside the ranges"]]],
    ["I need $60K/yr base.", [["$60K", "USD", "base", "outside", null]]],
    [
      "I need $250K base? The staff band tops out at $900K.",
      [
        ["$250K", "USD", "base", "inside", null],
        ["$900K", "USD", undefined, "unchecked", 'its sentence asks for nothing (amounts after "I need", "My floor is" and the like are checked)'],
      ],
    ],
    // An amount is inside a range up to half a step of its written precision past either end.
    ["I need $190K base.", [["$190K", "USD", "base", "inside", null]]],
    ["I need $256K base.", [["$256K", "USD", "base", "outside", null]]],
    // Differences and extras are no salary, stock or total figure (regression: each was "below every range").
    ...[
      "Ask for $10K more in base.",
      "I need a $10K raise.",
      "I need a $1K home-office stipend.",
      "I need a $5K learning budget.",
      "I need +$10K.",
      "I need an extra $10K in equity.",
    ].map((prose) => [prose, [[prose.match(/\$\d+K/)![0], "USD", undefined, "unchecked", DELTA]]] as [string, unknown[]]),
    // Figures per month, week or hour are no yearly figure (regression: each was "below every range").
    ...["I need $21K/month.", "I need $4,846/week.", "I need $120 per hour."].map(
      (prose) =>
        [prose, [[prose.match(/\$[\d,]+K?/)![0], "USD", undefined, "unchecked", "it is a figure per month, week, day or hour; the ranges are yearly"]]] as [
          string,
          unknown[],
        ],
    ),
    // A word after "or", "and" or the kind does not describe the amount.
    ["I need $300K or more.", [["$300K", "USD", undefined, "inside", null]]],
    ["I need $900K base and more equity.", [["$900K", "USD", "base", "outside", null]]],
    // Up to three words after the amount describe it: a delta word third is read, fourth is not.
    ["I need a $10K nice home-office stipend.", [["$10K", "USD", undefined, "unchecked", DELTA]]],
    ["I need $300K very nice fair raise.", [["$300K", "USD", undefined, "inside", null]]],
    // A word cut by the window's 40 characters after the amount is no word: "more|over" holds no "more".
    ["I need $300K extraordinarily internationalizing moreover.", [["$300K", "USD", undefined, "inside", null]]],
    ["I need $300K extraordinarily compartmentalized moreover.", [["$300K", "USD", undefined, "inside", null]]],
    ["I need $300K extraordinarily internationalizing more-over.", [["$300K", "USD", undefined, "inside", null]]],
    ["I need $300K extraordinarily internationalizing more.", [["$300K", "USD", undefined, "unchecked", DELTA]]],
    // A kind word later in the window, not right after the amount, does not name its kind.
    ["I need $300K with a good base.", [["$300K", "USD", undefined, "inside", null]]],
    ["I need $350K with some stock.", [["$350K", "USD", undefined, "inside", null]]],
    ["I need $200K with a good total.", [["$200K", "USD", undefined, "inside", null]]],
    // The kind is read from letters a to z: a sign that only lowercases to one (the Kelvin sign) starts no word.
    ["I need $300K \u212A raise.", [["$300K", "USD", undefined, "inside", null]]],
    // A cue before the amount counts when it starts within 40 characters of it, and only as a whole word.
    [`I need more${" ".repeat(36)}$300K base.`, [["$300K", "USD", undefined, "unchecked", DELTA]]],
    [`I need more${" ".repeat(37)}$300K base.`, [["$300K", "USD", "base", "outside", null]]],
    // Regression: the window's edge cut "furthermore" to "more", and the ask went unchecked as a difference.
    [`I need furthermore${" ".repeat(36)}$300K base.`, [["$300K", "USD", "base", "outside", null]]],
    // A mark followed by a letter ends no sentence, even when the next mark is one character on.
    [
      "I need $250K base.X. The staff band tops out at $900K.",
      [
        ["$250K", "USD", "base", "inside", null],
        ["$900K", "USD", undefined, "unchecked", 'its sentence asks for nothing (amounts after "I need", "My floor is" and the like are checked)'],
      ],
    ],
  ])("%s", (prose, expected) => {
    expect(inLever(prose)).toEqual(expected);
  });

  it.each([
    // The last sentence of a line needs no closing mark.
    ["1. I need $300K base", [["$300K", "USD", "base", "outside", null]]],
    [
      "1. I need $250K base. The staff band tops out at $900K",
      [
        ["$250K", "USD", "base", "inside", null],
        ["$900K", "USD", undefined, "unchecked", 'its sentence asks for nothing (amounts after "I need", "My floor is" and the like are checked)'],
      ],
    ],
    // Words after the amount up to the line's end, none of them a delta word.
    ["1. I need $300K nice pay", [["$300K", "USD", undefined, "inside", null]]],
  ])("a line without quotes: %s", (prose, expected) => {
    expect(inLine(prose)).toEqual(expected);
  });

  it("an amount is inside a range up to half a step of its written precision past either end, that far included", () => {
    // $189K is 189,000 ± 500: it reaches New York's 189,500 exactly; $256K reaches 255,500.
    const text = variant(lever("I need $189K base and $256K base."), ["base_low: 190000", "base_low: 189500"], ["base_high: 255000", "base_high: 255500"]);
    expect(checkAsks(parseSeed(text)).map((check) => [check.written, check.status])).toEqual([
      ["$189K", "inside"],
      ["$256K", "inside"],
    ]);
  });

  it("with `every`, each ask outside the ranges is listed, past the fifth too", () => {
    const prose = "I need $500K, $501K, $502K, $503K, $504K, $505K, $506K.";
    expect(checkAsks(parseSeed(lever(prose)), true).map((check) => [check.written, check.status, check.more])).toEqual(
      ["$500K", "$501K", "$502K", "$503K", "$504K", "$505K", "$506K"].map((written) => [written, "outside", undefined]),
    );
  });

  it("where each amount's sentence starts, past a sentence of a lone mark", () => {
    const text = lever("I need $250K base. . I need $300K base.");
    expect(checkAsks(parseSeed(text)).map((check) => [check.written, check.sentence])).toEqual([
      // The line's prose starts after the list marker "1.".
      ["$250K", text.indexOf(`1. "I need $250K`) + 2],
      ["$300K", text.indexOf(" I need $300K")],
    ]);
  });

  it("the checks of a seed are built once, and the ranges of a currency and kind once for all its asks", () => {
    const seed = parseSeed(lever("I need $300K base and $200K base."));
    const checks = checkAsks(seed);
    expect(checkAsks(seed)).toBe(checks);
    expect(checks.map((check) => check.written)).toEqual(["$300K", "$200K"]);
    expect(checks[1]!.ranges).toBe(checks[0]!.ranges);
  });

  it("the checks of some lines are not kept for other lines", () => {
    const seed = parseSeed(lever("I need $300K base."));
    expect(checkAsks(seed, false, [])).toEqual([]);
    expect(checkAsks(seed, false, [...seed.body.prose]).map((check) => check.written)).toEqual(["$300K"]);
  });

  it("without `every`, only the amounts of sentences that ask", () => {
    const text = lever("The band is $900K. I need $300K base.");
    expect(verdicts(text, false).filter(([written]) => written === "$900K" || written === "$300K")).toEqual([["$300K", "USD", "base", "outside", null]]);
  });

  it("the ranges an ask was checked against", () => {
    const [check] = checkAsks(parseSeed(variant(SMALL, ["I need €95K base.", "I need €95K stock."])), true);
    expect([check!.status, check!.ranges]).toEqual(["outside", [{ kind: "stock", region: "Berlin", low: 40000, high: 80000 }]]);
  });

  it("ranges that cannot be trusted: a reversed range, an invalid figure or currency", () => {
    const reason = (text: string) => checkAsks(parseSeed(text), true).map((check) => check.reason);
    expect(reason(variant(SMALL, ["base_low: 80000", "base_low: 120000"]))).toEqual(["the base range of Berlin is reversed"]);
    expect(reason(variant(SMALL, ["base_low: 80000", 'base_low: "lots"']))).toEqual(["'base_low' of Berlin is not a valid amount"]);
    expect(reason(variant(SMALL, ["currency: EUR", "currency: euro"]))).toEqual(["the currency of Berlin is not a valid ISO 4217 code"]);
    expect(reason(variant(SMALL, ["  - region: Berlin\n    base_low: 80000", "  - base_low: 120000"], ["role_type: standard", "role_type: bogus"]))).toEqual([
      "the base range of entry 1 is reversed",
    ]);
  });

  it("only ranges in the ask's currency are trusted or distrusted, and equal ends are a range", () => {
    const reason = (text: string) => checkAsks(parseSeed(text), true).map((check) => [check.status, check.reason ?? null]);
    const ask = lever("I need $300K base.");
    const reversedLondon = variant(ask, ["base_low: 148000", "base_low: 250000"]);
    expect(reason(reversedLondon).filter(([, why]) => why === null)).toEqual([["outside", null]]);
    expect(reason(variant(reversedLondon, ["role_type: standard", "role_type: bogus"])).filter(([, why]) => why === null)).toEqual([["outside", null]]);
    const equalEnds = variant(SMALL, ["base_low: 80000", "base_low: 100000"]);
    expect(reason(equalEnds)).toEqual([["outside", null]]);
    expect(reason(variant(equalEnds, ["role_type: standard", "role_type: bogus"]))).toEqual([["outside", null]]);
  });

  it("an ask between two ranges is outside every one, neither above nor below", () => {
    const text = variant(lever("I need $170K base."), ["base_low: 190000", "base_low: 100000"], ["base_high: 250000", "base_high: 150000"]);
    expect(checkAsks(parseSeed(text)).map((check) => check.message)).toEqual(["The ask $170K base is outside every base range in USD."]);
  });

  it("answers for one seed do not leak between calls with and without `every`, or for some lines", () => {
    const seed = parseSeed(lever("The band is $900K. I need $300K base."));
    expect(checkAsks(seed, false, []).length).toBe(0);
    expect(
      checkAsks(seed, true)
        .filter((check) => check.status === "unchecked")
        .map((check) => [check.written, check.ranges]),
    ).toContainEqual(["$900K", []]);
    expect(checkAsks(seed).map((check) => check.written)).toEqual(["$300K"]);
  });

  it("trust is judged for each currency and set of kinds", () => {
    const text = variant(lever("I need $300K base and $300K."), [
      "stock_low: 170000\n    stock_high: 310000\n    bonus_pct: 5\n    total_comp_low: 268000",
      "stock_low: 370000\n    stock_high: 310000\n    bonus_pct: 5\n    total_comp_low: 268000",
    ]);
    expect(checkAsks(parseSeed(text)).map((check) => [check.written, check.status, check.reason ?? null])).toEqual([
      ["$300K", "outside", null],
      ["$300K", "unchecked", "the stock range of San Francisco is reversed"],
    ]);
  });

  it("no compensation entries", () => {
    const text = variant(SMALL, ["compensation:\n  - region: Berlin", "compensation: []\nx:\n  - region: Berlin"]);
    expect(checkAsks(parseSeed(text), true).map((check) => check.reason)).toEqual(["the frontmatter has no compensation entries"]);
  });

  it("the clean seed: its asks are inside, its competitors' offers are not checked", () => {
    const count = (status: string) => checkAsks(parseSeed(CLEAN), true).filter((check) => check.status === status).length;
    // 12 unchecked: the two "$380K RSU" competitor offers are amounts too (they were not read).
    expect([count("inside"), count("outside"), count("unchecked")]).toEqual([11, 0, 12]);
  });
});

describe("sentences: prose split where a mark is followed by a blank", () => {
  it.each([
    ["", []],
    ["   ", []],
    ["I need $1K. ", [[0, "I need $1K."]]],
    [
      "I need $1K. It is fair",
      [
        [0, "I need $1K."],
        [11, " It is fair"],
      ],
    ],
    [
      'Levels.fyi. Yes!! No?" Ok',
      [
        [0, "Levels.fyi."],
        [11, " Yes!!"],
        [17, ' No?"'],
        [22, " Ok"],
      ],
    ],
    [
      "a.b. c",
      [
        [0, "a.b."],
        [4, " c"],
      ],
    ],
    [
      "a. . b",
      [
        [0, "a."],
        [2, " ."],
        [4, " b"],
      ],
    ],
  ])("%j", (text, expected) => {
    expect(sentences(text).map(({ index, text }) => [index, text])).toEqual(expected);
  });
});
