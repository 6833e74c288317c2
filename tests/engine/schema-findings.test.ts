// The schema rules' findings (model/schema-findings.ts): how a wrong value is named, where
// missing keys are grouped, and what the fixes write.
import { describe, expect, it } from "vitest";
import { parseSeed } from "../../server/src/engine";
import { DEFAULT_CONFIG } from "../../server/src/engine/config";
import { schemaFindings } from "../../server/src/engine/model/schema-findings";
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
