import { CLEAN, removeLine, SMALL, variant } from "../fixtures";
import { ruleTester, withCrlf } from "../rule-tester";

// Typing a new entry: only its region so far.
const TOKYO = variant(SMALL, ["level_mapping:", "  - region: Tokyo\nlevel_mapping:"]);
const TOKYO_FILLED = variant(SMALL, [
  "level_mapping:",
  [
    "  - region: Tokyo",
    "    currency: JPY",
    "    base_low: 0",
    "    base_high: 0",
    "    stock_low: 0",
    "    stock_high: 0",
    "    bonus_pct: 0",
    "    total_comp_low: 0",
    "    total_comp_high: 0",
    "level_mapping:",
  ].join("\n"),
]);
const ALL_KEYS =
  "'company', 'company_display', 'role', 'role_display', 'role_type', 'last_updated', 'data_quality', 'salary_data_quarter', 'next_review_due', 'compensation', 'level_mapping', 'data_sources', 'negotiation_dna_summary'";
const incomplete = {
  name: "an incomplete entry is one finding naming every missing key, with a fix that adds them",
  text: TOKYO,
  findings: [
    {
      line: 21,
      column: 5,
      endLine: 21,
      endColumn: 11,
      message:
        "Missing required keys 'currency', 'base_low', 'base_high', 'stock_low', 'stock_high', 'bonus_pct', 'total_comp_low', 'total_comp_high' in compensation entry 2 (Tokyo).",
    },
  ],
  output: null,
  suggestions: [{ title: "Add the 8 missing keys to Tokyo (placeholder values to fill in)", output: TOKYO_FILLED }],
};

ruleTester("missing-key", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    { name: "bonus_pct_high is optional", text: SMALL },
    { name: "level_mapping.internal may be null", text: variant(SMALL, ["internal: L3", "internal: null"]) },
    { name: "a typo'd key is not also missing: unknown-key reports it, with the rename", text: variant(SMALL, ["role_type: standard", "roel_type: standard"]) },
    { name: "a typo'd key in an entry (bonus_pt) is not also a missing bonus_pct", text: variant(SMALL, ["bonus_pct: 10", "bonus_pt: 10"]) },
    {
      name: "keys a merge key brings in are not missing",
      text: variant(
        CLEAN,
        ["  - region: San Francisco", "  - &us\n    region: San Francisco"],
        [
          "  - region: New York\n    base_low: 190000\n    base_high: 250000\n    stock_low: 170000\n    stock_high: 310000\n    bonus_pct: 5",
          "  - <<: *us\n    region: New York\n    base_low: 190000\n    base_high: 250000",
        ],
      ),
    },
    {
      name: "keys in any order",
      text: variant(
        SMALL,
        ["company: acme\n", ""],
        ['negotiation_dna_summary: "Cash-heavy offers"', 'negotiation_dna_summary: "Cash-heavy offers"\ncompany: acme'],
      ),
    },
  ],
  invalid: [
    {
      name: "a missing top-level key is reported on the opening ---",
      text: removeLine(SMALL, "company_display:"),
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: 4, message: "Missing required key 'company_display'." }],
      output: null,
    },
    {
      name: "a missing enum key (role_type) is missing, not an invalid value",
      text: removeLine(SMALL, "role_type:"),
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: 4, message: "Missing required key 'role_type'." }],
      output: null,
    },
    {
      name: "a missing data_quality",
      text: removeLine(SMALL, "data_quality:"),
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: 4, message: "Missing required key 'data_quality'." }],
      output: null,
    },
    {
      name: "a key missing in a compensation entry is reported on the entry's first key",
      text: removeLine(SMALL, "currency: EUR"),
      findings: [{ line: 12, column: 5, endLine: 12, endColumn: 11, message: "Missing required key 'currency' in compensation entry 1 (Berlin)." }],
      output: null,
      // Berlin's usual currency, written where the line was.
      suggestions: [{ title: "Add 'currency' to Berlin (placeholder values to fill in)", output: SMALL }],
    },
    {
      name: "a key missing in the third entry",
      text: removeLine(CLEAN, "total_comp_high: 300000"),
      findings: [{ line: 30, column: 5, endLine: 30, endColumn: 11, message: "Missing required key 'total_comp_high' in compensation entry 3 (London)." }],
      output: null,
      suggestions: [
        {
          title: "Add 'total_comp_high' to London (placeholder values to fill in)",
          output: variant(removeLine(CLEAN, "total_comp_high: 300000"), ["    currency: GBP\n", "    currency: GBP\n    total_comp_high: 0\n"]),
        },
      ],
    },
    {
      name: "level_mapping.raw missing is reported on level_mapping",
      text: removeLine(SMALL, 'raw: "Acme L3'),
      findings: [{ line: 21, column: 1, endLine: 21, endColumn: 14, message: "Missing required key 'raw' in 'level_mapping'." }],
      output: null,
    },
    {
      name: "an empty frontmatter lacks every required key: one finding naming them all",
      text: "---\n---\n",
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: 4, message: `Missing required keys ${ALL_KEYS}.` }],
      output: null,
    },
    incomplete,
    withCrlf(incomplete),
    {
      name: "one missing key in an entry: the fix adds it alone, in the region's usual currency",
      text: removeLine(SMALL, "currency: EUR"),
      findings: [{ line: 12, column: 5, endLine: 12, endColumn: 11, message: "Missing required key 'currency' in compensation entry 1 (Berlin)." }],
      output: null,
      suggestions: [
        {
          title: "Add 'currency' to Berlin (placeholder values to fill in)",
          output: variant(SMALL, ["    currency: EUR\n", ""], ["    total_comp_high: 130000", "    total_comp_high: 130000\n    currency: EUR"]),
        },
      ],
    },
  ],
});
