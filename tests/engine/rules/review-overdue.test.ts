import { parseConfigText } from "../../../server/src/engine";
import { describe, expect, it } from "vitest";
import { CLEAN, REFERENCE, removeLine, SMALL, variant } from "../fixtures";
import { ruleFindings, ruleTester, withCrlf, type InvalidCase } from "../rule-tester";

const oneDay: InvalidCase = {
  name: "one day overdue, with the mark-reviewed suggestion",
  text: SMALL,
  today: "2027-01-16",
  findings: [{ line: 10, column: 18, endLine: 10, endColumn: 28, message: "Review overdue: 'next_review_due' was 2027-01-15, 1 day ago." }],
  output: null,
  suggestions: [
    {
      title: "Mark reviewed today (last_updated: 2027-01-16, next_review_due: 2027-04-16)",
      output: variant(SMALL, ["last_updated: 2026-06-01", "last_updated: 2027-01-16"], ["next_review_due: 2027-01-15", "next_review_due: 2027-04-16"]),
    },
  ],
};

ruleTester("review-overdue", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    { name: "due today is not overdue yet", text: SMALL, today: "2027-01-15" },
    { name: "an invalid date is not compared", text: variant(SMALL, ["next_review_due: 2027-01-15", "next_review_due: 2026-02-30"]) },
  ],
  invalid: [
    oneDay,
    withCrlf(oneDay),
    {
      name: "the reference seed is 189 days overdue on 2026-11-28",
      text: REFERENCE,
      findings: [{ line: 10, column: 18, endLine: 10, endColumn: 28, message: "Review overdue: 'next_review_due' was 2026-05-23, 189 days ago." }],
      output: null,
      suggestions: [
        {
          title: "Mark reviewed today (last_updated: 2026-11-28, next_review_due: 2027-02-26)",
          output: variant(REFERENCE, ["last_updated: 2026-02-23", "last_updated: 2026-11-28"], ["next_review_due: 2026-05-23", "next_review_due: 2027-02-26"]),
        },
      ],
    },
    {
      name: "the review interval comes from the configuration",
      text: SMALL,
      today: "2027-01-16",
      config: parseConfigText(JSON.stringify({ reviewIntervalDays: 30 })).config,
      findings: [{ line: 10, column: 18, endLine: 10, endColumn: 28, message: "Review overdue: 'next_review_due' was 2027-01-15, 1 day ago." }],
      output: null,
      suggestions: [
        {
          title: "Mark reviewed today (last_updated: 2027-01-16, next_review_due: 2027-02-15)",
          output: variant(SMALL, ["last_updated: 2026-06-01", "last_updated: 2027-01-16"], ["next_review_due: 2027-01-15", "next_review_due: 2027-02-15"]),
        },
      ],
    },
    {
      name: "a quoted date is replaced by a plain one (the value's whole span)",
      text: variant(SMALL, ["next_review_due: 2027-01-15", 'next_review_due: "2027-01-15"']),
      today: "2027-01-16",
      findings: [{ line: 10, column: 18, endLine: 10, endColumn: 30, message: "Review overdue: 'next_review_due' was 2027-01-15, 1 day ago." }],
      output: null,
      suggestions: [
        {
          title: "Mark reviewed today (last_updated: 2027-01-16, next_review_due: 2027-04-16)",
          output: variant(SMALL, ["last_updated: 2026-06-01", "last_updated: 2027-01-16"], ["next_review_due: 2027-01-15", "next_review_due: 2027-04-16"]),
        },
      ],
    },
  ],
});

describe("review-overdue: the mark-reviewed fix needs both dates", () => {
  it("without last_updated the overdue review has no fix", () => {
    const findings = ruleFindings("review-overdue", removeLine(SMALL, "last_updated: 2026-06-01"), { today: "2027-01-16" });
    expect(findings.map((finding) => [finding.message, finding.fixes])).toEqual([["Review overdue: 'next_review_due' was 2027-01-15, 1 day ago.", []]]);
  });
});
