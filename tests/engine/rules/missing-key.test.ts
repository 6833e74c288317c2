import { CLEAN, removeLine, SMALL, variant } from "../fixtures";
import { ruleTester } from "../rule-tester";

ruleTester("missing-key", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    { name: "bonus_pct_high is optional", text: SMALL },
    { name: "level_mapping.internal may be null", text: variant(SMALL, ["internal: L3", "internal: null"]) },
    { name: "keys in any order", text: variant(SMALL, ["company: acme\n", ""], ['negotiation_dna_summary: "Cash-heavy offers"', 'negotiation_dna_summary: "Cash-heavy offers"\ncompany: acme']) },
  ],
  invalid: [
    {
      name: "a missing top-level key is reported on the opening ---",
      text: removeLine(SMALL, "company_display:"),
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: 4, message: "Missing required key `company_display`." }],
      output: null,
    },
    {
      name: "a missing enum key (role_type) is missing, not an invalid value",
      text: removeLine(SMALL, "role_type:"),
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: 4, message: "Missing required key `role_type`." }],
      output: null,
    },
    {
      name: "a missing data_quality",
      text: removeLine(SMALL, "data_quality:"),
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: 4, message: "Missing required key `data_quality`." }],
      output: null,
    },
    {
      name: "a key missing in a compensation entry is reported on the entry's first key",
      text: removeLine(SMALL, "currency: EUR"),
      findings: [{ line: 12, column: 5, endLine: 12, endColumn: 11, message: "Missing required key `currency` in compensation entry 1 (Berlin)." }],
      output: null,
    },
    {
      name: "a key missing in the third entry",
      text: removeLine(CLEAN, "total_comp_high: 300000"),
      findings: [{ line: 30, column: 5, endLine: 30, endColumn: 11, message: "in compensation entry 3 (London)" }],
      output: null,
    },
    {
      name: "level_mapping.raw missing is reported on level_mapping",
      text: removeLine(SMALL, 'raw: "Acme L3'),
      findings: [{ line: 21, column: 1, endLine: 21, endColumn: 14, message: "Missing required key `raw` in `level_mapping`." }],
      output: null,
    },
    {
      name: "a typo makes a key missing (unknown-key reports the typo)",
      text: variant(SMALL, ["role_type: standard", "roel_type: standard"]),
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: 4, message: "`role_type`" }],
      output: null,
    },
    {
      name: "an empty frontmatter lacks every required key",
      text: "---\n---\n",
      findings: ["company", "company_display", "role", "role_display", "role_type", "last_updated", "data_quality", "salary_data_quarter", "next_review_due", "compensation", "level_mapping", "data_sources", "negotiation_dna_summary"].map((key) => ({
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 4,
        message: `Missing required key \`${key}\`.`,
      })),
      output: null,
    },
  ],
});
