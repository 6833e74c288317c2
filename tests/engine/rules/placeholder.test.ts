import { DEFAULT_CONFIG, newSeedText } from "../../../server/src/engine";
import { CLEAN, crlf, SMALL, variant } from "../fixtures";
import { ruleTester, withCrlf } from "../rule-tester";

// What New Seed writes for one region (London), line by line:
// 14 `    base_low: 0` (the first placeholder figure), 23 level_mapping.raw, 26 the DNA summary,
// 39 the lever, 41 the strategy quote, 44 the evidence bullet.
const NEW_SEED = newSeedText({
  company: "acme",
  companyDisplay: "Acme",
  role: "data-engineer",
  roleDisplay: "Data Engineer",
  regions: ["London"],
  today: "2026-11-28",
  config: DEFAULT_CONFIG,
});
const FILLED_FIGURES = variant(
  NEW_SEED,
  [
    "    base_low: 0\n    base_high: 0\n    stock_low: 0\n    stock_high: 0\n    bonus_pct: 0\n    total_comp_low: 0\n    total_comp_high: 0",
    "    base_low: 90000\n    base_high: 120000\n    stock_low: 0\n    stock_high: 0\n    bonus_pct: 0\n    total_comp_low: 90000\n    total_comp_high: 120000",
  ],
  ["| £0 | £0 | 0% | £0 |", "| £90K–£120K | £0 | 0% | £90K–£120K |"],
);
const newSeed = {
  name: "New Seed's output is a to-do list: the figures once per region, then each placeholder text",
  text: NEW_SEED,
  findings: [
    {
      line: 14,
      column: 15,
      endLine: 14,
      endColumn: 16,
      message:
        "Placeholder figures for London: 'base_low', 'base_high', 'stock_low', 'stock_high', 'bonus_pct', 'total_comp_low' and 'total_comp_high' are 0; fill in the real figures.",
    },
    { line: 23, column: 30, endLine: 23, endColumn: 57, message: "Placeholder text from New Seed: replace '(fill in equivalent levels)' with your own." },
    {
      line: 26,
      column: 27,
      endLine: 26,
      endColumn: 85,
      message: "Placeholder text from New Seed: replace '(one-line summary of how this company pays and negotiates)' with your own.",
    },
    {
      line: 39,
      column: 27,
      endLine: 39,
      endColumn: 65,
      message: "Placeholder text from New Seed: replace '(a lever, with the amount you ask for)' with your own.",
    },
    { line: 41, column: 31, endLine: 41, endColumn: 56, message: "Placeholder text from New Seed: replace '(the script you will say)' with your own." },
    { line: 44, column: 14, endLine: 44, endColumn: 40, message: "Placeholder text from New Seed: replace '(what it showed, and when)' with your own." },
  ],
  output: null,
};

ruleTester("placeholder", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    { name: "a small clean seed (CRLF)", text: crlf(SMALL) },
    {
      name: "stock and bonus may really be 0 once the salary is filled in",
      text: variant(
        SMALL,
        ["stock_low: 40000", "stock_low: 0"],
        ["stock_high: 80000", "stock_high: 0"],
        ["bonus_pct: 10", "bonus_pct: 0"],
        ["| €40K–€80K | 10% |", "| €0 | 0% |"],
      ),
    },
    {
      name: "parentheses of the author's own are not placeholders",
      text: variant(
        SMALL,
        ['"Cash-heavy offers"', '"Cash-heavy offers (one-line summary)"'],
        ["**Negotiation DNA:** Cash-heavy offers", "**Negotiation DNA:** Cash-heavy offers (one-line summary)"],
      ),
    },
  ],
  invalid: [
    newSeed,
    withCrlf(newSeed),
    {
      name: "a salary of 0 in a filled entry is reported on its value",
      text: variant(SMALL, ["base_low: 80000", "base_low: 0"], ["| €80K–€100K |", "| €0–€100K |"]),
      findings: [{ line: 13, column: 15, endLine: 13, endColumn: 16, message: "Placeholder figures for Berlin: 'base_low' is 0; fill in the real figures." }],
      output: null,
    },
    {
      name: "figures filled in (stock and bonus really 0): only the texts are left",
      text: FILLED_FIGURES,
      findings: newSeed.findings.slice(1),
      output: null,
    },
    {
      name: "the frontmatter's summary filled in, the DNA line still New Seed's: the DNA line is reported",
      text: variant(NEW_SEED, [
        'negotiation_dna_summary: "(one-line summary of how this company pays and negotiates)"',
        'negotiation_dna_summary: "Pays in cash"',
      ]),
      findings: [
        newSeed.findings[0]!,
        newSeed.findings[1]!,
        {
          line: 30,
          column: 22,
          endLine: 30,
          endColumn: 80,
          message: "Placeholder text from New Seed: replace '(one-line summary of how this company pays and negotiates)' with your own.",
        },
        ...newSeed.findings.slice(3),
      ],
      output: null,
    },
    {
      name: "the frontmatter's placeholder written again before and after the DNA line: each copy is reported",
      text: variant(
        NEW_SEED,
        ["Negotiation Guide\n", "Negotiation Guide (one-line summary of how this company pays and negotiates)\n"],
        [
          "- Levels.fyi (what it showed, and when)\n",
          "- Levels.fyi (what it showed, and when)\n- (one-line summary of how this company pays and negotiates)\n",
        ],
      ),
      findings: [
        ...newSeed.findings.slice(0, 3),
        {
          line: 28,
          column: 51,
          endLine: 28,
          endColumn: 109,
          message: "Placeholder text from New Seed: replace '(one-line summary of how this company pays and negotiates)' with your own.",
        },
        ...newSeed.findings.slice(3),
        {
          line: 45,
          column: 3,
          endLine: 45,
          endColumn: 61,
          message: "Placeholder text from New Seed: replace '(one-line summary of how this company pays and negotiates)' with your own.",
        },
      ],
      output: null,
    },
    {
      name: "an entry without a region is named by its place",
      text: variant(SMALL, ["  - region: Berlin\n    base_low: 80000", "  - base_low: 0"]),
      findings: [
        {
          line: 12,
          column: 15,
          endLine: 12,
          endColumn: 16,
          message: "Placeholder figures for compensation entry 1: 'base_low' is 0; fill in the real figures.",
        },
      ],
      output: null,
    },
    {
      name: "a DNA line the author rewrote while the frontmatter kept the placeholder: the frontmatter's is reported",
      text: variant(NEW_SEED, ["**Negotiation DNA:** (one-line summary of how this company pays and negotiates)", "**Negotiation DNA:** Pays in cash"]),
      findings: newSeed.findings,
      output: null,
    },
  ],
});
