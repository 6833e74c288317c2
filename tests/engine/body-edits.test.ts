// Where the body rules insert missing lines and how they delete one (model/body-edits.ts).
import { describe, expect, it } from "vitest";
import { parseSeed } from "../../server/src/engine";
import { deleteLine, insertAfter } from "../../server/src/engine/model/body-edits";

const FRONTMATTER = "---\na: 1\n---\n";
const lineOf = (text: string, content: string) => parseSeed(text).body.lines.find((line) => line.text === content)!;

describe("insertAfter a line", () => {
  it.each([
    ["text follows on the next line: a blank line before and a line ending after", "Title\nNext\n", "\n\nNew\n"],
    ["a blank line follows", "Title\n\nNext\n", "\n\nNew"],
    ["a line of spaces and a tab follows", "Title\n \t\nNext\n", "\n\nNew"],
    ["a line of a tab follows", "Title\n\t\nNext\n", "\n\nNew"],
    ["spaces to the end of the text follow", "Title\n  ", "\n\nNew"],
    ["a line indented by a space follows", "Title\n x\n", "\n\nNew\n"],
    ["the line is the last", "Title", "\n\nNew"],
  ])("%s", (_name, body, newText) => {
    const text = FRONTMATTER + body;
    const seed = parseSeed(text);
    const line = lineOf(text, "Title");
    expect(insertAfter(seed, line, "New")).toEqual({ start: line.span.end, end: line.span.end, newText });
  });
});

describe("insertAfter at the body's start", () => {
  it.each([
    ["a body of text", `${FRONTMATTER}Text\n`, "New\n\n"],
    ["a body of text without a final line ending", `${FRONTMATTER}Text`, "New\n\n"],
    ["a body whose first line is one character", `${FRONTMATTER}X\nText\n`, "New\n\n"],
    ["a body that starts with a blank line", `${FRONTMATTER}\nText\n`, "New\n"],
    ["an empty body after a line ending", FRONTMATTER, "New\n"],
    ["an empty body right after the closing ---", FRONTMATTER.trimEnd(), "\nNew\n"],
  ])("%s", (_name, text, newText) => {
    const seed = parseSeed(text);
    const start = seed.body.span.start;
    expect(insertAfter(seed, undefined, "New")).toEqual({ start, end: start, newText });
  });

  it("an empty text: at its start, with no line ending before", () => {
    expect(insertAfter(parseSeed(""), undefined, "New")).toEqual({ start: 0, end: 0, newText: "New\n" });
  });
});

describe("deleteLine", () => {
  it("a line with its line ending", () => {
    const text = `${FRONTMATTER}One\nTwo\nThree\n`;
    const line = lineOf(text, "Two");
    expect(deleteLine(parseSeed(text), line)).toEqual({ start: line.span.start, end: line.span.end + 1, newText: "" });
  });
  it("the last line, without one: the line ending before it goes", () => {
    const text = `${FRONTMATTER}One\nTwo`;
    const line = lineOf(text, "Two");
    expect(deleteLine(parseSeed(text), line)).toEqual({ start: line.span.start - 1, end: line.span.end, newText: "" });
  });
  it("the only line of a text", () => {
    const line = lineOf("One", "One");
    expect(deleteLine(parseSeed("One"), line)).toEqual({ start: 0, end: 3, newText: "" });
  });
});
