import { CLEAN, removeLine, SMALL, variant } from "../fixtures";
import { describe, expect, it } from "vitest";
import { ruleFindings, ruleTester, withCrlf, type InvalidCase } from "../rule-tester";

const wrongRole: InvalidCase = {
  name: "the role differs: only the heading's text is replaced",
  text: variant(SMALL, ["### Software Engineer | Acme", "### Software Eng | Acme"]),
  findings: [
    {
      line: 28,
      column: 5,
      endLine: 28,
      endColumn: 49,
      message: "The heading says 'Software Eng | Acme Global Negotiation Guide' but the frontmatter says 'Software Engineer | Acme Global Negotiation Guide'.",
    },
  ],
  output: SMALL,
};
const missing: InvalidCase = {
  name: "no heading: inserted at the start of the body (not over Evidence & Sources)",
  text: removeLine(SMALL, "### Software Engineer"),
  findings: [
    {
      line: 27,
      column: 1,
      endLine: 27,
      endColumn: 4,
      message: "The body has no heading; it should read '### Software Engineer | Acme Global Negotiation Guide'.",
    },
  ],
  output: SMALL,
};

const adds: InvalidCase = {
  name: "words added after the guide's title: nothing contradicts, so nothing is fixed; dropping them is a suggestion",
  text: variant(SMALL, ["Negotiation Guide\n", "Negotiation Guide (2026 edition, $300K RSU)\n"]),
  findings: [
    {
      line: 28,
      column: 55,
      endLine: 28,
      endColumn: 80,
      message: "The heading adds '(2026 edition, $300K RSU)' to what the frontmatter says ('Software Engineer | Acme Global Negotiation Guide').",
    },
  ],
  output: null,
  suggestions: [{ title: "Write the heading as the frontmatter says (drop '(2026 edition, $300K RSU)')", output: SMALL }],
};
const wrongAndAdds: InvalidCase = {
  name: "another role with words added: only the role's word is replaced, the added words stay",
  text: variant(SMALL, [
    "### Software Engineer | Acme Global Negotiation Guide",
    "### Senior Engineer | Acme Global Negotiation Guide (2026 edition, $300K RSU)",
  ]),
  findings: [
    {
      line: 28,
      column: 5,
      endLine: 28,
      endColumn: 78,
      message:
        "The heading says 'Senior Engineer | Acme Global Negotiation Guide (2026 edition, $300K RSU)' but the frontmatter says 'Software Engineer | Acme Global Negotiation Guide'.",
    },
  ],
  output: variant(SMALL, ["Negotiation Guide\n", "Negotiation Guide (2026 edition, $300K RSU)\n"]),
  suggestions: [{ title: "Write the heading as the frontmatter says (drop '(2026 edition, $300K RSU)')", output: SMALL }],
};

ruleTester("heading-mismatch", {
  valid: [
    // The heading means what it renders to, in either Unicode normalization form (regressions).
    { name: "bold and an entity for the pipe", text: variant(SMALL, ["### Software Engineer | Acme", "### **Software Engineer** &#124; Acme"]) },
    {
      name: "a heading in NFD for a frontmatter in NFC",
      text: variant(SMALL, ["role_display: Software Engineer", "role_display: Café Engineer"], ["### Software Engineer", "### Cafe\u0301 Engineer"]),
    },
    { name: "the clean seed", text: CLEAN },
    { name: "a comma after the last word is no difference (a clause mark)", text: variant(SMALL, ["Negotiation Guide\n", "Negotiation Guide,\n"]) },
    { name: "extra spaces inside the heading", text: variant(SMALL, ["### Software Engineer | Acme Global", "###   Software  Engineer |  Acme Global"]) },
    { name: "another heading level", text: variant(SMALL, ["### Software Engineer", "## Software Engineer"]) },
    { name: "closing hashes", text: variant(SMALL, ["Negotiation Guide\n", "Negotiation Guide ###\n"]) },
    { name: "no role_display: nothing to compare (missing-key reports it)", text: removeLine(SMALL, "role_display:") },
  ],
  invalid: [
    wrongRole,
    withCrlf(wrongRole),
    adds,
    withCrlf(adds),
    wrongAndAdds,
    withCrlf(wrongAndAdds),
    {
      name: "the company differs (company_display with an ampersand)",
      text: variant(CLEAN, ["### ML/AI Engineer | Weights & Biases Global", "### ML/AI Engineer | Weights and Biases Global"]),
      findings: [
        {
          line: 48,
          column: 5,
          endLine: 48,
          endColumn: 65,
          message:
            "The heading says 'ML/AI Engineer | Weights and Biases Global Negotiation Guide' but the frontmatter says 'ML/AI Engineer | Weights & Biases Global Negotiation Guide'.",
        },
      ],
      output: CLEAN,
    },
    missing,
    withCrlf(missing),
    {
      name: "two runs of added words: both named, joined by an ellipsis",
      text: variant(SMALL, ["### Software Engineer | Acme Global Negotiation Guide", "### Software Engineer (Backend) | Acme Global Negotiation Guide (2026)"]),
      findings: [
        {
          line: 28,
          column: 23,
          endLine: 28,
          endColumn: 71,
          message: "The heading adds '(Backend) … (2026)' to what the frontmatter says ('Software Engineer | Acme Global Negotiation Guide').",
        },
      ],
      output: null,
      suggestions: [{ title: "Write the heading as the frontmatter says (drop '(Backend) … (2026)')", output: SMALL }],
    },
    {
      name: "a heading without the guide suffix",
      text: variant(SMALL, ["### Software Engineer | Acme Global Negotiation Guide", "### Software Engineer | Acme"]),
      findings: [
        {
          line: 28,
          column: 5,
          endLine: 28,
          endColumn: 29,
          message: "The heading says 'Software Engineer | Acme' but the frontmatter says 'Software Engineer | Acme Global Negotiation Guide'.",
        },
      ],
      output: SMALL,
    },
  ],
});

// The tester compares the titles of suggestions only; a safe fix's title is what the editor's
// quick fix menu shows too.
describe("heading-mismatch: the titles of its safe fixes", () => {
  it.each([
    [missing, [["Add the heading from the frontmatter", true]]],
    [wrongRole, [["Update the heading from the frontmatter", true]]],
    [
      wrongAndAdds,
      [
        ["Update the heading from the frontmatter (keep what it adds)", true],
        ["Write the heading as the frontmatter says (drop '(2026 edition, $300K RSU)')", false],
      ],
    ],
  ])("$name", (testCase, titles) => {
    expect(ruleFindings("heading-mismatch", testCase.text).flatMap((finding) => finding.fixes?.map((fix) => [fix.title, fix.safe]) ?? [])).toEqual(titles);
  });
});
