import { CLEAN, SMALL, variant } from "../fixtures";
import { ruleTester, withCrlf, type InvalidCase } from "../rule-tester";

const withoutBlind = variant(CLEAN, ["- Glassdoor and Blind verified", "- Glassdoor verified"]);
const blindMissing: InvalidCase = {
  name: "a source not named: reported on the source, suggestion adds a bullet",
  text: withoutBlind,
  findings: [{ line: 45, column: 5, endLine: 45, endColumn: 10, message: "Data source 'Blind' is not mentioned under Evidence & Sources." }],
  output: null,
  suggestions: [{ title: 'Add "Blind" to Evidence & Sources', output: variant(withoutBlind, ["AI feature roadmap\n", "AI feature roadmap\n- Blind\n"]) }],
};
const SMALL_NO_EVIDENCE = variant(SMALL, ["\n#### Evidence & Sources\n- Levels.fyi Berlin offers (2026)\n", ""]);

const blindly = variant(CLEAN, ["- Glassdoor and Blind verified", "- Glassdoor and Blindly verified"]);
// A letter outside the Basic Multilingual Plane (two UTF-16 code units) glued before the name.
const astralBefore = variant(CLEAN, ["- Glassdoor and Blind verified", "- Glassdoor and 𝐀Blind, ÄBlind, 1Blind verified"]);
const outsideOnly = variant(
  SMALL,
  ["- Levels.fyi Berlin offers (2026)", "- Our own survey"],
  ["**Negotiation DNA:** Cash-heavy offers", "**Negotiation DNA:** Cash-heavy offers\n\nLevels.fyi says so."],
);
const sourcesOfLeverage = variant(SMALL, ["#### Evidence & Sources", "#### Sources of Leverage"]);
const boldLabels = variant(SMALL, [
  "#### Evidence & Sources\n- Levels.fyi Berlin offers (2026)\n",
  "**Evidence & Sources**\n- Survey\n\n**Notes**\nLevels.fyi\n",
]);
const threeMissing = variant(CLEAN, ["- Glassdoor and Blind verified", "- Verified"], ["- Levels.fyi ML/AI", "- ML/AI"]);

ruleTester("evidence-missing-source", {
  valid: [
    { name: "the clean seed: Glassdoor and Blind named in one bullet", text: CLEAN },
    { name: "another case", text: variant(SMALL, ["- Levels.fyi Berlin", "- LEVELS.FYI Berlin"]) },
    {
      name: "evidence citing more than the data sources",
      text: variant(SMALL, ["- Levels.fyi Berlin offers (2026)", "- Levels.fyi Berlin offers (2026)\n- Acme annual report\n- Press announcements"]),
    },
    {
      name: "a multi-word source with other spacing",
      text: variant(SMALL, ["  - Levels.fyi", "  - LinkedIn Salary"], ["- Levels.fyi Berlin offers (2026)", "- LinkedIn  Salary, Berlin"]),
    },
    {
      name: "an unknown source named in the evidence",
      text: variant(SMALL, ["  - Levels.fyi", "  - Acme HR survey"], ["- Levels.fyi Berlin offers (2026)", "- Acme HR survey (internal)"]),
    },
    { name: "an evidence heading at another level, without the ampersand", text: variant(SMALL, ["#### Evidence & Sources", "## Evidence"]) },
    { name: "an evidence section written as a bold label line", text: variant(SMALL, ["#### Evidence & Sources", "**Evidence & Sources**"]) },
    { name: "a section named Sources & Evidence", text: variant(SMALL, ["#### Evidence & Sources", "#### Sources & Evidence"]) },
    { name: "a section named Data Sources", text: variant(SMALL, ["#### Evidence & Sources", "### Data Sources"]) },
    { name: "a bold label with a colon", text: variant(SMALL, ["#### Evidence & Sources", "**Evidence & Sources:**"]) },
    {
      name: "the source after a longer word that holds it (Blindly, then Blind)",
      text: variant(CLEAN, ["- Glassdoor and Blind verified", "- Glassdoor, Blindly trusted, and Blind verified"]),
    },
    { name: "the source after a match inside a word (BBlind Blind)", text: variant(CLEAN, ["- Glassdoor and Blind verified", "- Glassdoor, BBlind Blind"]) },
    { name: "the source next to punctuation and marks", text: variant(CLEAN, ["- Glassdoor and Blind verified", "- Glassdoor and (Blind)'s verified"]) },
    {
      name: "a source that is not a text (a number) is skipped",
      text: variant(SMALL, ["  - Levels.fyi\n", "  - Levels.fyi\n  - 42\n"]),
    },
    {
      name: "a source written with spaces around it, named in parentheses",
      text: variant(SMALL, ["  - Levels.fyi\n", '  - " Levels.fyi "\n'], ["- Levels.fyi Berlin offers (2026)", "- Berlin offers (Levels.fyi)"]),
    },
    {
      name: "a source written with two spaces between its words, named with one",
      text: variant(SMALL, ["  - Levels.fyi", '  - "LinkedIn  Salary"'], ["- Levels.fyi Berlin offers (2026)", "- LinkedIn Salary, Berlin"]),
    },
    { name: "no data_sources: nothing to look for (missing-key reports it)", text: variant(SMALL, ["data_sources:\n  - Levels.fyi\n", ""]) },
  ],
  invalid: [
    blindMissing,
    withCrlf(blindMissing),
    {
      name: "a longer word is not the source (Blindly is not Blind)",
      text: blindly,
      findings: [{ line: 45, column: 5, endLine: 45, endColumn: 10, message: "Data source 'Blind' is not mentioned under Evidence & Sources." }],
      output: null,
      suggestions: [{ title: 'Add "Blind" to Evidence & Sources', output: variant(blindly, ["AI feature roadmap\n", "AI feature roadmap\n- Blind\n"]) }],
    },
    {
      name: "a letter or digit glued before the name, one outside the BMP among them",
      text: astralBefore,
      findings: [{ line: 45, column: 5, endLine: 45, endColumn: 10, message: "Data source 'Blind' is not mentioned under Evidence & Sources." }],
      output: null,
      suggestions: [{ title: 'Add "Blind" to Evidence & Sources', output: variant(astralBefore, ["AI feature roadmap\n", "AI feature roadmap\n- Blind\n"]) }],
    },
    {
      name: "named outside the evidence section only",
      text: outsideOnly,
      findings: [{ line: 25, column: 5, endLine: 25, endColumn: 15, message: "Data source 'Levels.fyi' is not mentioned under Evidence & Sources." }],
      output: null,
      suggestions: [
        { title: 'Add "Levels.fyi" to Evidence & Sources', output: variant(outsideOnly, ["- Our own survey\n", "- Our own survey\n- Levels.fyi\n"]) },
      ],
    },
    {
      name: "a heading that only starts with Sources is not the evidence section",
      text: sourcesOfLeverage,
      findings: [{ line: 24, column: 1, endLine: 24, endColumn: 13, message: "The body has no '#### Evidence & Sources' section naming the data sources." }],
      output: null,
      suggestions: [
        { title: "Add an Evidence & Sources section listing the data sources", output: `${sourcesOfLeverage}\n#### Evidence & Sources\n- Levels.fyi\n` },
      ],
    },
    {
      name: "a bold-label evidence section ends at the next bold label line",
      text: boldLabels,
      findings: [{ line: 25, column: 5, endLine: 25, endColumn: 15, message: "Data source 'Levels.fyi' is not mentioned under Evidence & Sources." }],
      output: null,
      suggestions: [{ title: 'Add "Levels.fyi" to Evidence & Sources', output: variant(boldLabels, ["- Survey\n", "- Survey\n- Levels.fyi\n"]) }],
    },
    {
      name: "named in a later section, not under Evidence & Sources",
      text: variant(SMALL, ["- Levels.fyi Berlin offers (2026)\n", "- Survey\n\n#### Notes\nLevels.fyi\n"]),
      findings: [{ line: 25, column: 5, endLine: 25, endColumn: 15, message: "Data source 'Levels.fyi' is not mentioned under Evidence & Sources." }],
      output: null,
      suggestions: [
        {
          title: 'Add "Levels.fyi" to Evidence & Sources',
          output: variant(SMALL, ["- Levels.fyi Berlin offers (2026)\n", "- Survey\n- Levels.fyi\n\n#### Notes\nLevels.fyi\n"]),
        },
      ],
    },
    {
      name: "an evidence section that ends the file without a line ending",
      text: variant(SMALL, ["- Levels.fyi Berlin offers (2026)\n", "- Survey"]),
      findings: [{ line: 25, column: 5, endLine: 25, endColumn: 15, message: "Data source 'Levels.fyi' is not mentioned under Evidence & Sources." }],
      output: null,
      suggestions: [
        { title: 'Add "Levels.fyi" to Evidence & Sources', output: variant(SMALL, ["- Levels.fyi Berlin offers (2026)\n", "- Survey\n- Levels.fyi"]) },
      ],
    },
    {
      name: "an empty evidence section: the bullet goes under the heading",
      text: variant(SMALL, ["- Levels.fyi Berlin offers (2026)\n", ""]),
      findings: [{ line: 25, column: 5, endLine: 25, endColumn: 15, message: "Data source 'Levels.fyi' is not mentioned under Evidence & Sources." }],
      output: null,
      suggestions: [{ title: 'Add "Levels.fyi" to Evidence & Sources', output: variant(SMALL, ["- Levels.fyi Berlin offers (2026)\n", "- Levels.fyi\n"]) }],
    },
    {
      name: "no evidence section and no line ending at the end: a blank line comes first",
      text: SMALL_NO_EVIDENCE.trimEnd(),
      findings: [{ line: 24, column: 1, endLine: 24, endColumn: 13, message: "The body has no '#### Evidence & Sources' section naming the data sources." }],
      output: null,
      suggestions: [
        {
          title: "Add an Evidence & Sources section listing the data sources",
          output: `${SMALL_NO_EVIDENCE.trimEnd()}\n\n#### Evidence & Sources\n- Levels.fyi\n`,
        },
      ],
    },
    {
      name: "no evidence section, a source that is not a text: only the texts are listed",
      text: variant(SMALL_NO_EVIDENCE, ["  - Levels.fyi\n", "  - Levels.fyi\n  - 42\n"]),
      findings: [{ line: 24, column: 1, endLine: 24, endColumn: 13, message: "The body has no '#### Evidence & Sources' section naming the data sources." }],
      output: null,
      suggestions: [
        {
          title: "Add an Evidence & Sources section listing the data sources",
          output: `${variant(SMALL_NO_EVIDENCE, ["  - Levels.fyi\n", "  - Levels.fyi\n  - 42\n"])}\n#### Evidence & Sources\n- Levels.fyi\n`,
        },
      ],
    },
    {
      name: "no evidence section and no source that is a text: nothing to list, so no suggestion",
      text: variant(SMALL_NO_EVIDENCE, ["  - Levels.fyi\n", "  - 42\n"]),
      findings: [{ line: 24, column: 1, endLine: 24, endColumn: 13, message: "The body has no '#### Evidence & Sources' section naming the data sources." }],
      output: null,
    },
    {
      name: "an evidence section followed by another, in a file without a line ending at the end: the bullet ends with one",
      text: variant(SMALL, ["- Levels.fyi Berlin offers (2026)\n", "- Survey\n\n#### Notes\nSee above"]),
      findings: [{ line: 25, column: 5, endLine: 25, endColumn: 15, message: "Data source 'Levels.fyi' is not mentioned under Evidence & Sources." }],
      output: null,
      suggestions: [
        {
          title: 'Add "Levels.fyi" to Evidence & Sources',
          output: variant(SMALL, ["- Levels.fyi Berlin offers (2026)\n", "- Survey\n- Levels.fyi\n\n#### Notes\nSee above"]),
        },
      ],
    },
    {
      name: "no evidence section: reported on data_sources, suggestion appends one",
      text: SMALL_NO_EVIDENCE,
      findings: [{ line: 24, column: 1, endLine: 24, endColumn: 13, message: "The body has no '#### Evidence & Sources' section naming the data sources." }],
      output: null,
      suggestions: [
        { title: "Add an Evidence & Sources section listing the data sources", output: `${SMALL_NO_EVIDENCE}\n#### Evidence & Sources\n- Levels.fyi\n` },
      ],
    },
    withCrlf({
      name: "no evidence section",
      text: SMALL_NO_EVIDENCE,
      findings: [{ line: 24, column: 1, endLine: 24, endColumn: 13, message: "The body has no '#### Evidence & Sources' section naming the data sources." }],
      output: null,
      suggestions: [
        { title: "Add an Evidence & Sources section listing the data sources", output: `${SMALL_NO_EVIDENCE}\n#### Evidence & Sources\n- Levels.fyi\n` },
      ],
    }),
    {
      name: "three sources missing",
      text: threeMissing,
      findings: [
        { line: 43, column: 5, endLine: 43, endColumn: 15, message: "Data source 'Levels.fyi' is not mentioned under Evidence & Sources." },
        { line: 44, column: 5, endLine: 44, endColumn: 14, message: "Data source 'Glassdoor' is not mentioned under Evidence & Sources." },
        { line: 45, column: 5, endLine: 45, endColumn: 10, message: "Data source 'Blind' is not mentioned under Evidence & Sources." },
      ],
      output: null,
      // Each suggestion adds one bullet at the end of the section, on the original text.
      suggestions: ["Levels.fyi", "Glassdoor", "Blind"].map((source) => ({
        title: `Add "${source}" to Evidence & Sources`,
        output: variant(threeMissing, ["AI feature roadmap\n", `AI feature roadmap\n- ${source}\n`]),
      })),
    },
  ],
});
