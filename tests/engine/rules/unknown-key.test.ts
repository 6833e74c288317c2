import { CLEAN, MERGED, SMALL, variant } from "../fixtures";
import { ruleTester, withCrlf, type InvalidCase } from "../rule-tester";

const nestedTypo: InvalidCase = {
  name: "a typo inside a compensation entry",
  text: variant(SMALL, ["bonus_pct: 10", "bonus_pc: 10"]),
  findings: [
    { line: 17, column: 5, endLine: 17, endColumn: 13, message: "Unknown key 'bonus_pc' in compensation entry 1 (Berlin); did you mean 'bonus_pct'?" },
  ],
  output: null,
  suggestions: [{ title: "Rename 'bonus_pc' to 'bonus_pct'", output: SMALL }],
};

ruleTester("unknown-key", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    { name: "a merge key '<<' is YAML, not an unknown key", text: MERGED },
    { name: "bonus_pct_high is a known key", text: variant(SMALL, ["bonus_pct: 10", "bonus_pct: 10\n    bonus_pct_high: 20"], ["| 10% |", "| 10–20% |"]) },
  ],
  invalid: [
    {
      name: "a top-level typo gets a did-you-mean and a rename suggestion",
      text: variant(SMALL, ["role_type: standard", "roel_type: standard"]),
      findings: [{ line: 6, column: 1, endLine: 6, endColumn: 10, message: "Unknown key 'roel_type'; did you mean 'role_type'?" }],
      output: null,
      suggestions: [{ title: "Rename 'roel_type' to 'role_type'", output: SMALL }],
    },
    nestedTypo,
    withCrlf(nestedTypo),
    {
      name: "a typo inside level_mapping",
      text: variant(SMALL, ["  internal: L3", "  interal: L3"]),
      findings: [{ line: 22, column: 3, endLine: 22, endColumn: 10, message: "Unknown key 'interal' in 'level_mapping'; did you mean 'internal'?" }],
      output: null,
      suggestions: [{ title: "Rename 'interal' to 'internal'", output: SMALL }],
    },
    {
      name: "a key unlike any other gets no suggestion",
      text: variant(SMALL, ["data_quality: medium", "data_quality: medium\nnotes: checked twice"]),
      findings: [{ line: 9, column: 1, endLine: 9, endColumn: 6, message: "Unknown key 'notes'." }],
      output: null,
    },
    {
      name: "__proto__ is an unknown key (and pollutes nothing)",
      text: variant(SMALL, ["data_quality: medium", "data_quality: medium\n__proto__: {polluted: 1}"]),
      findings: [{ line: 9, column: 1, endLine: 9, endColumn: 10, message: "Unknown key '__proto__'." }],
      output: null,
    },
    {
      name: "camelCase instead of snake_case",
      text: variant(CLEAN, ["next_review_due: 2027-05-23", "nextReviewDue: 2027-05-23"]),
      findings: [{ line: 10, column: 1, endLine: 10, endColumn: 14, message: "Unknown key 'nextReviewDue'; did you mean 'next_review_due'?" }],
      output: null,
      suggestions: [{ title: "Rename 'nextReviewDue' to 'next_review_due'", output: CLEAN }],
    },
  ],
});
