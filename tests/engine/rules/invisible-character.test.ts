import { expect, it } from "vitest";
import { CLEAN, ROWS, SMALL, variant } from "../fixtures";
import { ruleFindings, ruleTester, withCrlf, type InvalidCase } from "../rule-tester";

const BERLIN = "| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |";
const zeroWidth: InvalidCase = {
  name: "a zero-width space inside a frontmatter value: removed",
  text: variant(SMALL, ['company_display: "Acme"', 'company_display: "Ac\u200Bme"']),
  findings: [
    {
      line: 3,
      column: 21,
      endLine: 3,
      endColumn: 22,
      message: "An invisible character (U+200B ZERO WIDTH SPACE) in the frontmatter: the text looks the same without it, but does not compare equal.",
    },
  ],
  output: SMALL,
};
const override: InvalidCase = {
  name: "a right-to-left override in a table cell: removed",
  text: variant(SMALL, [BERLIN, BERLIN.replace("€80K–€100K", "€80K–\u202E€100K")]),
  findings: [
    {
      line: 34,
      column: 17,
      endLine: 34,
      endColumn: 18,
      message:
        "An invisible character (U+202E RIGHT-TO-LEFT OVERRIDE) in the table: a bidirectional control changes the order text is shown in, so what is seen is not what is read.",
    },
  ],
  output: SMALL,
};

ruleTester("invisible-character", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    { name: "no frontmatter: only the table's lines are read", text: "# Notes\n\n| a | b |\n|---|---|\n| 1 | 2 |\n" },
    { name: "a byte order mark at the start of the file", text: `\uFEFF${SMALL}` },
    {
      name: "accents, CJK, Arabic, emoji with skin tones and joiners, a Persian non-joiner, Devanagari with a joiner",
      text: variant(SMALL, ['company_display: "Acme"', 'company_display: "Acmé Zürich 東京 شركة 👩‍💻 👨🏽‍🚀 ❤️ می‌خواهم क्‍ष"'], ["| Berlin |", "| Berlin 👩‍👩‍👧 |"]),
    },
    { name: "prose is not checked (only the frontmatter and the table are)", text: variant(SMALL, ['"I need €95K base."', '"I need €95K\u200B base."']) },
  ],
  invalid: [
    zeroWidth,
    withCrlf(zeroWidth),
    override,
    withCrlf(override),
    {
      name: "a run of different characters is one finding",
      text: variant(SMALL, ["  - Levels.fyi", "  - Levels\u202E\u2066\u200B.fyi"]),
      findings: [
        {
          line: 25,
          column: 11,
          endLine: 25,
          endColumn: 14,
          message:
            "3 invisible characters (U+202E RIGHT-TO-LEFT OVERRIDE, U+2066 LEFT-TO-RIGHT ISOLATE, U+200B ZERO WIDTH SPACE) in the frontmatter: a bidirectional control changes the order text is shown in, so what is seen is not what is read.",
        },
      ],
      output: SMALL,
    },
    {
      name: "two runs on one line are two findings; tag characters (astral) count as one character each",
      text: variant(SMALL, ["role_display: Software Engineer", "role_display: Soft\u00ADware \u{E0041}\u{E0042}Engineer"]),
      findings: [
        {
          line: 5,
          column: 19,
          endLine: 5,
          endColumn: 20,
          message: "An invisible character (U+00AD SOFT HYPHEN) in the frontmatter: the text looks the same without it, but does not compare equal.",
        },
        {
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 29,
          message:
            "2 invisible characters (U+E0041 TAG CHARACTER, U+E0042 TAG CHARACTER) in the frontmatter: the text looks the same without them, but does not compare equal.",
        },
      ],
      output: SMALL,
    },
    {
      name: "a joiner between Latin letters, a zero-width no-break space in the header, a word joiner in the delimiter row (which is then no table: it is reported all the same)",
      text: variant(
        CLEAN,
        ["  - Glassdoor", "  - Glass\u200Ddoor"],
        ["| Region | Base Salary |", "| Region\uFEFF | Base Salary |"],
        ["|--------|-------------|", "|----\u2060----|-------------|"],
      ),
      findings: [
        {
          line: 44,
          column: 10,
          endLine: 44,
          endColumn: 11,
          message: "An invisible character (U+200D ZERO WIDTH JOINER) in the frontmatter: the text looks the same without it, but does not compare equal.",
        },
        {
          line: 52,
          column: 9,
          endLine: 52,
          endColumn: 10,
          message: "An invisible character (U+FEFF ZERO WIDTH NO-BREAK SPACE) in the table: the text looks the same without it, but does not compare equal.",
        },
        {
          line: 53,
          column: 6,
          endLine: 53,
          endColumn: 7,
          message: "An invisible character (U+2060 WORD JOINER) in the table: the text looks the same without it, but does not compare equal.",
        },
      ],
      output: CLEAN,
    },
    {
      name: "a joiner after a letter and before an emoji joins nothing",
      text: variant(CLEAN, [ROWS.london, ROWS.london.replace("| London |", "| London\u200D👩 |")]),
      findings: [
        {
          line: 56,
          column: 9,
          endLine: 56,
          endColumn: 10,
          message: "An invisible character (U+200D ZERO WIDTH JOINER) in the table: the text looks the same without it, but does not compare equal.",
        },
      ],
      output: variant(CLEAN, [ROWS.london, ROWS.london.replace("| London |", "| London👩 |")]),
    },
  ],
});

// The tester compares the titles of suggestions only; a safe fix's title is what the editor's
// quick fix menu shows.
it("invisible-character's fix names one character or several", () => {
  const text = variant(SMALL, ["role_display: Software Engineer", "role_display: Soft\u00ADware \u{E0041}\u{E0042}Engineer"]);
  const titles = ruleFindings("invisible-character", text).map((finding) => finding.fixes.map((fix) => fix.title));
  expect(titles).toEqual([["Remove the invisible character"], ["Remove the invisible characters"]]);
});
