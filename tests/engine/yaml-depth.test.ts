// The nesting scan that refuses YAML nested too deep before the parser recurses
// (parse/yaml-depth.ts). Small limits make each level visible: the offset returned is where the
// nesting first goes past the limit, -1 when it never does.
import { describe, expect, it } from "vitest";
import { excessiveNesting, MAX_YAML_DEPTH } from "../../server/src/engine/parse/yaml-depth";

describe("block nesting: one level per indentation", () => {
  it("counts each deeper indentation, and stops at the line that goes past the limit", () => {
    const text = "a:\n b:\n  c: 1";
    expect(excessiveNesting(text, 3)).toBe(-1);
    // Line 3 starts at 7; its content at column 2.
    expect(excessiveNesting(text, 2)).toBe(9);
  });

  it("a line indented less closes the deeper levels", () => {
    expect(excessiveNesting("a:\n b:\nc:\n d:", 2)).toBe(-1);
    expect(excessiveNesting("a:\n  b:\n c:\n  d:", 3)).toBe(-1);
    expect(excessiveNesting("a:\n  b:\n c:\n  d:", 2)).toBe(14);
  });

  it("blank lines and comment lines open and close nothing", () => {
    expect(excessiveNesting("a:\n b:\n\n  c:", 2)).toBe(10);
    expect(excessiveNesting("a:\n b:\n   \n  c:", 2)).toBe(13);
    expect(excessiveNesting("a:\n b:\n# x\n  c:", 2)).toBe(13);
  });

  it("each dash of `- - - x` opens one more sequence", () => {
    expect(excessiveNesting("- - - x", 4)).toBe(-1);
    expect(excessiveNesting("- - - x", 3)).toBe(6);
    expect(excessiveNesting("-   -  x", 2)).toBe(7);
    expect(excessiveNesting("a:\n -", 2)).toBe(5);
    expect(excessiveNesting("a:\n -", 3)).toBe(-1);
  });

  it("a dash not followed by a space is a scalar, not a sequence", () => {
    expect(excessiveNesting("-x", 1)).toBe(-1);
    expect(excessiveNesting("---", 1)).toBe(-1);
    expect(excessiveNesting("- -x", 2)).toBe(-1);
  });

  it("uses MAX_YAML_DEPTH (50) by default", () => {
    expect(MAX_YAML_DEPTH).toBe(50);
    expect(excessiveNesting(`a: ${"[".repeat(49)}`)).toBe(-1);
    expect(excessiveNesting(`a: ${"[".repeat(50)}`)).toBe(52);
  });
});

describe("flow nesting: one level per bracket", () => {
  it("counts brackets that open a value, on top of the block levels", () => {
    expect(excessiveNesting("a: [[[1]]]", 4)).toBe(-1);
    expect(excessiveNesting("a: [[[1]]]", 3)).toBe(5);
    expect(excessiveNesting("a: {b: {c: 1}}", 3)).toBe(-1);
    expect(excessiveNesting("a: {b: {c: 1}}", 2)).toBe(7);
    expect(excessiveNesting("a: {b: {c: {d: 1}}}", 3)).toBe(11);
    expect(excessiveNesting("a: [1, [2, [3]]]", 3)).toBe(11);
    expect(excessiveNesting("[[", 2)).toBe(1);
    expect(excessiveNesting("? [[", 2)).toBe(3);
    expect(excessiveNesting("- [[", 3)).toBe(-1);
    expect(excessiveNesting("- [[", 2)).toBe(3);
  });

  it("closing brackets close levels", () => {
    expect(excessiveNesting("a: [[1], [2], [3]]", 3)).toBe(-1);
    expect(excessiveNesting("a: {b: [1], c: [2]}", 3)).toBe(-1);
  });

  it("a bracket inside a plain scalar opens nothing", () => {
    expect(excessiveNesting("a: b[x[", 1)).toBe(-1);
    expect(excessiveNesting("a: b{x{", 1)).toBe(-1);
    expect(excessiveNesting("a: [[", 1)).toBe(3);
  });

  it("a closing bracket outside any flow collection closes nothing", () => {
    expect(excessiveNesting("a: ]] [[", 2)).toBe(-1);
    expect(excessiveNesting("a: ]], [[", 2)).toBe(8);
  });

  it("an indented line continues the flow collection of the line before", () => {
    expect(excessiveNesting("a: [[\n  [[", 4)).toBe(9);
    expect(excessiveNesting("a: [[\n  ]], [[", 3)).toBe(-1);
  });

  it("a line at column 0 starts afresh, unless it closes a collection", () => {
    expect(excessiveNesting("a: [[\nb: [[", 3)).toBe(-1);
    expect(excessiveNesting("a: [[\n] [[", 3)).toBe(9);
    expect(excessiveNesting("a: {{\n} {{", 3)).toBe(9);
    // Only a line that starts with the bracket continues the collection.
    expect(excessiveNesting("a: [[\nb: x], [[", 3)).toBe(-1);
  });

  it("a line inside a flow collection opens no block level", () => {
    expect(excessiveNesting("a: [\n   1,\n     2]", 2)).toBe(-1);
  });
});

describe("quotes and comments hide brackets", () => {
  it("brackets inside quotes are text", () => {
    expect(excessiveNesting('a: "[[[["', 1)).toBe(-1);
    expect(excessiveNesting("a: '[[[['", 1)).toBe(-1);
    expect(excessiveNesting('a: "x" [', 1)).toBe(-1);
    expect(excessiveNesting('a: ["x", [', 2)).toBe(9);
  });

  it("a quote starts only where a value starts", () => {
    expect(excessiveNesting("a: it's, [[", 2)).toBe(10);
    expect(excessiveNesting('a: b", [[', 2)).toBe(8);
  });

  it("a backslash escapes a quote inside double quotes only", () => {
    expect(excessiveNesting('a: "\\", [[', 1)).toBe(-1);
    expect(excessiveNesting("a: '\\', [[", 1)).toBe(8);
    expect(excessiveNesting("a: 'it''s', [[", 1)).toBe(12);
  });

  it("a quote left open ends at the next line at column 0", () => {
    expect(excessiveNesting('a: "x\nb: [[', 2)).toBe(10);
    expect(excessiveNesting('a: "x\n  [[', 1)).toBe(-1);
  });

  it("a comment starts at a `#` after a blank or at the line's start", () => {
    expect(excessiveNesting("a: # [[[", 1)).toBe(-1);
    expect(excessiveNesting("a:\t# [[[", 1)).toBe(-1);
    expect(excessiveNesting("a: [#[", 2)).toBe(5);
    expect(excessiveNesting("a: [\n#[[[\n]", 3)).toBe(-1);
    expect(excessiveNesting("a: [ #[[[\n]", 2)).toBe(-1);
    // A lone CR is a line break to YAML: a `#` after it starts a comment.
    expect(excessiveNesting("a: [\r# [[[", 2)).toBe(-1);
  });
});
