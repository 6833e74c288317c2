import { CLEAN, crlf, SMALL, variant } from "../fixtures";
import { ruleTester } from "../rule-tester";

ruleTester("yaml-syntax", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    {
      name: "comments and quoted values with colons",
      text: variant(
        SMALL,
        ["data_quality: medium", "# reviewed by hand\ndata_quality: medium # from Levels.fyi"],
        ['raw: "Acme L3 = Google L4"', "raw: 'Acme L3 = Google L4'"],
      ),
    },
    { name: "an empty frontmatter block is a mapping with no keys (other rules report them)", text: "---\n---\n" },
    { name: "a few aliases are fine", text: variant(SMALL, ["  - Levels.fyi", "  - &lv Levels.fyi\n  - *lv"]) },
    { name: "CRLF line endings", text: crlf(CLEAN) },
    {
      name: "a merge key is YAML as authors write it",
      text: variant(
        SMALL,
        ["  - region: Berlin", "  - &berlin\n    region: Berlin"],
        ["level_mapping:", "  - <<: *berlin\n    region: Munich\nlevel_mapping:"],
      ),
    },
  ],
  invalid: [
    {
      name: "an unclosed flow sequence: the error is where YAML finds it, on the next key",
      text: variant(SMALL, ["role: software-engineer", "role: [software-engineer"]),
      findings: [
        {
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 2,
          message: "Invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
        },
      ],
      output: null,
    },
    {
      name: "a mis-indented key",
      text: variant(SMALL, ["role: software-engineer", "  role: software-engineer"]),
      findings: [{ line: 4, column: 1, endLine: 4, endColumn: 2, message: "Invalid YAML: All mapping items must start at the same column" }],
      output: null,
    },
    {
      name: "a key indented by one space under a plain value: the indented line is the one pointed at (regression: the value above)",
      text: variant(SMALL, ["role_display: Software Engineer", " role_display: Software Engineer"]),
      findings: [
        {
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 2,
          message: "Invalid YAML: this line is indented under a plain value, so YAML reads it as part of that value; start it where the keys above start.",
        },
      ],
      output: null,
    },
    {
      name: "a plain value holding ': ' wants quotes",
      text: variant(SMALL, ['company_display: "Acme"', "company_display: Acme: The Company"]),
      findings: [
        {
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 19,
          message: "Invalid YAML: this value holds ': ', which YAML reads as a key; quote it (\"Acme: The Company\").",
        },
      ],
      output: null,
    },
    {
      name: "a merge of an alias whose anchor is not defined: the alias is named (regression: 'Merge sources must be maps')",
      text: variant(SMALL, ["  - region: Berlin", "  - <<: *sff\n    region: Berlin"]),
      findings: [{ line: 12, column: 9, endLine: 12, endColumn: 13, message: "The alias '*sff' names no anchor: no '&sff' comes before it." }],
      output: null,
    },
    {
      name: "a tab used as indentation",
      text: variant(SMALL, ["  internal: L3", "\tinternal: L3"]),
      // One slip, one finding: not also the errors that only echo it on the next lines.
      findings: [{ line: 22, column: 1, endLine: 22, endColumn: 2, message: "Invalid YAML: Tabs are not allowed as indentation; indent with spaces." }],
      output: null,
    },
    {
      name: "a duplicate key",
      text: variant(SMALL, ["data_quality: medium", "data_quality: medium\ncompany: other"]),
      findings: [
        {
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 8,
          message: "Duplicate key 'company': a key may appear once in a mapping (it is already set on line 2); remove or rename one.",
        },
      ],
      output: null,
    },
    {
      name: "a tab as indentation inside a compensation entry: one finding, not one per line below it",
      text: variant(SMALL, ["    base_low: 80000", "\tbase_low: 80000"]),
      findings: [{ line: 13, column: 1, endLine: 13, endColumn: 2, message: "Invalid YAML: Tabs are not allowed as indentation; indent with spaces." }],
      output: null,
    },
    {
      name: "a duplicate key in a compensation entry names the key and covers it",
      text: variant(SMALL, ["    bonus_pct: 10", "    bonus_pct: 10\n    bonus_pct: 12"]),
      findings: [
        {
          line: 18,
          column: 5,
          endLine: 18,
          endColumn: 14,
          message: "Duplicate key 'bonus_pct': a key may appear once in a mapping (it is already set on line 17); remove or rename one.",
        },
      ],
      output: null,
    },
    {
      name: "a frontmatter that is a list",
      text: "---\n- company: acme\n- role: x\n---\nbody\n",
      findings: [{ line: 2, column: 1, endLine: 4, endColumn: 1, message: "The frontmatter must be a YAML mapping of keys to values." }],
      output: null,
    },
    {
      name: "a frontmatter that is a plain scalar",
      text: "---\njust text\n---\n",
      findings: [{ line: 2, column: 1, endLine: 2, endColumn: 10, message: "The frontmatter must be a YAML mapping of keys to values." }],
      output: null,
    },
    {
      name: "an alias bomb (billion laughs) is not expanded",
      text: [
        "---",
        'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
        ...Array.from(
          { length: 8 },
          (_, i) =>
            `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
              .fill(`*${String.fromCharCode(97 + i)}`)
              .join(",")}]`,
        ),
        "---",
        "",
      ].join("\n"),
      findings: [
        {
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 10,
          message: "The YAML cannot be expanded safely: Excessive alias count indicates a resource exhaustion attack.",
        },
      ],
      output: null,
    },
    {
      name: "CRLF: the same position as with LF",
      text: crlf(variant(SMALL, ["  internal: L3", "\tinternal: L3"])),
      // One slip, one finding: not also the errors that only echo it on the next lines.
      findings: [{ line: 22, column: 1, endLine: 22, endColumn: 2, message: "Invalid YAML: Tabs are not allowed as indentation; indent with spaces." }],
      output: null,
    },
  ],
});
