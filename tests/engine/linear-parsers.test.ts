// The line readers rewritten to run in linear time (issue 9) read exactly what the patterns they
// replace read. The old patterns are kept here as oracles: on short lines over the characters
// that matter their backtracking is harmless, and any difference is a change of behaviour.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePercentRange } from "../../server/src/engine";
import { DELIMITER_ROW, EVIDENCE, readHeading, splitRow, type Line } from "../../server/src/engine/parse/body";
import { normalizeSpace } from "../../server/src/engine/model/frontmatter-data";

/** A cell as the oracle reads it: its trimmed source and span (what it renders to is cells.ts's). */
type RawCell = { span: { start: number; end: number }; text: string };

const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);
const line = (chars: string[]) => fc.array(fc.constantFrom(...chars), { maxLength: 24 }).map((parts) => parts.join(""));

// The quadratic originals, as oracles on short lines (tests are not under the regexp lint).
const OLD_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const OLD_DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const OLD_EVIDENCE = /^(?:evidence\b|(?:data\s+)?sources(?:\s*(?:&|and)\s*evidence)?\s*:?\s*$)/i;
const OLD_PERCENT = /^\s*(\d+(?:\.\d+)?)\s*%?\s*(?:(?:[-–—]|to)\s*(\d+(?:\.\d+)?)\s*)?%\s*$/i;

function oldSplitRow(row: Line): RawCell[] {
  const cells: RawCell[] = [];
  const text = row.text;
  const first = text.indexOf("|");
  const leadingPipe = text.slice(0, first).trim() === "";
  let cellStart = leadingPipe ? first + 1 : 0;
  for (let i = cellStart; i <= text.length; i++) {
    const atEnd = i === text.length;
    if (!atEnd && (text[i] !== "|" || text[i - 1] === "\\")) continue;
    const raw = text.slice(cellStart, i);
    if (!(atEnd && raw.trim() === "" && cells.length > 0)) {
      const value = raw.trim();
      const lead = value ? raw.length - raw.trimStart().length : Math.min(raw.length, 1);
      const start = row.span.start + cellStart + lead;
      cells.push({ span: { start, end: start + value.length }, text: value });
    }
    cellStart = i + 1;
  }
  return cells;
}

describe("linear line readers agree with the patterns they replace", () => {
  it("ATX headings", () => {
    fc.assert(
      fc.property(line(["#", "#", " ", "\t", "a", "b", "\r", "\u2028", "## ", "   "]), (text) => {
        const match = OLD_HEADING.exec(text);
        const found = readHeading(text);
        expect(found && { level: found.level, text: text.slice(found.start, found.end) }).toEqual(
          match ? { level: match[1]!.length, text: match[2] } : undefined,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it("table rows split into the same cells and spans", () => {
    fc.assert(
      fc.property(line(["|", "|", " ", "\t", "\\", "a", "-", "\u00a0", "\u3000", "\uFEFF", "\u200B"]), fc.nat({ max: 50 }), (text, offset) => {
        const row: Line = { span: { start: offset, end: offset + text.length }, text, next: offset + text.length + 1 };
        const raw = splitRow(row).map((cell) => ({ span: cell.span, text: row.text.slice(cell.span.start - row.span.start, cell.span.end - row.span.start) }));
        expect(raw).toEqual(oldSplitRow(row));
      }),
      { numRuns: RUNS },
    );
  });

  it("delimiter rows, evidence titles and percent cells", () => {
    fc.assert(
      fc.property(line(["|", "-", ":", " ", "\t", "x"]), (text) => {
        expect(DELIMITER_ROW.test(text)).toBe(OLD_DELIMITER_ROW.test(text));
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(line(["evidence", "sources", "data ", "Sources", " ", "&", "and", ":", "x"]), (text) => {
        expect(EVIDENCE.test(text)).toBe(OLD_EVIDENCE.test(text));
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(line(["5", "1", ".", "%", " ", "–", "-", "to", "x"]), (text) => {
        const match = OLD_PERCENT.exec(text);
        expect(parsePercentRange(text)).toEqual(
          match ? { low: Number(match[1]), high: match[2] === undefined ? Number(match[1]) : Number(match[2]) } : undefined,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it("whitespace normalized by runs (only runs that change are replaced)", () => {
    fc.assert(
      fc.property(line([" ", "  ", "\t", "\n", "\u00a0", "\u3000", "*", "x"]), (text) => {
        expect(normalizeSpace(text)).toBe(text.replace(/\s+/g, " ").trim());
      }),
      { numRuns: RUNS },
    );
  });
});
