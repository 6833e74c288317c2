import { describe, expect, it } from "vitest";
import { checkBytes, checkSeed, decodeSeed, disabledRules, fixSeed, parseConfigText } from "../../server/src/engine";
import { CLEAN, crlf, REFERENCE, ROWS, SMALL, TODAY, variant, withSanFranciscoCell } from "./fixtures";

const rulesOf = (text: string, config?: ReturnType<typeof parseConfigText>["config"]) =>
  checkSeed(text, { today: TODAY, config }).findings.map((f) => `${f.rule}:${f.severity}`);
const REFERENCE_RULES = ["review-overdue:warning", "table-bonus-range:warning", "table-bonus-range:warning", "table-bonus-range:warning"];

describe("checkSeed", () => {
  it("finds nothing in the clean fixtures", () => {
    expect(rulesOf(CLEAN)).toEqual([]);
    expect(rulesOf(SMALL)).toEqual([]);
    expect(rulesOf(crlf(CLEAN))).toEqual([]);
  });

  it("finds the reference seed's review date and 5–15% bonus cells, in position order", () => {
    expect(rulesOf(REFERENCE)).toEqual(REFERENCE_RULES);
  });

  it("never reads the clock: today decides what is overdue", () => {
    expect(checkSeed(REFERENCE, { today: "2026-05-23" }).findings.map((f) => f.rule)).not.toContain("review-overdue");
    expect(checkSeed(REFERENCE, { today: "2026-05-24" }).findings.map((f) => f.rule)).toContain("review-overdue");
  });
});

describe("severity overrides", () => {
  const config = (rules: Record<string, string>) => parseConfigText(JSON.stringify({ rules })).config;

  it("turns a rule off", () => {
    expect(rulesOf(REFERENCE, config({ "review-overdue": "off" }))).toEqual(REFERENCE_RULES.slice(1));
  });

  it("changes a rule's severity", () => {
    expect(rulesOf(REFERENCE, config({ "review-overdue": "error", "table-bonus-range": "info" }))).toEqual([
      "review-overdue:error",
      "table-bonus-range:info",
      "table-bonus-range:info",
      "table-bonus-range:info",
    ]);
  });

  it("applies to not-text from undecodable bytes too", () => {
    const bytes = Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]);
    expect(checkBytes(bytes, { today: TODAY }).findings.map((f) => f.rule)).toEqual(["not-text"]);
    expect(checkBytes(bytes, { today: TODAY, config: config({ "not-text": "off" }) }).findings).toEqual([]);
  });
});

describe("disable comments", () => {
  it("parses HTML and YAML comments, several ids, and the bare form (all rules)", () => {
    expect(disabledRules("no comment")).toEqual(new Set());
    expect(disabledRules("x <!-- seeds-disable a, b -->\n  # seeds-disable c\n")).toEqual(new Set(["a", "b", "c"]));
    expect(disabledRules("<!--seeds-disable review-overdue-->")).toEqual(new Set(["review-overdue"]));
    expect(disabledRules("# seeds-disable review-overdue\r\nnext")).toEqual(new Set(["review-overdue"]));
    expect(disabledRules("<!-- seeds-disable -->")).toBe("all");
    expect(disabledRules("# seeds-disable\r\n")).toBe("all");
  });

  it("an HTML comment in the body turns rules off for the file", () => {
    expect(rulesOf(`${REFERENCE}\n<!-- seeds-disable review-overdue -->\n`)).toEqual(REFERENCE_RULES.slice(1));
    expect(rulesOf(`${REFERENCE}\n<!-- seeds-disable review-overdue, table-bonus-range -->\n`)).toEqual([]);
  });

  it("a YAML comment in the frontmatter turns rules off", () => {
    const text = variant(REFERENCE, ["data_quality: high", "data_quality: high\n# seeds-disable table-bonus-range"]);
    expect(rulesOf(text)).toEqual(["review-overdue:warning"]);
  });

  it("a bare disable comment turns every rule off", () => {
    expect(rulesOf(`${REFERENCE}\n<!-- seeds-disable -->\n`)).toEqual([]);
    expect(rulesOf(`<!-- seeds-disable -->\n`)).toEqual([]);
  });

  it("fixSeed leaves disabled rules' problems alone", () => {
    const text = `${REFERENCE}\n<!-- seeds-disable table-bonus-range -->\n`;
    expect(fixSeed(text, { today: TODAY })).toMatchObject({ text, applied: 0 });
  });
});

/** The changed region of a text: [removed, inserted] between the common prefix and suffix. */
function changedRegion(before: string, after: string): [string, string] {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return [before.slice(prefix, before.length - suffix), after.slice(prefix, after.length - suffix)];
}

describe("fixSeed", () => {
  it.each([
    ["a base high end", withSanFranciscoCell("base", "$195K–$250K"), ["0", "5"]],
    ["a currency symbol", withSanFranciscoCell("stock", "£170K–$310K"), ["£", "$"]],
    ["a different bonus", withSanFranciscoCell("bonus", "7%"), ["7", "5"]],
    ["a heading word", variant(CLEAN, ["### ML/AI Engineer |", "### ML Engineer |"]), ["", "/AI"]],
  ])("changes only the bytes that must change: %s", (_name, text, region) => {
    const result = fixSeed(text, { today: TODAY });
    expect(result.text).toBe(CLEAN);
    expect(changedRegion(text, result.text)).toEqual(region);
    expect(result.applied).toBe(1);
    expect(result.findings).toEqual([]);
  });

  it("repairs many problems in passes and ends clean", () => {
    const broken = variant(
      CLEAN,
      ["### ML/AI Engineer |", "### ML Engineer |"],
      [
        "| San Francisco | $195K–$255K | $170K–$310K | 5% | $268K–$395K |\n| New York | $190K–$250K | $170K–$310K | 5% | $263K–$388K |\n",
        "| New York | $190K–$250K | $170K–$310K | 7% | $263K–$388K |\n",
      ],
      ["| London | £148K–£194K |", "| London | $148K–$194K |"],
      ["| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |", "| Region | Base | Stock | Bonus | Total |"],
      ["**Level Mapping:** W&B ML/AI Engineer = Google L4-L5 ML Engineer", "**Level Mapping:** W&B ML Engineer"],
    );
    const result = fixSeed(broken, { today: TODAY });
    expect(result.text).toBe(CLEAN);
    expect(result.findings).toEqual([]);
  });

  it("counts each fix once, when it is applied: one that overlaps another waits a pass and is not counted twice", () => {
    // No heading and no Negotiation DNA line: both fixes insert at the body's start, so the DNA
    // line waits for the second pass.
    const broken = CLEAN.split("\n")
      .filter((line) => !line.startsWith("### ") && !line.startsWith("**Negotiation DNA:**"))
      .join("\n");
    expect(checkSeed(broken, { today: TODAY }).findings.map((f) => f.rule)).toEqual(["heading-mismatch", "dna-mismatch"]);
    const result = fixSeed(broken, { today: TODAY });
    expect(result.findings).toEqual([]);
    expect(result.applied).toBe(2);
  });

  it("is idempotent: fixing a fixed text changes nothing", () => {
    for (const text of [REFERENCE, CLEAN, withSanFranciscoCell("base", "TBD"), crlf(REFERENCE)]) {
      const once = fixSeed(text, { today: TODAY });
      const twice = fixSeed(once.text, { today: TODAY });
      expect(twice.text).toBe(once.text);
      expect(twice.applied).toBe(0);
    }
  });

  it("keeps CRLF line endings and a byte order mark", () => {
    const text = `\uFEFF${crlf(variant(REFERENCE, ["| London | £148K–£194K |", "| London | $148K–$194K |"]))}`;
    const result = fixSeed(text, { today: TODAY });
    expect(result.text).toBe(`\uFEFF${crlf(REFERENCE)}`);
    expect(result.applied).toBe(1);
    expect(result.findings.map((f) => f.rule)).toEqual(["review-overdue", "table-bonus-range", "table-bonus-range", "table-bonus-range"]);
  });

  it("never drops what only the body says: the reference seed's 5–15% bonus ranges stay (regression)", () => {
    const result = fixSeed(REFERENCE, { today: TODAY });
    expect(result.text).toBe(REFERENCE);
    expect(result.applied).toBe(0);
    const ranges = result.findings.filter((f) => f.rule === "table-bonus-range");
    expect(ranges).toHaveLength(3);
    // Both directions are offered, neither applied: keep the range in the frontmatter, or drop it.
    expect(ranges[0]!.fixes.map((fix) => [fix.title, fix.safe])).toEqual([
      ["Add 'bonus_pct_high: 15' to San Francisco (keep the table's range)", false],
      ["Add bonus_pct_high from the table to every entry", false],
      ["Set San Francisco's Bonus to 5% (drop the table's upper end)", false],
    ]);
  });

  it("never deletes a line of prose with pipes right under the table (regression)", () => {
    const text = variant(CLEAN, [`${ROWS.london}\n`, `${ROWS.london}\nSources: Levels.fyi | Glassdoor | Blind (Feb 2026 pull)\n`]);
    const result = fixSeed(text, { today: TODAY });
    expect(result.text).toBe(text);
    expect(result.findings.map((f) => f.rule)).toEqual(["table-row-extra"]);
    expect(result.findings[0]!.fixes.map((fix) => [fix.title, fix.safe])).toEqual([
      ["End the table before this line (insert a blank line)", false],
      ["Remove the row for Sources: Levels.fyi", false],
    ]);
  });

  it("applies only safe fixes: unsafe ones stay suggestions", () => {
    const text = variant(
      CLEAN,
      ["    currency: GBP", "    currency: USD"],
      ["| London | £148K–£194K | £128K–£233K | 5% | £203K–£300K |", "| London | $148K–$194K | $128K–$233K | 5% | $203K–$300K |"],
    );
    const result = fixSeed(text, { today: TODAY });
    expect(result.text).toBe(text);
    expect(result.findings.map((f) => f.rule)).toEqual(["region-currency"]);
  });
});

describe("bytes: decodeSeed and checkBytes", () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it("removes a UTF-8 byte order mark and reports it", () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...encode(CLEAN)]);
    expect(decodeSeed(bytes)).toEqual({ text: CLEAN, bom: true });
    const checked = checkBytes(bytes, { today: TODAY });
    expect(checked.bom).toBe(true);
    expect(checked.findings).toEqual([]);
    expect(checked.decodeError).toBeUndefined();
  });

  it("finds the same problems with and without a BOM, at the same positions", () => {
    const plain = checkBytes(encode(REFERENCE), { today: TODAY });
    const bom = checkBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...encode(REFERENCE)]), { today: TODAY });
    expect(plain.bom).toBe(false);
    expect(bom.findings.map((f) => [f.rule, f.range])).toEqual(plain.findings.map((f) => [f.rule, f.range]));
  });

  it("reports bytes that are not UTF-8 as not-text at 1:1, without throwing", () => {
    const latin1 = Uint8Array.from([...encode("---\ncompany: caf"), 0xe9, ...encode("\n---\n")]);
    const checked = checkBytes(latin1, { today: TODAY });
    expect(checked.decodeError).toBe("The file is not valid UTF-8 text.");
    expect(checked.findings.map((f) => [f.rule, f.severity, f.message, f.range])).toEqual([
      ["not-text", "error", "This is not a text seed: The file is not valid UTF-8 text.", { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }],
    ]);
  });

  it("reports a UTF-16 file (FF FE) as not UTF-8", () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x2d, 0x00, 0x2d, 0x00, 0x2d, 0x00]);
    expect(checkBytes(utf16, { today: TODAY }).findings.map((f) => f.rule)).toEqual(["not-text"]);
  });
});
