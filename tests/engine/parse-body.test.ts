// The body scanner (parse/body.ts) on small bodies, with exact spans: lines, labelled lines,
// headings, the guide's table, the evidence section, fenced code and prose.
import { describe, expect, it } from "vitest";
import { parseBody, readHeading, splitRow, type Line } from "../../server/src/engine/parse/body";

const body = (text: string) => parseBody(text, 0);
const texts = (lines: readonly { text: string }[]) => lines.map((line) => line.text);
const lineOf = (text: string): Line => ({ span: { start: 0, end: text.length }, text, next: text.length });

describe("body: lines", () => {
  it("splits on LF, drops a CR before it or at the end, and records where the next line starts", () => {
    expect(body("ab").lines).toEqual([{ span: { start: 0, end: 2 }, text: "ab", next: 2 }]);
    expect(body("a\nbc").lines).toEqual([
      { span: { start: 0, end: 1 }, text: "a", next: 2 },
      { span: { start: 2, end: 4 }, text: "bc", next: 4 },
    ]);
    expect(body("a\r\nb\r\n\r\nc\r").lines).toEqual([
      { span: { start: 0, end: 1 }, text: "a", next: 3 },
      { span: { start: 3, end: 4 }, text: "b", next: 6 },
      { span: { start: 6, end: 6 }, text: "", next: 8 },
      { span: { start: 8, end: 9 }, text: "c", next: 10 },
    ]);
    expect(body("").lines).toEqual([]);
  });

  it("starts at the offset given", () => {
    const parsed = parseBody("xx\nab\n", 3);
    expect(parsed.span).toEqual({ start: 3, end: 6 });
    expect(parsed.lines).toEqual([{ span: { start: 3, end: 5 }, text: "ab", next: 6 }]);
  });

  it("prose is every line outside the landmarks that is not blank", () => {
    expect(texts(body("a\n\n   \n\t\nb").prose)).toEqual(["a", "b"]);
  });
});

describe("body: labelled lines", () => {
  it("the value is trimmed, whatever whitespace surrounds it, on any line", () => {
    const text = "intro\n**Negotiation DNA:**\u00a0Calm, firm \u3000\n**Level Mapping**: L5 = Senior\t\n";
    const parsed = body(text);
    const calm = text.indexOf("Calm");
    expect(parsed.dna?.value).toBe("Calm, firm");
    expect(parsed.dna?.valueSpan).toEqual({ start: calm, end: calm + "Calm, firm".length });
    expect(parsed.dna?.line.text).toBe("**Negotiation DNA:**\u00a0Calm, firm \u3000");
    const l5 = text.indexOf("L5");
    expect(parsed.levelMapping?.value).toBe("L5 = Senior");
    expect(parsed.levelMapping?.valueSpan).toEqual({ start: l5, end: l5 + "L5 = Senior".length });
  });

  it("the first labelled line of each kind counts", () => {
    expect(body("**Negotiation DNA:** one\n**Negotiation DNA:** two").dna?.value).toBe("one");
  });
});

describe("body: headings", () => {
  it("a heading with no text has an empty span after its blanks", () => {
    expect(readHeading("#  ")).toEqual({ level: 1, start: 3, end: 3 });
    expect(readHeading("##\t x \t")).toEqual({ level: 2, start: 4, end: 5 });
    expect(readHeading("### x ##  ")).toEqual({ level: 3, start: 4, end: 5 });
    expect(readHeading("# x#")).toEqual({ level: 1, start: 2, end: 4 });
  });

  it("the title is the first heading, not a later one", () => {
    const parsed = body("# A\n# B\n");
    expect(parsed.heading?.text).toBe("A");
    expect(parsed.heading?.textSpan).toEqual({ start: 2, end: 3 });
    expect(texts(parsed.headings)).toEqual(["A", "B"]);
  });

  it.each([
    ["a table", "| Region |\n|---|\n| x |\n\n# Title"],
    ["the Negotiation DNA", "**Negotiation DNA:** x\n# Title"],
    ["the level mapping", "**Level Mapping:** x\n# Title"],
    ["the evidence heading", "## Evidence & Sources\n# Title"],
  ])("a heading after %s is not the title", (_, text) => {
    const parsed = body(text);
    expect(parsed.heading).toBeUndefined();
    expect(texts(parsed.headings).at(-1)).toBe("Title");
  });
});

describe("body: fenced code", () => {
  it("is skipped up to a fence of the same character, at least as long", () => {
    const parsed = body("```\n# Not\n| Region |\n|---|\n~~~\n# Still code\n````\n# Heading\n");
    expect(texts(parsed.headings)).toEqual(["Heading"]);
    expect(parsed.table).toBeUndefined();
    expect(parsed.prose).toEqual([]);
  });

  it("a shorter fence does not close it", () => {
    expect(texts(body("````\n```\n# code\n````\n# H").headings)).toEqual(["H"]);
    expect(texts(body("~~~~\n~~~\nx\n~~~~~\ny").prose)).toEqual(["y"]);
  });
});

describe("body: raw HTML blocks", () => {
  it("a comment closed on its own line hides that line only", () => {
    expect(texts(body("<!-- note -->\n# Title\n").headings)).toEqual(["Title"]);
  });

  it("a comment hides every line up to the one that closes it", () => {
    const parsed = body("<!--\nx\n# Not\n-->\n# Title");
    expect(texts(parsed.headings)).toEqual(["Title"]);
    expect(parsed.prose).toEqual([]);
  });

  it("a block tag hides every line up to a blank line", () => {
    const parsed = body("<div>\nx\n# Not\n\n# Title");
    expect(texts(parsed.headings)).toEqual(["Title"]);
    expect(parsed.prose).toEqual([]);
  });

  it("a tag indented four spaces starts no block", () => {
    expect(texts(body("    <div>\n# Title").headings)).toEqual(["Title"]);
  });
});

describe("body: table rows", () => {
  it("trims exactly the whitespace String.prototype.trim removes", () => {
    const differ: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (char === "|" || char === "\\") continue;
      const [cell] = splitRow(lineOf(`|${char}a${char}|`));
      const blank = char.trim() === "";
      const expected = blank ? { start: 2, end: 3 } : { start: 1, end: 4 };
      if (cell!.span.start !== expected.start || cell!.span.end !== expected.end) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it("splits a row into at most 64 cells, the last holding the rest of the line", () => {
    const cells = splitRow(lineOf(`|${"a|".repeat(70)}`));
    expect(cells).toHaveLength(64);
    expect(cells[62]!.text).toBe("a");
    expect(cells[63]!.text).toBe("a|".repeat(7));
    expect(cells[63]!.span).toEqual({ start: 127, end: 141 });
  });
});

describe("body: the guide's table", () => {
  it("is a header with a pipe over a delimiter row, not a setext heading", () => {
    expect(body("Region\n---\nx\n").table).toBeUndefined();
    expect(body("Region | Base\n---|---\nx | y\n").table?.columns).toEqual({ region: 0, base: 1 });
  });

  it("a header on the last line is no table", () => {
    const parsed = body("intro\n| Region |");
    expect(parsed.table).toBeUndefined();
    expect(texts(parsed.prose)).toEqual(["intro", "| Region |"]);
  });

  it("a table without rows ends at its delimiter row", () => {
    const parsed = body("| Region | Base |\n|---|---|\n\nafter");
    expect(parsed.table?.rows).toEqual([]);
    expect(parsed.table?.span).toEqual({ start: 0, end: 27 });
    expect(texts(parsed.prose)).toEqual(["after"]);
  });

  it("a table without a region column is not the guide's: its lines are prose", () => {
    const parsed = body("| a | b |\n|---|---|\n| 1 | 2 |\n");
    expect(parsed.table).toBeUndefined();
    expect(texts(parsed.prose)).toEqual(["| a | b |", "|---|---|", "| 1 | 2 |"]);
  });

  it("each column is the first header cell that names it", () => {
    expect(body("| | Region | Base | Base (alt) | Location |\n|---|---|---|---|---|\n").table?.columns).toEqual({ region: 1, base: 2 });
  });

  it("the first table is the guide's; a second is prose", () => {
    const parsed = body("| Region |\n|---|\n| x |\n\n| Region |\n|---|\n| y |\n");
    expect(texts(parsed.table!.rows.map((row) => row.line))).toEqual(["| x |"]);
    expect(texts(parsed.prose)).toEqual(["| Region |", "|---|", "| y |"]);
  });
});

describe("body: the evidence section", () => {
  it("runs to the next heading of the same or a higher level, sub-headings included", () => {
    const text = "## Evidence & Sources\n- a\n### Sub\n- b\n## Next\n- c\n";
    const evidence = body(text).evidence!;
    expect(evidence.heading.text).toBe("Evidence & Sources");
    expect(evidence.items.map((item) => item.text)).toEqual(["a", "b"]);
    expect(evidence.span).toEqual({ start: 0, end: text.indexOf("## Next") });
    expect(evidence.text).toBe("## Evidence & Sources\n- a\n### Sub\n- b\n");
    expect(evidence.insertAt).toBe(text.indexOf("## Next"));
  });

  it("items have exact spans; a section without items inserts after its heading", () => {
    const text = "## Sources\n-   x y  \n";
    expect(body(text).evidence!.items).toEqual([{ span: { start: 15, end: 18 }, text: "x y" }]);
    expect(body("intro\n## Sources\n\nprose").evidence).toEqual({
      heading: expect.objectContaining({ text: "Sources", level: 2 }),
      span: { start: 6, end: 23 },
      text: "## Sources\n\nprose",
      items: [],
      insertAt: 17,
    });
  });

  it("a bold label line opens it, and the next bold label line or heading ends it", () => {
    const text = "intro\n**Evidence & Sources**\n- a\n**Other:**\n- b\n";
    const evidence = body(text).evidence!;
    const start = text.indexOf("Evidence");
    expect(evidence.heading.level).toBe(7);
    expect(evidence.heading.text).toBe("Evidence & Sources");
    expect(evidence.heading.textSpan).toEqual({ start, end: start + "Evidence & Sources".length });
    expect(evidence.items).toEqual([{ span: { start: text.indexOf("a\n"), end: text.indexOf("a\n") + 1 }, text: "a" }]);
    expect(evidence.span).toEqual({ start: 6, end: text.indexOf("**Other") });
    expect(evidence.insertAt).toBe(text.indexOf("**Other"));
    expect(body("**Sources:**\n- a\n# H\n- b").evidence!.items.map((item) => item.text)).toEqual(["a"]);
  });

  it("a bold label line does not end a section opened by a heading", () => {
    expect(body("## Evidence\n- a\n**Note:**\n- b\n").evidence!.items.map((item) => item.text)).toEqual(["a", "b"]);
  });

  it("only the first evidence section counts", () => {
    expect(body("## Evidence\n- a\n## Sources\n- b\n").evidence!.items.map((item) => item.text)).toEqual(["a"]);
  });
});
