// @ts-nocheck
// The tester and the fixtures are test code that other tests trust: check that they can fail.
import { describe, expect, it } from "vitest";
import { CLEAN, crlf, REFERENCE, removeLine, replaceOnce, SMALL, variant } from "./fixtures";
import { applyRuleFixes, ruleFindings, toExpected, withCrlf } from "./rule-tester";

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
