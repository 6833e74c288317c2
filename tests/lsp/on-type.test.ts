// Enter inside a compensation entry keeps the entry's indentation: the server moves the new line
// to the keys' column (a regression test: Enter after "  - region: Tokyo" indented by 2, the
// dash's column, because YAML's Enter rules apply in the embedded frontmatter).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSeed } from "../../server/src/engine";
import { indentAfterEnter } from "../../server/src/lsp/features/on-type";
import { REFERENCE } from "./helpers/client";

const reference = readFileSync(REFERENCE, "utf8");

/** The reference with `inserted` lines before `level_mapping:`; returns the seed and the first inserted line's number. */
function withLines(...inserted: string[]) {
  const text = reference.replace("level_mapping:", `${inserted.join("\n")}\nlevel_mapping:`);
  const line = reference.split("\n").indexOf("level_mapping:");
  return { seed: parseSeed(text), line };
}

describe("on-type formatting after Enter", () => {
  it("moves the new line under a list item's keys", () => {
    const { seed, line } = withLines("  - region: Tokyo", "  ");
    expect(indentAfterEnter(seed, { line: line + 1, character: 2 })).toEqual([
      { range: { start: { line: line + 1, character: 0 }, end: { line: line + 1, character: 2 } }, newText: "    " },
    ]);
  });

  it("follows the list's own indentation and the spaces after the dash", () => {
    const { seed, line } = withLines("    -   region: Tokyo", "    ");
    expect(indentAfterEnter(seed, { line: line + 1, character: 4 })).toEqual([
      { range: { start: { line: line + 1, character: 0 }, end: { line: line + 1, character: 4 } }, newText: "        " },
    ]);
  });

  it("leaves lines alone elsewhere: already deep enough, after a plain key, after a scalar item, in the body", () => {
    expect(indentAfterEnter(withLines("  - region: Tokyo", "    ").seed, { line: withLines().line + 1, character: 4 })).toEqual([]);
    expect(indentAfterEnter(withLines("    base_low: 1", "    ").seed, { line: withLines().line + 1, character: 4 })).toEqual([]);
    // "- region:" with nothing after it opens a nested block: YAML's rules are right there.
    expect(indentAfterEnter(withLines("  - region:", "  ").seed, { line: withLines().line + 1, character: 2 })).toEqual([]);
    const bodyLines = reference.split("\n");
    const bullet = bodyLines.findIndex((text, i) => i > 45 && text.startsWith("- "));
    expect(bullet).toBeGreaterThan(45);
    const inBody = parseSeed([...bodyLines.slice(0, bullet + 1), "", ...bodyLines.slice(bullet + 1)].join("\n"));
    expect(indentAfterEnter(inBody, { line: bullet + 1, character: 0 })).toEqual([]);
  });
});
