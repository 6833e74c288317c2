import { describe, expect, it } from "vitest";
import { LineIndex } from "../../server/src/engine";

describe("LineIndex", () => {
  const lf = new LineIndex("ab\ncde\n\nf");
  const crlf = new LineIndex("ab\r\ncde\r\n\r\nf");

  it("counts lines the same with LF and CRLF", () => {
    expect(lf.lineCount).toBe(4);
    expect(crlf.lineCount).toBe(4);
    expect([0, 1, 2, 3].map((line) => [lf.lineStart(line), lf.lineEnd(line)])).toEqual([
      [0, 2],
      [3, 6],
      [7, 7],
      [8, 9],
    ]);
    expect([0, 1, 2, 3].map((line) => [crlf.lineStart(line), crlf.lineEnd(line)])).toEqual([
      [0, 2],
      [4, 7],
      [9, 9],
      [11, 12],
    ]);
  });

  it("never puts a position inside a CRLF: the CR maps to the end of the line", () => {
    expect(crlf.position(2)).toEqual({ line: 0, character: 2 });
    expect(crlf.position(3)).toEqual({ line: 0, character: 2 });
    expect(crlf.position(4)).toEqual({ line: 1, character: 0 });
    expect(crlf.position(7)).toEqual({ line: 1, character: 3 });
    expect(crlf.position(8)).toEqual({ line: 1, character: 3 });
  });

  it("gives the same positions for the same content under both endings", () => {
    const lfText = "ab\ncde\n\nf";
    const crlfText = "ab\r\ncde\r\n\r\nf";
    for (let offset = 0; offset <= lfText.length; offset++) {
      const position = lf.position(offset);
      expect(crlf.position(crlf.offset(position))).toEqual(position);
      // The same character, except that a line ends at its CR instead of its LF.
      expect(crlfText[crlf.offset(position)]).toBe(lfText[offset] === "\n" ? "\r" : lfText[offset]);
    }
  });

  it("clamps offsets and positions", () => {
    expect(lf.position(-5)).toEqual({ line: 0, character: 0 });
    expect(lf.position(99)).toEqual({ line: 3, character: 1 });
    expect(crlf.offset({ line: 0, character: 99 })).toBe(2);
    expect(crlf.offset({ line: 9, character: 0 })).toBe(12);
    expect(crlf.offset({ line: 1, character: -3 })).toBe(4);
  });

  it("converts spans to ranges", () => {
    expect(crlf.range({ start: 4, end: 9 })).toEqual({ start: { line: 1, character: 0 }, end: { line: 2, character: 0 } });
  });

  it("counts UTF-16 code units, as LSP does", () => {
    const index = new LineIndex("€😀x\nok");
    expect(index.position(3)).toEqual({ line: 0, character: 3 });
    expect(index.lineEnd(0)).toBe(4);
  });

  it("handles the empty text and a text ending with a line break", () => {
    expect(new LineIndex("").lineCount).toBe(1);
    expect(new LineIndex("").position(0)).toEqual({ line: 0, character: 0 });
    expect(new LineIndex("a\n").lineCount).toBe(2);
    expect(new LineIndex("a\r\n").position(3)).toEqual({ line: 1, character: 0 });
  });
});
