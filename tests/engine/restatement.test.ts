// compareRestatement: what in a heading or labelled line contradicts the frontmatter (rewritten by
// a safe fix) and what the author only added (kept).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits } from "../../server/src/engine";
import { compareRestatement } from "../../server/src/engine/model/restatement";

/** The text after the corrections, and the added runs as written. */
function outcome(found: string, expected: string) {
  const { corrections, additions, aligned } = compareRestatement(found, 0, expected);
  return { fixed: applyEdits(found, corrections), added: additions.map((span) => found.slice(span.start, span.end)), aligned };
}

describe("compareRestatement", () => {
  it.each([
    [
      "words added at the end",
      "Acme Global Negotiation Guide (2026 edition, $300K RSU)",
      "Acme Global Negotiation Guide",
      "Acme Global Negotiation Guide (2026 edition, $300K RSU)",
      ["(2026 edition, $300K RSU)"],
    ],
    [
      "a word replaced, words added",
      "Senior Engineer | Acme Guide (2026)",
      "Software Engineer | Acme Guide",
      "Software Engineer | Acme Guide (2026)",
      ["(2026)"],
    ],
    [
      "a trailing gap: the contradiction ends where a note opens",
      "Acme L3 = Google L5 | Remote OK",
      "Acme L3 = Google L4",
      "Acme L3 = Google L4 | Remote OK",
      ["| Remote OK"],
    ],
    ["a trailing gap: a comma opens a note", "Acme L3 = Google L5, Remote OK", "Acme L3 = Google L4", "Acme L3 = Google L4, Remote OK", ["Remote OK"]],
    [
      "a trailing gap without a mark: as many words as the frontmatter's",
      "Acme L3 = Google L5 Remote",
      "Acme L3 = Google L4",
      "Acme L3 = Google L4 Remote",
      ["Remote"],
    ],
    [
      "a leading gap: a colon ends a note before the contradiction",
      "Updated: Senior Engineer | Acme",
      "Software Engineer | Acme",
      "Updated: Software Engineer | Acme",
      ["Updated"],
    ],
    [
      "a middle gap: its last tokens contradict, those before them are added",
      "Data | Senior Staff Engineer | Acme",
      "Data | Software Engineer | Acme",
      "Data | Senior Software Engineer | Acme",
      ["Senior"],
    ],
    [
      "a middle gap as long as the frontmatter's is replaced whole",
      "Data | Staff Eng | Acme",
      "Data | Software Engineer | Acme",
      "Data | Software Engineer | Acme",
      [],
    ],
    [
      "a rank inside the line (regression: #1 was dropped)",
      "Leader | #1 LLMOps Platform | 2026",
      "Leader | MLOps Platform | 2026",
      "Leader | #1 MLOps Platform | 2026",
      ["#1"],
    ],
    [
      "a leading gap without a mark: as many words as the frontmatter's, the rest added",
      "Senior Staff Engineer | Acme",
      "Software Engineer | Acme",
      "Senior Software Engineer | Acme",
      ["Senior"],
    ],
    [
      "missing words are inserted between their neighbours",
      "Software Engineer | Acme Guide",
      "Software Engineer | Acme Global Negotiation Guide",
      "Software Engineer | Acme Global Negotiation Guide",
      [],
    ],
    [
      "missing words at the end",
      "Software Engineer | Acme",
      "Software Engineer | Acme Global Negotiation Guide",
      "Software Engineer | Acme Global Negotiation Guide",
      [],
    ],
    ["missing words at the start", "Engineer | Acme", "Software Engineer | Acme", "Software Engineer | Acme", []],
    ["no word in common: the whole text contradicts", "Totally different summary of another company", "Cash-heavy offers", "Cash-heavy offers", []],
    [
      "a common word, then words only the text has: they are added",
      "Equity-heavy offers, see note",
      "Cash-heavy offers",
      "Cash-heavy offers, see note",
      ["see note"],
    ],
    // Regression: the clause mark before an addition was rewritten with the contradiction ("Cash offers see note").
    ["no word in common: up to where an addition opens, its clause mark kept", "Equity, see note", "Cash offers", "Cash offers, see note", ["see note"]],
    ["no word in common: a mark that opens the first token opens nothing", "| Equity, see note", "Cash offers", "Cash offers, see note", ["see note"]],
    [
      "a middle gap with a clause mark: the contradiction is after the mark, the words before it are added",
      "Data | Senior, Staff Engineer | Acme",
      "Data | Software Engineer | Acme",
      "Data | Senior, Software Engineer | Acme",
      ["Senior"],
    ],
    [
      // Regression: the comma was rewritten with the contradiction ("L4 Staff Eng Remote OK").
      "a trailing gap: the contradiction ends at a clause mark, before as many words as the frontmatter's, and keeps it",
      "Acme L3 = Google L5, Remote OK",
      "Acme L3 = Google L4 Staff Eng",
      "Acme L3 = Google L4 Staff Eng, Remote OK",
      ["Remote OK"],
    ],
    [
      "a trailing gap without a mark: as many words as the frontmatter's, the rest added",
      "Acme L3 = Google Senior L5 Remote",
      "Acme L3 = Google L4 Staff",
      "Acme L3 = Google L4 Staff Remote",
      ["Remote"],
    ],
    [
      "a leading gap: a colon ends a note, within as many words as the frontmatter's",
      "Note: Senior | Acme",
      "Software Engineer | Acme",
      "Note: Software Engineer | Acme",
      ["Note"],
    ],
    [
      "a leading gap of as many words as the frontmatter's, without a mark: replaced whole",
      "Senior Staff | Acme",
      "Software Engineer | Acme",
      "Software Engineer | Acme",
      [],
    ],
    ["a word that is only a clause mark is a word of its own", "Acme : Guide", "Acme Guide", "Acme : Guide", [":"]],
    ["a clause mark after a word is not a difference", "Acme Guide, 2026 edition", "Acme Guide", "Acme Guide, 2026 edition", ["2026 edition"]],
    ["white space runs are not a difference", "Acme   Global\tGuide", "Acme Global Guide", "Acme   Global\tGuide", []],
    ["case is a difference", "acme Guide", "Acme Guide", "Acme Guide", []],
    // Marks glued to a word are tokens of their own (regressions from a break-it pass: each was rewritten).
    ["a footnote reference glued to the last word", "Negotiation Guide[^1]", "Negotiation Guide", "Negotiation Guide[^1]", ["[^1]"]],
    ["a superscript glued to a word", "ML/AI Engineer¹ | Acme", "ML/AI Engineer | Acme", "ML/AI Engineer¹ | Acme", ["¹"]],
    ["a mark glued to the last word", "Negotiation Guide*", "Negotiation Guide", "Negotiation Guide*", ["*"]],
    ["brackets glued to the last word", "Negotiation Guide(2026)", "Negotiation Guide", "Negotiation Guide(2026)", ["(2026)"]],
    ["a sentence mark at the end adds nothing", "ML/AI Engineer!", "ML/AI Engineer", "ML/AI Engineer!", []],
    ["a note after a glued colon", "OpenAI SWE:L3-L4", "OpenAI SWE", "OpenAI SWE:L3-L4", ["L3-L4"]],
    ["a dash opens a note", "Platform Features—shipping Q3 2026", "Platform Features", "Platform Features—shipping Q3 2026", ["—shipping Q3 2026"]],
    ["a reference inside the frontmatter's words", "2026 Focus:[1] Intelligent", "2026 Focus: Intelligent", "2026 Focus:[1] Intelligent", ["[1]"]],
    // Brackets inside a contradicting run are the author's: only the rest is rewritten.
    [
      "a bracketed note after a contradicting level",
      "Google L4-L6 (per Blind) ML Engineer",
      "Google L4-L5 ML Engineer",
      "Google L4-L5 (per Blind) ML Engineer",
      ["(per Blind)"],
    ],
    [
      "a bracketed note after a contradicting role",
      "ML/AI Eng (Staff track) | Acme",
      "ML/AI Engineer | Acme",
      "ML/AI Engineer (Staff track) | Acme",
      ["(Staff track)"],
    ],
    [
      "a bracketed note inside a summary",
      "Late-Stage (pre-IPO, ~$2B valuation) Equity",
      "Growth-Stage Equity",
      "Growth-Stage (pre-IPO, ~$2B valuation) Equity",
      ["(pre-IPO, ~$2B valuation)"],
    ],
    [
      "another text whose few matching tokens are chance: one gap, split where an addition opens",
      "Equity-heavy offers, see note (plus $1K)",
      "Premium Base + Growth-Stage Equity + AI Premium",
      "Premium Base + Growth-Stage Equity + AI Premium, see note (plus $1K)",
      ["see note", "(plus $1K)"],
    ],
    ["a rank before a contradicting word", "#1 LLMOps Platform Leader", "MLOps Platform Leader", "#1 MLOps Platform Leader", ["#1"]],
  ])("%s", (_name, found, expected, fixed, added) => {
    expect(outcome(found, expected)).toEqual({ fixed, added, aligned: true });
  });

  // A trailing gap "L5 <token> z" for "L4 Staff Eng": does <token> open what the author adds?
  it.each([
    ["(", true],
    ["[", true],
    ["{", true],
    ["|", true],
    ["/", true],
    ["·", true],
    ["•", true],
    ["—", true],
    ["–", true],
    ["-", false],
    ["+", false],
    ["x", false],
    // Regression: a word that names a property of every object was read as an opening bracket.
    ["constructor", false],
    ["toString", false],
  ])("a trailing gap: %j opens an addition: %s", (word, opens) => {
    const found = `Acme L3 = Google L5 ${word} z`;
    expect(outcome(found, "Acme L3 = Google L4 Staff Eng")).toEqual(
      opens
        ? { fixed: `Acme L3 = Google L4 Staff Eng ${word} z`, added: [`${word} z`], aligned: true }
        : { fixed: "Acme L3 = Google L4 Staff Eng", added: [], aligned: true },
    );
  });

  // Tokens are split at ASCII white space, the no-break and ideographic spaces and U+2000 to
  // U+200A; any other character that is no letter, digit or mark (a backspace, a zero-width
  // space) is a token of its own, which the text adds.
  it.each([
    [0x09, true],
    [0x0b, true],
    [0x0d, true],
    [0xa0, true],
    [0x3000, true],
    [0x2000, true],
    [0x200a, true],
    [0x08, false],
    [0x0e, false],
    [0x1fff, false],
    [0x200b, false],
  ])("the character %i separates words: %s", (code, space) => {
    const found = `Acme${String.fromCharCode(code)}Guide`;
    expect(compareRestatement(found, 0, "Acme Guide")).toEqual(
      space ? { corrections: [], additions: [], aligned: true } : { corrections: [], additions: [{ start: 4, end: 5 }], aligned: true },
    );
  });

  it("missing words at the start are written before the first word, past leading spaces", () => {
    expect(compareRestatement("  Engineer | Acme", 10, "Software Engineer | Acme")).toEqual({
      corrections: [{ start: 12, end: 12, newText: "Software " }],
      additions: [],
      aligned: true,
    });
  });

  // After two common words, so that the text is not read as another text (fewer than half the tokens in common).
  it.each([
    ["A\u{10000}", "A \u{10000}"],
    ["\u{10000}A", "\u{10000} A"],
  ])("a letter outside the BMP (two code units) is part of its word: %j is not %j", (found, expected) => {
    expect(compareRestatement(`Acme Guide ${found}`, 0, `Acme Guide ${expected}`)).toEqual({
      corrections: [{ start: 11, end: 14, newText: expected }],
      additions: [],
      aligned: true,
    });
  });

  it("a symbol past the surrogates (a fullwidth yen) is one unit wide, a token of its own", () => {
    expect(compareRestatement("Acme Guide \uffe55", 0, "Acme Guide \uffe5 5")).toEqual({ corrections: [], additions: [], aligned: true });
    expect(compareRestatement("Acme Guide A\uffe55", 0, "Acme Guide A \uffe5 5")).toEqual({ corrections: [], additions: [], aligned: true });
  });

  it("a text with fewer than half the frontmatter's tokens in common is another text: one correction", () => {
    expect(compareRestatement("Late-Stage Equity", 0, "Growth-Stage Options Plan")).toEqual({
      corrections: [{ start: 0, end: 17, newText: "Growth-Stage Options Plan" }],
      additions: [],
      aligned: true,
    });
  });

  it("a lone high surrogate at the end is a token of one code unit", () => {
    expect(compareRestatement("Guide \ud800", 0, "Guide")).toEqual({ corrections: [], additions: [{ start: 6, end: 7 }], aligned: true });
  });

  it("an added run of clause marks only is named by its last mark", () => {
    expect(compareRestatement("Acme , ; Guide", 0, "Acme Guide")).toEqual({ corrections: [], additions: [{ start: 7, end: 8 }], aligned: true });
  });

  it("a trailing gap that ends in a clause mark is replaced with it", () => {
    expect(outcome("Acme L3 = Google L5,", "Acme L3 = Google L4 Staff")).toEqual({ fixed: "Acme L3 = Google L4 Staff", added: [], aligned: true });
  });

  it("a trailing gap that starts with a clause mark: the mark is what is replaced", () => {
    expect(outcome("Acme Guide, x y", "Acme Guide Global")).toEqual({ fixed: "Acme Guide Global x y", added: ["x y"], aligned: true });
  });

  it("brackets the whole contradicting run: it is replaced whole, and not aligned (a suggestion)", () => {
    expect(outcome("Acme (x) Guide", "Acme Global Guide")).toEqual({ fixed: "Acme Global Guide", added: [], aligned: false });
  });

  it("brackets between contradicting words: replaced whole, and not aligned", () => {
    expect(outcome("Acme Big (x) Bad Guide", "Acme Global Guide")).toEqual({ fixed: "Acme Global Guide", added: [], aligned: false });
  });

  it("two bracketed notes around a contradicting word are two additions", () => {
    expect(outcome("(x) Senior (y) Guide", "Software Guide")).toEqual({ fixed: "(x) Software (y) Guide", added: ["(x)", "(y)"], aligned: true });
  });

  // Regression: a leading or trailing gap bracketed whole was cut inside its brackets ("(note Acme Guide").
  it("a leading or trailing gap that is all brackets is replaced whole (not aligned), spaced from the next word, at the text's offset", () => {
    expect(compareRestatement("(note)Guide", 10, "Acme Guide")).toEqual({
      corrections: [{ start: 10, end: 16, newText: "Acme " }],
      additions: [],
      aligned: false,
    });
    expect(compareRestatement("Guide(note)", 10, "Guide Acme")).toEqual({
      corrections: [{ start: 15, end: 21, newText: " Acme" }],
      additions: [],
      aligned: false,
    });
  });

  it("an empty text gets the frontmatter's words at its offset", () => {
    expect(compareRestatement("", 5, "Acme Guide")).toEqual({ corrections: [{ start: 5, end: 5, newText: "Acme Guide" }], additions: [], aligned: true });
  });

  it("gives offsets in the seed: the text's offset is added", () => {
    expect(compareRestatement("Senior Guide (x)", 100, "Junior Guide")).toEqual({
      corrections: [{ start: 100, end: 106, newText: "Junior" }],
      additions: [{ start: 113, end: 116 }],
      aligned: true,
    });
  });

  describe("texts over 600 tokens are not aligned", () => {
    const long = Array.from({ length: 700 }, (_, i) => `w${i}`).join(" ");
    it("one that starts with the frontmatter's words only adds the rest", () => {
      expect(outcome(`Acme Guide ${long}`, "Acme Guide")).toEqual({ fixed: `Acme Guide ${long}`, added: [long], aligned: true });
    });
    it("any other is replaced whole, and says it was not aligned (its fix is then a suggestion)", () => {
      expect(outcome(`Acme Gide ${long}`, "Acme Guide")).toEqual({ fixed: "Acme Guide", added: [], aligned: false });
    });
    it("a frontmatter text of 700 words is not aligned either", () => {
      expect(outcome("Acme", long).aligned).toBe(false);
    });
    it("the added rest ends at its last character, not at trailing white space", () => {
      expect(outcome(`Acme Guide ${long} \t `, "Acme Guide")).toEqual({ fixed: `Acme Guide ${long} \t `, added: [long], aligned: true });
    });
    it("a text that is only the start of the frontmatter's is replaced whole", () => {
      const start = long.split(" ").slice(0, 650).join(" ");
      expect(outcome(start, long)).toEqual({ fixed: long, added: [], aligned: false });
    });
    it("a frontmatter text of 600 tokens is compared with a longer text by its start", () => {
      const words = Array.from({ length: 600 }, (_, i) => `w${i}`).join(" ");
      expect(outcome(`${words} ${long}`, words)).toEqual({ fixed: `${words} ${long}`, added: [long], aligned: true });
    });
    it("texts of 600 tokens are still aligned token by token", () => {
      const words = Array.from({ length: 600 }, (_, i) => `w${i}`);
      const expected = words.join(" ");
      const found = words.map((word, i) => (i === 5 ? "x" : word)).join(" ");
      expect(outcome(found, expected)).toEqual({ fixed: expected, added: [], aligned: true });
    });
  });

  const word = fc.constantFrom("Acme", "Guide", "L4", "L5", "Senior", "Software", "Engineer", "|", "=", "Google", "(note", "x)", "offers,", "2026");
  const text = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(" "));

  it("after the corrections, nothing contradicts and every added word is still there (property)", () => {
    fc.assert(
      fc.property(text, text, (found, expected) => {
        const first = outcome(found, expected);
        const again = compareRestatement(first.fixed, 0, expected);
        expect(again.corrections).toEqual([]);
        for (const added of first.added) expect(first.fixed).toContain(added);
      }),
      { numRuns: 500 },
    );
  });

  it("the frontmatter's own text, or it with words appended after a mark, needs no correction (property)", () => {
    fc.assert(
      fc.property(text, fc.array(word, { maxLength: 5 }), (expected, extra) => {
        const found = extra.length ? `${expected} (${extra.join(" ")})` : expected;
        expect(compareRestatement(found, 0, expected).corrections).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
