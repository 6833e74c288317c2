// parseSeed's own decisions (parse/seed.ts): the line ending fixes write, the offset after a byte
// order mark, and the refusal of binary text before any parsing.
import { describe, expect, it } from "vitest";
import { BINARY_SCAN_LENGTH, parseSeed } from "../../server/src/engine";

const FRONTMATTER = "---\ncompany: Acme\n---\n";

describe("parseSeed: line ending", () => {
  it.each([
    ["a\r\nb\nc", "\r\n"],
    ["a\nb\r\nc", "\n"],
    ["\r\nb", "\r\n"],
    ["\nb\r\n", "\n"],
    ["no newline", "\n"],
    ["", "\n"],
    ["a\rb\nc", "\n"],
  ])("%j is written with %j", (text, eol) => {
    expect(parseSeed(text).eol).toBe(eol);
  });
});

describe("parseSeed: byte order mark", () => {
  it("the content starts after it, and the frontmatter is read after it", () => {
    const seed = parseSeed(`\uFEFF${FRONTMATTER}# Title\n`);
    expect(seed.start).toBe(1);
    expect(seed.data).toEqual({ company: "Acme" });
    expect(seed.body.span).toEqual({ start: 23, end: 31 });
    expect(seed.body.heading?.text).toBe("Title");
  });

  it("without one the content starts at 0", () => {
    const seed = parseSeed(`${FRONTMATTER}# Title\n`);
    expect(seed.start).toBe(0);
    expect(seed.body.span).toEqual({ start: 22, end: 30 });
    expect(seed.problems).toEqual([]);
    expect(seed.nodes).toBeDefined();
    expect(seed.frontmatter?.data).toEqual({ company: "Acme" });
  });

  it("a byte order mark later in the text is no byte order mark", () => {
    expect(parseSeed("x\uFEFF").start).toBe(0);
  });
});

describe("parseSeed: text without frontmatter", () => {
  it("has no frontmatter, no nodes, empty data, and a body over the whole text", () => {
    const seed = parseSeed("# Title\nprose\n");
    expect(seed.frontmatter).toBeUndefined();
    expect(seed.nodes).toBeUndefined();
    expect(seed.data).toEqual({});
    expect(seed.body.span).toEqual({ start: 0, end: 14 });
    expect(seed.body.prose.map((line) => line.text)).toEqual(["prose"]);
    expect(seed.lines.lineCount).toBe(3);
  });
});

describe("parseSeed: binary text", () => {
  it("is refused at its first control character, with the character's code in upper case", () => {
    const text = `${FRONTMATTER}ab\u000E\u0001`;
    const seed = parseSeed(text);
    expect(seed.problems).toEqual([
      {
        rule: "not-text",
        span: { start: 24, end: 25 },
        message: "This is not a text seed: it contains a binary control character (U+000E).",
      },
    ]);
    expect(seed.frontmatter).toBeUndefined();
    expect(seed.nodes).toBeUndefined();
    expect(seed.data).toEqual({});
    expect(seed.body.span).toEqual({ start: 0, end: 0 });
    expect(seed.body.lines).toEqual([]);
    expect(seed.text).toBe(text);
    expect(seed.lines.lineCount).toBe(4);
    expect(seed.eol).toBe("\n");
  });

  it("keeps the line ending and the byte order mark it found", () => {
    const seed = parseSeed("\uFEFFa\r\n\u0000");
    expect([seed.eol, seed.start, seed.problems[0]!.span]).toEqual(["\r\n", 1, { start: 4, end: 5 }]);
  });

  it("tab, line feed, carriage return, form feed and escape are text", () => {
    expect(parseSeed(`${FRONTMATTER}a\tb\r\nc\fd\u001Be\n`).problems).toEqual([]);
  });

  it(`looks for a control character in the first ${BINARY_SCAN_LENGTH} characters only`, () => {
    const filler = FRONTMATTER + "a".repeat(BINARY_SCAN_LENGTH - 1 - FRONTMATTER.length);
    expect(parseSeed(`${filler}\u0000`).problems.map((problem) => problem.span)).toEqual([{ start: BINARY_SCAN_LENGTH - 1, end: BINARY_SCAN_LENGTH }]);
    expect(parseSeed(`${filler}a\u0000`).problems).toEqual([]);
  });
});
