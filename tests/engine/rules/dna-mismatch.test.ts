import { CLEAN, removeLine, SMALL, variant } from "../fixtures";
import { ruleTester, withCrlf, type InvalidCase } from "../rule-tester";

const LINK_START = "[Cash-heavy offers](https://example.com/";
const LINK_AT_LIMIT = `${LINK_START}${"a".repeat(17 * 4 + 1000 - LINK_START.length - 1)})`;

const wrong: InvalidCase = {
  name: "a different summary: only the value is replaced",
  text: variant(SMALL, ["**Negotiation DNA:** Cash-heavy offers", "**Negotiation DNA:** Equity-heavy offers"]),
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
  suggestions: [
    {
      title: "Set the frontmatter from the Negotiation DNA line",
      output: variant(
        SMALL,
        ["**Negotiation DNA:** Cash-heavy offers", "**Negotiation DNA:** Equity-heavy offers"],
        ['"Cash-heavy offers"', '"Equity-heavy offers"'],
      ),
    },
  ],
};
const adds: InvalidCase = {
  name: "words added after the summary: nothing contradicts, so nothing is fixed; both directions are suggestions",
  text: variant(SMALL, ["**Negotiation DNA:** Cash-heavy offers", "**Negotiation DNA:** Cash-heavy offers (plus $40K sign-on at L5)"]),
  findings: [
    {
      line: 30,
      column: 40,
      endLine: 30,
      endColumn: 65,
      message: "The Negotiation DNA line adds '(plus $40K sign-on at L5)' to what the frontmatter says ('Cash-heavy offers').",
    },
  ],
  output: null,
  suggestions: [
    { title: "Write the Negotiation DNA line as the frontmatter says (drop '(plus $40K sign-on at L5)')", output: SMALL },
    {
      title: "Set the frontmatter from the Negotiation DNA line",
      output: variant(
        SMALL,
        ["**Negotiation DNA:** Cash-heavy offers", "**Negotiation DNA:** Cash-heavy offers (plus $40K sign-on at L5)"],
        ['"Cash-heavy offers"', '"Cash-heavy offers (plus $40K sign-on at L5)"'],
      ),
    },
  ],
};
const wrongAndAdds: InvalidCase = {
  name: "a different summary with words added: only the contradicting word is replaced, the added words stay",
  text: variant(SMALL, ["**Negotiation DNA:** Cash-heavy offers", "**Negotiation DNA:** Equity-heavy offers (plus $40K sign-on at L5)"]),
  findings: [
    {
      line: 30,
      column: 22,
      endLine: 30,
      endColumn: 67,
      message: "The Negotiation DNA line says 'Equity-heavy offers (plus $40K sign-on at L5)' but the frontmatter says 'Cash-heavy offers'.",
    },
  ],
  output: variant(SMALL, ["**Negotiation DNA:** Cash-heavy offers", "**Negotiation DNA:** Cash-heavy offers (plus $40K sign-on at L5)"]),
  suggestions: [
    { title: "Write the Negotiation DNA line as the frontmatter says (drop '(plus $40K sign-on at L5)')", output: SMALL },
    {
      title: "Set the frontmatter from the Negotiation DNA line",
      output: variant(
        SMALL,
        ["**Negotiation DNA:** Cash-heavy offers", "**Negotiation DNA:** Equity-heavy offers (plus $40K sign-on at L5)"],
        ['"Cash-heavy offers"', '"Equity-heavy offers (plus $40K sign-on at L5)"'],
      ),
    },
  ],
};
const missing: InvalidCase = {
  name: "no DNA line: inserted after the heading",
  text: variant(SMALL, ["**Negotiation DNA:** Cash-heavy offers\n\n", ""]),
  findings: [
    {
      line: 28,
      column: 1,
      endLine: 28,
      endColumn: 54,
      message: "The body has no Negotiation DNA line; it should read '**Negotiation DNA:** Cash-heavy offers'.",
    },
  ],
  output: SMALL,
};

ruleTester("dna-mismatch", {
  valid: [
    {
      // The frontmatter's 17 characters allow a line of 17 × 4 + 1000 characters to be rendered.
      name: "a link to a long address, as long as a line may be and still be rendered, means its text",
      text: variant(SMALL, ["**Negotiation DNA:** Cash-heavy offers", `**Negotiation DNA:** ${LINK_AT_LIMIT}`]),
    },
    {
      name: "emphasis inside the summary (regression)",
      text: variant(SMALL, ["**Negotiation DNA:** Cash-heavy offers", "**Negotiation DNA:** *Cash-heavy* offers"]),
    },
    { name: "the clean seed (a later bold **Negotiation DNA** paragraph is not the line)", text: CLEAN },
    { name: "the colon outside the bold", text: variant(SMALL, ["**Negotiation DNA:** Cash-heavy offers", "**Negotiation DNA**: Cash-heavy offers"]) },
    { name: "another case and extra spaces", text: variant(SMALL, ["**Negotiation DNA:** Cash-heavy offers", "**negotiation dna:**   Cash-heavy   offers  "]) },
    { name: "no summary in the frontmatter: nothing to compare", text: removeLine(SMALL, "negotiation_dna_summary:") },
  ],
  invalid: [
    wrong,
    withCrlf(wrong),
    adds,
    withCrlf(adds),
    wrongAndAdds,
    withCrlf(wrongAndAdds),
    {
      name: "a folded block scalar in the frontmatter: setting it keeps the next key on its own line",
      text: variant(
        SMALL,
        ['negotiation_dna_summary: "Cash-heavy offers"', "negotiation_dna_summary: >-\n  Cash-heavy\n  offers"],
        ["offers\n\n| Region", "offers, remote\n\n| Region"],
      ),
      findings: [
        {
          line: 32,
          column: 41,
          endLine: 32,
          endColumn: 47,
          message: "The Negotiation DNA line adds 'remote' to what the frontmatter says ('Cash-heavy offers').",
        },
      ],
      output: null,
      suggestions: [
        {
          title: "Write the Negotiation DNA line as the frontmatter says (drop 'remote')",
          output: variant(SMALL, ['negotiation_dna_summary: "Cash-heavy offers"', "negotiation_dna_summary: >-\n  Cash-heavy\n  offers"]),
        },
        {
          title: "Set the frontmatter from the Negotiation DNA line",
          output: variant(
            SMALL,
            ['negotiation_dna_summary: "Cash-heavy offers"', 'negotiation_dna_summary: "Cash-heavy offers, remote"'],
            ["offers\n\n| Region", "offers, remote\n\n| Region"],
          ),
        },
      ],
    },
    missing,
    withCrlf(missing),
    {
      name: "no DNA line and no heading: inserted at the start of the body",
      text: variant(SMALL, ["### Software Engineer | Acme Global Negotiation Guide\n\n**Negotiation DNA:** Cash-heavy offers\n\n", ""]),
      findings: [
        {
          line: 27,
          column: 1,
          endLine: 27,
          endColumn: 4,
          message: "The body has no Negotiation DNA line; it should read '**Negotiation DNA:** Cash-heavy offers'.",
        },
      ],
      output: variant(SMALL, ["### Software Engineer | Acme Global Negotiation Guide\n\n", ""]),
    },
    {
      name: "the reference seed's long summary, one word changed",
      text: variant(CLEAN, ["**Negotiation DNA:** Premium Base", "**Negotiation DNA:** Standard Base"]),
      findings: [
        {
          line: 50,
          column: 22,
          endLine: 50,
          endColumn: 141,
          message:
            "The Negotiation DNA line says 'Standard Base + Growth-Stage Equity + AI Premium | MLOps Platform Leader | 2026 Focus: Intelligent ML Platform Features' but the frontmatter says 'Premium Base + Growth-Stage Equity + AI Premium | MLOps Platform Leader | 2026 Focus: Intelligent ML Platform Features'.",
        },
      ],
      output: CLEAN,
      suggestions: [
        {
          title: "Set the frontmatter from the Negotiation DNA line",
          output: variant(
            CLEAN,
            ["**Negotiation DNA:** Premium Base", "**Negotiation DNA:** Standard Base"],
            ['summary: "Premium Base', 'summary: "Standard Base'],
          ),
        },
      ],
    },
  ],
});
