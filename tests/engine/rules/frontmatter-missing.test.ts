import { CLEAN, crlf, removeLine, SMALL, variant } from "../fixtures";
import { ruleTester } from "../rule-tester";

ruleTester("frontmatter-missing", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    { name: "CRLF line endings", text: crlf(SMALL) },
    { name: "a byte order mark before the opening ---", text: `\uFEFF${SMALL}` },
    { name: "delimiters with trailing spaces", text: variant(SMALL, ["---\ncompany", "---  \ncompany"], ["\n---\n###", "\n--- \t\n###"]) },
    { name: "a YAML document end marker (...) closes the block", text: variant(SMALL, ['"Cash-heavy offers"\n---', '"Cash-heavy offers"\n...']) },
  ],
  invalid: [
    {
      name: "an empty file",
      text: "",
      findings: [
        { line: 1, column: 1, endLine: 1, endColumn: 1, message: "The file is empty: a seed starts with a YAML frontmatter block between '---' lines." },
      ],
      output: null,
    },
    {
      name: "whitespace only",
      text: "  \n\n",
      findings: [
        { line: 1, column: 1, endLine: 1, endColumn: 3, message: "The file is empty: a seed starts with a YAML frontmatter block between '---' lines." },
      ],
      output: null,
    },
    {
      name: "a body without frontmatter",
      text: "# Title\nbody\n",
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 8,
          message: "The seed has no frontmatter: its first line must be '---', followed by the YAML keys and another '---' line.",
        },
      ],
      output: null,
    },
    {
      name: "the opening --- line removed",
      text: SMALL.slice("---\n".length),
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 14,
          message: "The seed has no frontmatter: its first line must be '---', followed by the YAML keys and another '---' line.",
        },
      ],
      output: null,
    },
    {
      name: "unterminated frontmatter (the closing --- removed)",
      text: removeLine(SMALL, "---\n###"),
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: 4, message: "The frontmatter is not terminated: add a '---' line after the last YAML key." }],
      output: null,
    },
    {
      name: "text after a byte order mark (columns count the BOM)",
      text: "\uFEFF# Title\n",
      findings: [
        {
          line: 1,
          column: 2,
          endLine: 1,
          endColumn: 9,
          message: "The seed has no frontmatter: its first line must be '---', followed by the YAML keys and another '---' line.",
        },
      ],
      output: null,
    },
    {
      name: "a --- line preceded by a blank line",
      text: `\n${SMALL}`,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          message: "The seed has no frontmatter: its first line must be '---', followed by the YAML keys and another '---' line.",
        },
      ],
      output: null,
    },
  ],
});
