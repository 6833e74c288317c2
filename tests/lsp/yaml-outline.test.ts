import { describe, expect, it } from "vitest";
import { frontmatterContext, outline, siblingKeys } from "../../server/src/lsp/features/yaml-outline";

/** The text with "|" removed, and the offset where it was. */
function at(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf("|");
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

const YAML = [
  "company: acme",
  "compensation:",
  "  - region: London",
  "    base_low: 1",
  "  - region: Paris",
  "    currency: EUR",
  "level_mapping:",
  "  internal: null",
  "data_sources:",
  "  - Blind",
  "",
].join("\n");

function contextOf(marked: string) {
  const { text, offset } = at(marked);
  return frontmatterContext(text, { start: 0, end: text.length }, offset);
}

describe("outline", () => {
  it("gives every key and item line its container path", () => {
    const lines = outline(YAML, { start: 0, end: YAML.length });
    expect(lines.map((line) => [line.line, line.key ?? null, line.container])).toEqual([
      [0, "company", []],
      [1, "compensation", []],
      [2, "region", ["compensation", 0]],
      [3, "base_low", ["compensation", 0]],
      [4, "region", ["compensation", 1]],
      [5, "currency", ["compensation", 1]],
      [6, "level_mapping", []],
      [7, "internal", ["level_mapping"]],
      [8, "data_sources", []],
      [9, null, ["data_sources", 0]],
    ]);
  });

  it("understands lists written at the parent's indentation and skips block scalars", () => {
    const text = ["compensation:", "- region: A", "  base_low: 1", "- region: B", "raw: |", "  not: a key", "role: x", ""].join("\n");
    const lines = outline(text, { start: 0, end: text.length });
    expect(lines.map((line) => [line.key, line.container])).toEqual([
      ["compensation", []],
      ["region", ["compensation", 0]],
      ["base_low", ["compensation", 0]],
      ["region", ["compensation", 1]],
      ["raw", []],
      ["role", []],
    ]);
  });

  it("lists sibling keys without the cursor's line", () => {
    expect([...siblingKeys(YAML, { start: 0, end: YAML.length }, ["compensation", 1], YAML.indexOf("  - region: Paris"))]).toEqual(["currency"]);
  });
});

describe("frontmatterContext", () => {
  it("finds a key being typed at the top level, with its replace span", () => {
    expect(contextOf("company: acme\nrol|\n")).toEqual({
      kind: "key",
      container: [],
      replace: { start: 14, end: 17 },
      hasColon: false,
      col: 0,
      dash: false,
      lineStart: 14,
    });
  });

  it("finds a key inside a compensation entry from its indentation", () => {
    const context = contextOf("compensation:\n  - region: London\n    bas|\n");
    expect(context).toMatchObject({ kind: "key", container: ["compensation", 0], col: 4, dash: false });
  });

  it("finds a new entry after a dash, counting the entries above", () => {
    const context = contextOf("compensation:\n  - region: London\n  - |\n");
    expect(context).toMatchObject({ kind: "key", container: ["compensation", 1], col: 4, dash: true });
  });

  it("finds the list itself on an indented line without a dash", () => {
    expect(contextOf("compensation:\n  |\n")).toMatchObject({ kind: "key", container: ["compensation"], col: 2 });
  });

  it("finds a value with the whole value as the replace span", () => {
    const { text, offset } = at("compensation:\n  - region: Lon|don\n");
    const context = frontmatterContext(text, { start: 0, end: text.length }, offset);
    expect(context).toMatchObject({ kind: "value", path: ["compensation", 0, "region"], col: 4 });
    expect(text.slice(context!.replace.start, context!.replace.end)).toBe("London");
  });

  it("replaces inside quotes", () => {
    const { text, offset } = at('role_display: "ML|"\n');
    const context = frontmatterContext(text, { start: 0, end: text.length }, offset);
    expect(text.slice(context!.replace.start, context!.replace.end)).toBe("ML");
  });

  it("finds a data source item", () => {
    expect(contextOf("data_sources:\n  - Blind\n  - Gla|\n")).toMatchObject({ kind: "item", list: ["data_sources"], index: 1 });
  });

  it("notices a colon after the cursor", () => {
    expect(contextOf("curr|ency: USD\n")).toMatchObject({ kind: "key", hasColon: true, replace: { start: 0, end: 8 } });
  });

  it("works on the empty last line of an unterminated block", () => {
    expect(contextOf("company: acme\n|")).toMatchObject({ kind: "key", container: [] });
  });

  it("returns nothing in a comment", () => {
    expect(contextOf("# a comm|ent\n")).toBeUndefined();
  });
});
