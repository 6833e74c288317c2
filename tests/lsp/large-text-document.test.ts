// The server's document for large texts: the same text, positions and offsets as the standard
// TextDocument after any sequence of edits, and an edit never joins (copies) the whole text.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TextDocument, type TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import {
  createDocument,
  LARGE_DOCUMENT_CHARS,
  LargeTextDocument,
  textLength,
  textOfVersion,
  updateDocument,
} from "../../server/src/lsp/state/large-text-document";
import { REFERENCE } from "./helpers/client";
import { largeSeed } from "./helpers/large-seed";

const reference = readFileSync(REFERENCE, "utf8");
const URI = "file:///virtual/seeds/big.md";

/** A deterministic pseudo-random sequence (a linear congruential generator), for reproducible edits. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Both documents agree on everything a feature can ask of them. */
function expectSame(large: LargeTextDocument, standard: TextDocument, next: () => number) {
  const text = standard.getText();
  expect(large.length).toBe(text.length);
  expect(large.lineCount).toBe(standard.lineCount);
  for (let i = 0; i < 20; i++) {
    const offset = Math.floor(next() * (text.length + 4)) - 2;
    expect(large.positionAt(offset)).toEqual(standard.positionAt(offset));
    const position = { line: Math.floor(next() * (standard.lineCount + 2)) - 1, character: Math.floor(next() * 12) - 1 };
    expect(large.offsetAt(position)).toBe(standard.offsetAt(position));
    const line = position.line;
    expect(large.getLineRange(line)).toEqual(standard.getLineRange(line));
    expect(large.getEOLCharacters(line)).toBe(standard.getEOLCharacters(line));
    const end = { line: position.line + Math.floor(next() * 3), character: Math.floor(next() * 12) };
    expect(large.getText({ start: position, end })).toBe(standard.getText({ start: position, end }));
  }
  expect(large.getText()).toBe(text);
}

describe("LargeTextDocument", () => {
  it("holds the same text, positions and offsets as the standard document through random edits with every kind of line break", () => {
    const next = random(9);
    const pieces = ["", "x", "ab", "\n", "\r", "\r\n", "a\nb", "\r\r\n", "\n\n", "$250K | 12%", "\r\nz\r"];
    const initial = "---\r\ncompany: Acme\n---\r\rline\n\nlast";
    const large = new LargeTextDocument(URI, "seed", 1, initial);
    const standard = TextDocument.create(URI, "seed", 1, initial);
    for (let version = 2; version < 1500; version++) {
      const lines = standard.lineCount;
      const at = () => ({ line: Math.floor(next() * (lines + 2)) - 1, character: Math.floor(next() * 8) - 1 });
      const changes: TextDocumentContentChangeEvent[] =
        version % 500 === 0
          ? [{ text: initial }]
          : [
              { range: { start: at(), end: at() }, text: pieces[Math.floor(next() * pieces.length)]! },
              { range: { start: at(), end: at() }, text: pieces[Math.floor(next() * pieces.length)]! },
            ];
      large.update(changes, version);
      TextDocument.update(standard, changes, version);
      expect(large.version).toBe(version);
      if (version % 10 === 0) expectSame(large, standard, next);
    }
    expectSame(large, standard, next);
  });

  it("applies an edit to a 10 MB document without joining its text, and joins it once when asked", () => {
    const big = largeSeed(reference, 10 * 1024 * 1024);
    const document = createDocument(URI, "seed", 1, big);
    expect(document).toBeInstanceOf(LargeTextDocument);
    const large = document as LargeTextDocument;
    const before = textOfVersion(large);
    for (let version = 2; version <= 50; version++) {
      updateDocument(large, [{ range: { start: { line: 40, character: 0 }, end: { line: 40, character: 0 } }, text: "x" }], version);
    }
    expect(large.materialised).toBe(0);
    expect(textLength(large)).toBe(big.length + 49);
    // A version read later is that version's text, whatever the document became since.
    expect(before()).toBe(big);
    const lines = big.split("\n");
    lines[40] = "x".repeat(49) + lines[40];
    expect(large.getText()).toBe(lines.join("\n"));
    expect(large.getText()).toBe(lines.join("\n"));
    expect(large.materialised).toBe(1);
  });

  it("leaves documents under LARGE_DOCUMENT_CHARS to the standard document", () => {
    const document = createDocument(URI, "seed", 1, "x".repeat(LARGE_DOCUMENT_CHARS - 1));
    expect(document).not.toBeInstanceOf(LargeTextDocument);
    expect(updateDocument(document, [{ text: "y" }], 2).getText()).toBe("y");
  });
});
