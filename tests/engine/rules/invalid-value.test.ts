import { CLEAN, SMALL, variant } from "../fixtures";
import { ruleTester, withCrlf, type InvalidCase } from "../rule-tester";

// Slips whose intent is unambiguous get a suggestion that writes the value as the format wants.
const underscored: InvalidCase = {
  name: "an amount with digit separators (195_000 is text in YAML 1.2): the suggestion writes the number",
  text: variant(SMALL, ["base_low: 80000", "base_low: 80_000"]),
  findings: [
    { line: 13, column: 15, endLine: 13, endColumn: 21, message: "'base_low' in compensation entry 1 (Berlin) must be a number, not the text \"80_000\"." },
  ],
  output: null,
  suggestions: [{ title: "Write base_low as the number 80000", output: SMALL }],
};

ruleTester("invalid-value", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    { name: "every role_type", text: variant(SMALL, ["role_type: standard", "role_type: specialist"]) },
    { name: "a fractional bonus", text: variant(SMALL, ["bonus_pct: 10", "bonus_pct: 12.5"], ["| 10% |", "| 12.5% |"]) },
    { name: "zero amounts", text: variant(SMALL, ["bonus_pct: 10", "bonus_pct: 0"], ["| 10% |", "| 0% |"]) },
    { name: "a quoted slug", text: variant(SMALL, ["company: acme", 'company: "acme"']) },
  ],
  invalid: [
    underscored,
    withCrlf(underscored),
    {
      name: "thousands separators: the suggestion writes the number",
      text: variant(SMALL, ["total_comp_low: 98000", "total_comp_low: 98,000"]),
      findings: [
        {
          line: 18,
          column: 21,
          endLine: 18,
          endColumn: 27,
          message: "'total_comp_low' in compensation entry 1 (Berlin) must be a number, not the text \"98,000\".",
        },
      ],
      output: null,
      suggestions: [{ title: "Write total_comp_low as the number 98000", output: SMALL }],
    },
    {
      name: "a bonus written with a percent sign: the suggestion writes the number",
      text: variant(SMALL, ["bonus_pct: 10", 'bonus_pct: "10%"']),
      findings: [
        { line: 17, column: 16, endLine: 17, endColumn: 21, message: "'bonus_pct' in compensation entry 1 (Berlin) must be a number, not the text \"10%\"." },
      ],
      output: null,
      suggestions: [{ title: "Write bonus_pct as the number 10", output: SMALL }],
    },
    {
      name: "a date without zero padding: the suggestion pads it",
      text: variant(SMALL, ["last_updated: 2026-06-01", "last_updated: 2026-6-1"]),
      findings: [{ line: 7, column: 15, endLine: 7, endColumn: 23, message: "'last_updated' must be a date written YYYY-MM-DD (got the text \"2026-6-1\")." }],
      output: null,
      suggestions: [{ title: "Write the date as 2026-06-01", output: SMALL }],
    },
    {
      name: "a company that is not kebab-case",
      text: variant(SMALL, ["company: acme", "company: Acme Corp"]),
      findings: [
        {
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 19,
          message: "'company' must be lowercase kebab-case, e.g. weights-and-biases (got the text \"Acme Corp\").",
        },
      ],
      output: null,
    },
    {
      name: "an enum value with a did-you-mean",
      text: variant(SMALL, ["role_type: standard", "role_type: standrd"]),
      findings: [
        {
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 19,
          message: "'role_type' must be one of 'standard', 'leadership', 'specialist', not the text \"standrd\"; did you mean 'standard'?",
        },
      ],
      output: null,
    },
    {
      name: "a negative amount",
      text: variant(SMALL, ["base_low: 80000", "base_low: -80000"]),
      findings: [
        { line: 13, column: 15, endLine: 13, endColumn: 21, message: "'base_low' in compensation entry 1 (Berlin) must not be negative (got number -80000)." },
      ],
      output: null,
    },
    {
      name: "an amount that is not whole",
      text: variant(SMALL, ["base_low: 80000", "base_low: 80000.5"]),
      findings: [
        {
          line: 13,
          column: 15,
          endLine: 13,
          endColumn: 22,
          message: "'base_low' in compensation entry 1 (Berlin) must be a whole number, not number 80000.5.",
        },
      ],
      output: null,
    },
    {
      name: "an amount written as text",
      text: variant(SMALL, ["base_low: 80000", 'base_low: "80000"']),
      findings: [
        { line: 13, column: 15, endLine: 13, endColumn: 22, message: "'base_low' in compensation entry 1 (Berlin) must be a number, not the text \"80000\"." },
      ],
      output: null,
      suggestions: [{ title: "Write base_low as the number 80000", output: SMALL }],
    },
    {
      name: "a bonus above 100%",
      text: variant(SMALL, ["bonus_pct: 10", "bonus_pct: 150"]),
      findings: [
        { line: 17, column: 16, endLine: 17, endColumn: 19, message: "'bonus_pct' in compensation entry 1 (Berlin) must be at most 100 (got number 150)." },
      ],
      output: null,
    },
    {
      name: "a quarter that does not exist",
      text: variant(SMALL, ["salary_data_quarter: 2026-Q1", "salary_data_quarter: 2026-Q5"]),
      findings: [
        {
          line: 9,
          column: 22,
          endLine: 9,
          endColumn: 29,
          message: "'salary_data_quarter' must be a quarter written YYYY-Qn, e.g. 2025-Q4 (got the text \"2026-Q5\").",
        },
      ],
      output: null,
    },
    {
      name: "a date in another format (one finding: not also invalid-date)",
      text: variant(SMALL, ["last_updated: 2026-06-01", "last_updated: 06/01/2026"]),
      findings: [
        { line: 7, column: 15, endLine: 7, endColumn: 25, message: "'last_updated' must be a date written YYYY-MM-DD (got the text \"06/01/2026\")." },
      ],
      output: null,
    },
    {
      name: "compensation that is not a list",
      text: variant(SMALL, ["compensation:\n  - region: Berlin", "compensation: none\nx:\n  - region: Berlin"]),
      findings: [{ line: 11, column: 15, endLine: 11, endColumn: 19, message: "'compensation' must be a list, not the text \"none\"." }],
      output: null,
    },
    {
      name: "an empty compensation list",
      text: variant(SMALL, ["compensation:\n  - region: Berlin", "compensation: []\nx:\n  - region: Berlin"]),
      findings: [{ line: 11, column: 1, endLine: 11, endColumn: 13, message: "'compensation' needs at least one region." }],
      output: null,
    },
    {
      name: "an empty data source",
      text: variant(SMALL, ["  - Levels.fyi", '  - ""']),
      findings: [{ line: 25, column: 5, endLine: 25, endColumn: 7, message: "'data_sources.0' must not be empty (got the text \"\")." }],
      output: null,
    },
    {
      name: "an empty region",
      text: variant(SMALL, ["region: Berlin", 'region: ""']),
      findings: [{ line: 12, column: 13, endLine: 12, endColumn: 15, message: "'region' in compensation entry 1 must not be empty (got the text \"\")." }],
      output: null,
    },
  ],
});
