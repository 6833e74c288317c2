import { CLEAN, SMALL, variant } from "../fixtures";
import { ruleTester } from "../rule-tester";

ruleTester("not-text", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    { name: "tabs and a form feed are text", text: variant(SMALL, ["- Levels.fyi Berlin offers (2026)", "-\tLevels.fyi Berlin offers (2026)\f"]) },
    { name: "non-ASCII text (€, —, emoji)", text: variant(SMALL, ["(2026)\n", "(2026)\n💶 — ünïcödé\n"]) },
  ],
  invalid: [
    {
      name: "a NUL byte in the frontmatter",
      text: variant(SMALL, ["company: acme", "company: ac\u0000me"]),
      findings: [{ line: 2, column: 12, endLine: 2, endColumn: 13, message: "This is not a text seed: it contains a binary control character (U+0000)." }],
      output: null,
    },
    {
      name: "a PNG header read as text",
      text: "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR",
      findings: [{ line: 2, column: 1, endLine: 2, endColumn: 2, message: "This is not a text seed: it contains a binary control character (U+001A)." }],
      output: null,
    },
    {
      name: "a bell character in the body",
      text: variant(SMALL, ["#### Evidence & Sources", "#### Evidence \u0007& Sources"]),
      findings: [{ line: 40, column: 15, endLine: 40, endColumn: 16, message: "This is not a text seed: it contains a binary control character (U+0007)." }],
      output: null,
    },
  ],
});
