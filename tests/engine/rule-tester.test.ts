// The tester and the fixtures are test code that other tests trust: check that they can fail.
import { describe, expect, it } from "vitest";
import { CLEAN, crlf, REFERENCE, removeLine, replaceOnce, SMALL, variant } from "./fixtures";
import { applyRuleFixes, ruleFindings, toExpected, verifyInvalid, verifyMetadata, verifyValid, withCrlf, type InvalidCase } from "./rule-tester";

describe("fixtures", () => {
  it("refuses a replacement target that is absent or ambiguous", () => {
    expect(() => replaceOnce(SMALL, "no such text", "x")).toThrow("found 0");
    expect(() => replaceOnce(CLEAN, "| 5% |", "x")).toThrow("found 3");
    expect(() => removeLine(SMALL, "---")).toThrow("exactly once");
    expect(variant("a b", ["a", "c"], ["b", "d"])).toBe("c d");
  });

  it("CLEAN differs from the reference seed only by its review date and bonus cells", () => {
    expect(variant(REFERENCE, ["next_review_due: 2026-05-23", "next_review_due: 2027-05-23"]).replace(/\| 5–15% \|/g, "| 5% |")).toBe(CLEAN);
    expect(CLEAN).not.toBe(REFERENCE);
  });
});

describe("rule tester helpers", () => {
  it("applies only the named rule's safe fixes", () => {
    const broken = variant(CLEAN, ["| London | £148K–£194K |", "| London | $148K–$194K |"], ["### ML/AI Engineer |", "### ML Engineer |"]);
    const fixed = applyRuleFixes("table-cell-mismatch", broken);
    expect(fixed).toBe(variant(CLEAN, ["### ML/AI Engineer |", "### ML Engineer |"]));
    expect(ruleFindings("heading-mismatch", fixed).length).toBe(1);
  });

  it("converts findings to 1-based positions", () => {
    expect(toExpected(ruleFindings("review-overdue", REFERENCE)[0]!)).toEqual({ line: 10, column: 18, endLine: 10, endColumn: 28 });
  });

  it("makes CRLF copies of a case, outputs included", () => {
    const copy = withCrlf({ name: "x", text: "a\nb", findings: [], output: "c\nd", suggestions: [{ title: "t", output: "e\nf" }] });
    expect(copy).toEqual({ name: "x (CRLF)", text: "a\r\nb", findings: [], output: "c\r\nd", suggestions: [{ title: "t", output: "e\r\nf" }] });
    expect(withCrlf({ name: "y", text: "a\n", findings: [], output: null }).output).toBeNull();
    expect(crlf("a\r\nb\nc")).toBe("a\r\nb\r\nc");
  });
});

describe("the strict rule tester fails on a wrong expectation", () => {
  // Correct cases first (they must pass), then each one spoilt in a single way.
  const dnaText = variant(SMALL, ["**Negotiation DNA:** Cash-heavy offers", "**Negotiation DNA:** Equity-heavy offers"]);
  const dna: InvalidCase = {
    name: "a DNA line that differs",
    text: dnaText,
    findings: [
      {
        line: 30,
        column: 22,
        endLine: 30,
        endColumn: 41,
        message: "The Negotiation DNA line says 'Equity-heavy offers' but the frontmatter says 'Cash-heavy offers'.",
      },
    ],
    output: SMALL,
    suggestions: [{ title: "Set the frontmatter from the Negotiation DNA line", output: variant(dnaText, ['"Cash-heavy offers"', '"Equity-heavy offers"']) }],
  };
  const currencyText = variant(SMALL, ["currency: EUR", "currency: GBP"]);
  const currency: InvalidCase = {
    name: "Berlin paid in GBP",
    text: currencyText,
    findings: [{ line: 20, column: 15, endLine: 20, endColumn: 18, message: "Berlin is usually paid in EUR, but this entry says GBP." }],
    output: null,
    suggestions: [{ title: "Set the currency of Berlin to EUR", output: SMALL }],
  };
  const twoRanges = variant(SMALL, ["    base_high: 100000", "    base_high: 70000"], ["    stock_high: 80000", "    stock_high: 30000"]);
  const ranges: InvalidCase = {
    name: "two ranges the wrong way round",
    text: twoRanges,
    findings: [
      { line: 14, column: 16, endLine: 14, endColumn: 21, message: "'base_high' (€70K) is below 'base_low' (€80K) in Berlin." },
      { line: 16, column: 17, endLine: 16, endColumn: 22, message: "'stock_high' (€30K) is below 'stock_low' (€40K) in Berlin." },
    ],
  };
  const problems = (ruleId: string, testCase: InvalidCase) => verifyInvalid(ruleId, testCase).map((problem) => problem.split(":")[0]);

  it("passes the correct cases, and their CRLF copies", () => {
    expect(verifyInvalid("dna-mismatch", dna)).toEqual([]);
    expect(verifyInvalid("region-currency", currency)).toEqual([]);
    expect(verifyInvalid("range-order", ranges)).toEqual([]);
    expect(verifyInvalid("dna-mismatch", withCrlf(dna))).toEqual([]);
    expect(verifyValid("dna-mismatch", { name: "clean", text: SMALL })).toEqual([]);
  });

  it("a message that is only part of the real one", () => {
    expect(problems("dna-mismatch", { ...dna, findings: [{ ...dna.findings[0]!, message: "The Negotiation DNA line says 'Equity-heavy offers'" }] })).toEqual([
      "findings differ",
    ]);
  });

  it("a fixing rule's case without output, or with a wrong one", () => {
    const { output: _output, ...withoutOutput } = dna;
    expect(problems("dna-mismatch", withoutOutput)).toEqual(['the rule fixes this case, so its output is required; the fixed text is "---\\ncompany']);
    expect(problems("dna-mismatch", { ...dna, output: null })[0]).toBe('the rule fixes this case, so its output is required; the fixed text is "---\\ncompany');
    expect(problems("dna-mismatch", { ...dna, output: dnaText })).toEqual(["output differs"]);
  });

  it("an output for a rule that does not fix the case", () => {
    expect(problems("region-currency", { ...currency, output: SMALL })).toEqual(["the case expects a safe-fix output but no finding has a safe fix"]);
  });

  it("a suggestion left out, cut short, or with a wrong output", () => {
    expect(problems("region-currency", { ...currency, suggestions: [] })).toEqual(["suggestion titles differ"]);
    expect(problems("region-currency", { ...currency, suggestions: [{ title: "Set the currency of Berlin", output: SMALL }] })).toEqual([
      "suggestion titles differ",
    ]);
    expect(problems("region-currency", { ...currency, suggestions: [{ ...currency.suggestions![0]!, output: currencyText }] })).toEqual([
      'the output of "Set the currency of Berlin to EUR" differs',
    ]);
  });

  it("a finding left out, or one too many", () => {
    expect(problems("range-order", { ...ranges, findings: [ranges.findings[0]!] })).toEqual(["findings differ"]);
    expect(problems("range-order", { ...ranges, findings: [...ranges.findings, ranges.findings[1]!] })).toEqual(["findings differ"]);
  });

  it("a wrong line, column or end, or a wrong severity", () => {
    const at = ranges.findings[0]!;
    for (const wrong of [{ line: 13 }, { column: 15 }, { endLine: 15 }, { endColumn: 22 }, { severity: "warning" as const }]) {
      expect(problems("range-order", { ...ranges, findings: [{ ...at, ...wrong }, ranges.findings[1]!] })).toEqual(["findings differ"]);
    }
  });

  it("a valid case the rule reports", () => {
    expect(verifyValid("dna-mismatch", { name: "not clean", text: dnaText })).toEqual([
      `unexpected finding: ${dna.findings[0]!.message} @${JSON.stringify({ line: 30, column: 22, endLine: 30, endColumn: 41 }, null, 1)}`,
    ]);
  });

  it("metadata that does not match what the rule produced", () => {
    const fixed = ruleFindings("dna-mismatch", dnaText);
    const suggested = ruleFindings("region-currency", currencyText);
    const bare = ruleFindings("range-order", twoRanges);
    expect(verifyMetadata({ id: "dna-mismatch", fixable: "always", hasSuggestions: true }, fixed)).toEqual([]);
    expect(verifyMetadata({ id: "dna-mismatch", fixable: "never", hasSuggestions: true }, fixed)).toEqual([
      'dna-mismatch declares fixable: "never", but 1 of its 1 findings carry a safe fix ("always")',
    ]);
    expect(verifyMetadata({ id: "x", fixable: "always", hasSuggestions: true }, [...fixed, ...suggested])).toEqual([
      'x declares fixable: "always", but 1 of its 2 findings carry a safe fix ("sometimes")',
    ]);
    expect(verifyMetadata({ id: "range-order", fixable: "sometimes", hasSuggestions: true }, bare)).toEqual([
      'range-order declares fixable: "sometimes", but 0 of its 2 findings carry a safe fix ("never")',
      "range-order declares hasSuggestions: true, but its findings carry no suggestion",
    ]);
    expect(verifyMetadata({ id: "region-currency", fixable: "never", hasSuggestions: false }, suggested)).toEqual([
      "region-currency declares hasSuggestions: false, but its findings carry a suggestion",
    ]);
  });
});
