// The schema rules' findings (model/schema-findings.ts): how a wrong value is named, where
// missing keys are grouped, and what the fixes write.
import { describe, expect, it } from "vitest";
import { parseSeed } from "../../server/src/engine";
import { DEFAULT_CONFIG } from "../../server/src/engine/config";
import { frontmatterValid, schemaFindings } from "../../server/src/engine/model/schema-findings";
import { SMALL, variant } from "./fixtures";

const BERLIN_ENTRY =
  "  - region: Berlin\n    base_low: 80000\n    base_high: 100000\n    stock_low: 40000\n    stock_high: 80000\n    bonus_pct: 10\n    total_comp_low: 98000\n    total_comp_high: 130000\n    currency: EUR\n";
const FORTY = "x".repeat(40);

/** Each finding of SMALL changed by `change`: rule, message, and each fix's title and written texts. */
function findings(...change: [string, string][]) {
  return schemaFindings(parseSeed(variant(SMALL, ...change)), DEFAULT_CONFIG).map((finding) => [
    finding.rule,
    finding.message,
    (finding.fixes ?? []).map((fix) => [fix.title, fix.edits.map((edit) => edit.newText)]),
  ]);
}

describe("schemaFindings", () => {
  it.each([
    ["role_display: null", "'role_display' must be text, not null."],
    ["role_display: [a]", "'role_display' must be text, not a list."],
    ["role_display: {a: 1}", "'role_display' must be text, not a mapping."],
  ])("a value of the wrong type is named: %s", (line, message) => {
    expect(findings(["role_display: Software Engineer", line])).toEqual([["invalid-value", message, []]]);
  });

  it("a text of 40 characters is quoted whole, a longer one cut there", () => {
    const choices = "'role_type' must be one of 'standard', 'leadership', 'specialist', not the text";
    expect(findings(["role_type: standard", `role_type: ${FORTY}`])).toEqual([["invalid-value", `${choices} "${FORTY}".`, []]]);
    expect(findings(["role_type: standard", `role_type: ${FORTY}y`])).toEqual([["invalid-value", `${choices} "${FORTY}…".`, []]]);
  });

  it("an unknown key: the likeliest known one is suggested, never for __proto__", () => {
    expect(findings(["role_type: standard", "role_type: standard\n__proto__: 1"])).toEqual([["unknown-key", "Unknown key '__proto__'.", []]]);
    expect(findings(["    bonus_pct: 10", "    bonus_pct: 10\n    bonus_pt: 5"])).toEqual([
      [
        "unknown-key",
        "Unknown key 'bonus_pt' in compensation entry 1 (Berlin); did you mean 'bonus_pct'?",
        [["Rename 'bonus_pt' to 'bonus_pct'", ["bonus_pct"]]],
      ],
    ]);
  });

  it("a key missing in a mapping that is no list item", () => {
    expect(findings(['  raw: "Acme L3 = Google L4"\n', ""])).toEqual([["missing-key", "Missing required key 'raw' in 'level_mapping'.", []]]);
  });

  it("an entry being typed: one finding for its missing keys, filled with the region's usual currency", () => {
    const [finding] = findings([BERLIN_ENTRY, "  - region: Berlin\n"]);
    expect(finding).toEqual([
      "missing-key",
      "Missing required keys 'currency', 'base_low', 'base_high', 'stock_low', 'stock_high', 'bonus_pct', 'total_comp_low', 'total_comp_high' in compensation entry 1 (Berlin).",
      [["Add the 8 missing keys to Berlin (placeholder values to fill in)", [expect.stringContaining("currency: EUR")]]],
    ]);
  });

  it("a region without a usual currency gets USD to fill in; an entry without a region gets no fix", () => {
    const [unknown] = findings([BERLIN_ENTRY, "  - region: Atlantis\n"]);
    expect(unknown![2]).toEqual([["Add the 8 missing keys to Atlantis (placeholder values to fill in)", [expect.stringContaining("currency: USD")]]]);
    expect(findings([BERLIN_ENTRY, "  - base_low: 80000\n"])).toEqual([
      [
        "missing-key",
        "Missing required keys 'region', 'currency', 'base_high', 'stock_low', 'stock_high', 'bonus_pct', 'total_comp_low', 'total_comp_high' in compensation entry 1.",
        [],
      ],
    ]);
  });
});

/** Each schema finding of `text`: rule, message, the text its span covers, and each fix's title and written texts. */
function located(text: string, config = DEFAULT_CONFIG) {
  return schemaFindings(parseSeed(text), config).map((finding) => [
    finding.rule,
    finding.message,
    text.slice(finding.span.start, finding.span.end),
    (finding.fixes ?? []).map((fix) => [fix.title, fix.edits.map((edit) => edit.newText)]),
  ]);
}

/** SMALL with a second entry after Berlin's (the lines given, at the entries' indentation). */
const withSecondEntry = (text: string, ...lines: string[]) => variant(text, ["level_mapping:", `${lines.map((line) => `  ${line}\n`).join("")}level_mapping:`]);

describe("schemaFindings: where and how a value is named", () => {
  it("an entry that is no mapping is named by its number", () => {
    expect(located(variant(SMALL, [BERLIN_ENTRY, "  - Berlin\n"]))).toEqual([
      ["invalid-value", 'compensation entry 1 must be a mapping, not the text "Berlin".', "Berlin", []],
    ]);
  });

  it("a blank region does not name the entry", () => {
    expect(located(variant(SMALL, ["region: Berlin", 'region: "  "'], ["base_low: 80000", "base_low: -1"]))).toEqual([
      ["invalid-value", "'base_low' in compensation entry 1 must not be negative (got number -1).", "-1", []],
    ]);
  });

  it("a choice written as a number gets no did-you-mean", () => {
    expect(located(variant(SMALL, ["role_type: standard", "role_type: 5"]))).toEqual([
      ["invalid-value", "'role_type' must be one of 'standard', 'leadership', 'specialist', not number 5.", "5", []],
    ]);
  });

  it("an unknown key written as an alias is named, with no rename (there is no key text to rename)", () => {
    const text = variant(SMALL, ['company_display: "Acme"', 'company_display: &typo "role_typ"'], ["role_type: standard", "*typo : standard"]);
    expect(located(text)).toEqual([["unknown-key", "Unknown key 'role_typ'; did you mean 'role_type'?", "---", []]]);
  });
});

describe("schemaFindings: the region's usual currency for a code that is none", () => {
  const notIso = (got: string, region = "Berlin") =>
    `'currency' in compensation entry 1 (${region}) is not an ISO 4217 currency code (upper case, e.g. USD, GBP, EUR) (got the text "${got}").`;

  it("is not offered without a config, or for a region the config does not know", () => {
    const text = variant(SMALL, ["currency: EUR", "currency: XYZ"]);
    expect(schemaFindings(parseSeed(text)).map((finding) => finding.fixes)).toEqual([[]]);
    expect(located(variant(text, ["region: Berlin", "region: Atlantis"]))).toEqual([["currency-code", notIso("XYZ", "Atlantis"), "XYZ", []]]);
  });

  it("is not offered for a code that only lacks upper case, even with spaces around it", () => {
    expect(located(variant(SMALL, ["currency: EUR", 'currency: " eur"']))).toEqual([
      ["currency-code", notIso(" eur"), '" eur"', [["Write the currency code in upper case: EUR", ["EUR"]]]],
    ]);
  });

  it("is not offered for a currency that is no text", () => {
    expect(located(variant(SMALL, ["currency: EUR", "currency: 5"]))).toEqual([
      ["invalid-value", "'currency' in compensation entry 1 (Berlin) must be text, not number 5.", "5", []],
    ]);
  });

  it("is not offered where the currency is an alias: the value is written elsewhere", () => {
    const text = variant(SMALL, ['company_display: "Acme"', 'company_display: &name "XYZ"'], ["currency: EUR", "currency: *name"]);
    expect(located(text)).toEqual([["currency-code", notIso("XYZ"), "*name", []]]);
  });
});

describe("schemaFindings: adding an entry's missing keys", () => {
  const noCurrency = variant(SMALL, ["    currency: EUR\n", ""]);

  it("fills the currency with USD without a config", () => {
    expect(
      schemaFindings(parseSeed(noCurrency)).map((finding) => [
        finding.message,
        finding.fixes?.map((fix) => [fix.title, fix.edits.map((edit) => edit.newText)]),
      ]),
    ).toEqual([
      [
        "Missing required key 'currency' in compensation entry 1 (Berlin).",
        [["Add 'currency' to Berlin (placeholder values to fill in)", ["\n    currency: USD"]]],
      ],
    ]);
  });

  it("names no region in the title when the region is no text, and fills USD", () => {
    expect(located(variant(noCurrency, ["region: Berlin", "region: 5"]))).toEqual([
      ["invalid-value", "'region' in compensation entry 1 must be text, not number 5.", "5", []],
      [
        "missing-key",
        "Missing required key 'currency' in compensation entry 1.",
        "region",
        [["Add 'currency' (placeholder values to fill in)", ["\n    currency: USD"]]],
      ],
    ]);
  });

  it("offers no fix for an entry written as an alias (its keys are written elsewhere)", () => {
    const text = withSecondEntry(variant(noCurrency, ["  - region: Berlin", "  - &berlin\n    region: Berlin"]), "- *berlin");
    expect(located(text)).toEqual([
      [
        "missing-key",
        "Missing required key 'currency' in compensation entry 1 (Berlin).",
        "region",
        [["Add 'currency' to Berlin (placeholder values to fill in)", ["\n    currency: EUR"]]],
      ],
      ["missing-key", "Missing required key 'currency' in compensation entry 2 (Berlin).", "*berlin", []],
    ]);
  });
});

describe("schemaFindings: what a merge brings in is reported where it is written", () => {
  /** SMALL with Berlin's entry anchored, changed by `change`, and Munich's entry merging it. */
  const merged = (...change: [string, string][]) =>
    withSecondEntry(variant(SMALL, ["  - region: Berlin", "  - &berlin\n    region: Berlin"], ...change), "- <<: *berlin", "  region: Munich");

  it("a wrong value: once, at the value", () => {
    expect(located(merged(["base_low: 80000", "base_low: -1"]))).toEqual([
      ["invalid-value", "'base_low' in compensation entry 1 (Berlin) must not be negative (got number -1).", "-1", []],
    ]);
  });

  it("an unknown key: once, at the key", () => {
    expect(located(merged(["bonus_pct: 10", "bonus_pct: 10\n    bonus: 5"]))).toEqual([
      ["unknown-key", "Unknown key 'bonus' in compensation entry 1 (Berlin).", "bonus", []],
    ]);
  });

  it("a value left empty (`base_low:`): once, where it is written", () => {
    const text = merged(["base_low: 80000", "base_low:"]);
    const [finding, ...others] = schemaFindings(parseSeed(text), DEFAULT_CONFIG);
    expect([finding?.message, finding?.span.start, finding?.span.end, others]).toEqual([
      "'base_low' in compensation entry 1 (Berlin) must be a number, not null.",
      text.indexOf("base_low:") + "base_low:".length,
      text.indexOf("base_low:") + "base_low:".length,
      [],
    ]);
  });

  // Regression: a key written without a value node (`? base_low`, or `base_low` alone in a flow
  // mapping) was reported at its key and again at each alias of its entry.
  it.each([
    ["an explicit key without a value", BERLIN_ENTRY.replace("  - region: Berlin\n    base_low: 80000\n", "  - &berlin\n    region: Berlin\n    ? base_low\n")],
    [
      "a key alone in a flow mapping",
      "  - &berlin {region: Berlin, base_low, base_high: 100000, stock_low: 40000, stock_high: 80000, bonus_pct: 10, total_comp_low: 98000, total_comp_high: 130000, currency: EUR}\n",
    ],
  ])("a value with no node at all (%s): once, at its key", (_, entry) => {
    const text = withSecondEntry(variant(SMALL, [BERLIN_ENTRY, entry]), "- *berlin");
    expect(located(text)).toEqual([["invalid-value", "'base_low' in compensation entry 1 (Berlin) must be a number, not null.", "base_low", []]]);
  });

  it("an unknown key written as an alias, in an entry repeated by an alias: in each (no key text ties the two)", () => {
    const entry = BERLIN_ENTRY.replace("  - region: Berlin\n", "  - &berlin\n    region: Berlin\n    *extra : 5\n");
    const text = withSecondEntry(variant(SMALL, ['company_display: "Acme"', 'company_display: &extra "bonus"'], [BERLIN_ENTRY, entry]), "- *berlin");
    expect(located(text)).toEqual([
      ["unknown-key", "Unknown key 'bonus' in compensation entry 1 (Berlin).", "region", []],
      ["unknown-key", "Unknown key 'bonus' in compensation entry 2 (Berlin).", "*berlin", []],
    ]);
  });
});

describe("schemaFindings: seeds without a frontmatter, and the cache", () => {
  it("a text without a frontmatter has no schema finding, and is not valid", () => {
    const seed = parseSeed("# Notes\n");
    expect(schemaFindings(seed, DEFAULT_CONFIG)).toEqual([]);
    expect(frontmatterValid(seed)).toBe(false);
  });

  it("frontmatterValid is the schema's verdict", () => {
    expect(frontmatterValid(parseSeed(SMALL))).toBe(true);
    expect(frontmatterValid(parseSeed(variant(SMALL, ["role_type: standard", "role_type: 5"])))).toBe(false);
  });

  it("a seed's findings are computed once: the second call gives the same list", () => {
    const seed = parseSeed(variant(SMALL, ["role_type: standard", "role_type: 5"]));
    const first = schemaFindings(seed, DEFAULT_CONFIG);
    expect(schemaFindings(seed, DEFAULT_CONFIG)).toBe(first);
  });
});
