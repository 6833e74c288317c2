// Property tests: whatever an author (or a corrupted file) does to a seed, the engine answers
// with well-formed findings and stable fixes, and never throws.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits, checkBytes, checkSeed, fixSeed, LineIndex, safeEdits, type Finding, type TextEdit } from "../../server/src/engine";
import { CLEAN, crlf, REFERENCE, SMALL, TODAY } from "./fixtures";

// PROPERTY_RUNS=5000 explores further when hunting bugs; the default keeps the suite fast.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const options = { today: TODAY };

// Fragments that matter to a seed's structure, mixed with arbitrary strings.
const TOKENS = [
  "---",
  "|",
  " | ",
  "\r\n",
  "\n",
  "\r",
  "- ",
  ": ",
  "#",
  "### ",
  "**Negotiation DNA:** ",
  "**Level Mapping:** ",
  "#### Evidence & Sources\n",
  "$",
  "£",
  "€1.2M",
  "$195K–$255K",
  "5–15%",
  "K",
  "  - region: X\n",
  "[",
  "{",
  "&a ",
  "*a",
  "\t",
  "\uFEFF",
  "\u0000",
  "é",
  "😀",
  "\uD800",
  "I need $900K base.",
];
const fragment = fc.oneof(
  fc.constantFrom(...TOKENS),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: "binary", maxLength: 4 }),
  fc.string({ unit: "grapheme", maxLength: 4 }),
);
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 12 }), insert: fragment });
const edited = (bases: string[]) =>
  fc.record({ base: fc.constantFrom(...bases), edits: fc.array(edit, { minLength: 1, maxLength: 5 }) }).map(({ base, edits }) =>
    edits.reduce((text, { at, remove, insert }) => {
      const start = Math.floor(at * text.length);
      return text.slice(0, start) + insert + text.slice(start + remove);
    }, base),
  );

// Whole-line operations make structural mistakes: a missing row or key, a duplicated line, rows
// out of order, a changed figure.
const lineOp = fc.record({
  kind: fc.constantFrom("delete", "duplicate", "swap", "renumber"),
  i: fc.double({ min: 0, max: 1, noNaN: true }),
  j: fc.double({ min: 0, max: 1, noNaN: true }),
  n: fc.nat({ max: 999 }),
});
const lineEdited = (bases: string[]) =>
  fc.record({ base: fc.constantFrom(...bases), ops: fc.array(lineOp, { minLength: 1, maxLength: 4 }) }).map(({ base, ops }) => {
    const eol = base.includes("\r\n") ? "\r\n" : "\n";
    const lines = base.split(eol);
    for (const { kind, i, j, n } of ops) {
      const a = Math.floor(i * lines.length);
      const b = Math.floor(j * lines.length);
      if (kind === "delete") lines.splice(a, 1);
      else if (kind === "duplicate") lines.splice(a, 0, lines[a] ?? "");
      else if (kind === "swap") [lines[a], lines[b]] = [lines[b] ?? "", lines[a] ?? ""];
      else lines[a] = (lines[a] ?? "").replace(/\d+/, String(n));
    }
    return lines.join(eol);
  });

function expectWellFormed(text: string, findings: Finding[]): void {
  const lines = new LineIndex(text);
  for (const finding of findings) {
    const { span, range } = finding;
    expect(0 <= span.start && span.start <= span.end && span.end <= text.length, `${finding.rule} span ${JSON.stringify(span)} in ${text.length}`).toBe(true);
    for (const position of [range.start, range.end]) {
      expect(position.line).toBeLessThan(lines.lineCount);
      expect(position.character).toBeGreaterThanOrEqual(0);
      expect(position.character, finding.rule).toBeLessThanOrEqual(lines.lineEnd(position.line) - lines.lineStart(position.line));
    }
    const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
    expect(ordered, `${finding.rule} range ${JSON.stringify(range)}`).toBe(true);
    expect(range).toEqual(lines.range(span));
    expect(["error", "warning", "info"]).toContain(finding.severity);
    // checkParsed turns a rule that throws into a finding: that is a bug here, not an answer.
    expect(finding.message).not.toContain("failed on this seed");
    for (const fix of finding.fixes) {
      for (const change of fix.edits)
        expect(0 <= change.start && change.start <= change.end && change.end <= text.length, `${finding.rule}: ${fix.title}`).toBe(true);
    }
  }
}

function checkAndFix(text: string): void {
  const { findings } = checkSeed(text, options);
  expectWellFormed(text, findings);
  const once = fixSeed(text, options);
  expectWellFormed(once.text, checkSeed(once.text, options).findings);
  // Stable: what fixSeed leaves has no safe fix left to apply.
  const twice = fixSeed(once.text, options);
  expect(twice.text).toBe(once.text);
}

describe("properties", () => {
  it("random edits of the reference seed: well-formed findings, stable fixes, no throw", () => {
    fc.assert(fc.property(edited([REFERENCE]), checkAndFix), { numRuns: RUNS });
  });

  it("random edits of clean seeds (LF and CRLF)", () => {
    fc.assert(fc.property(edited([CLEAN, SMALL, crlf(SMALL)]), checkAndFix), { numRuns: RUNS });
  });

  it("random line deletions, duplications, swaps and changed figures", () => {
    fc.assert(fc.property(lineEdited([REFERENCE, CLEAN, SMALL, crlf(CLEAN)]), checkAndFix), { numRuns: RUNS });
  });

  it("no fix, safe or suggested, breaks a frontmatter that parsed", () => {
    const breaksYaml = (text: string) => checkSeed(text, options).findings.some((f) => f.rule === "yaml-syntax" || f.rule === "frontmatter-missing");
    fc.assert(
      fc.property(fc.oneof(lineEdited([REFERENCE, CLEAN, SMALL]), edited([REFERENCE, SMALL])), (text) => {
        if (breaksYaml(text)) return;
        for (const finding of checkSeed(text, options).findings) {
          for (const fix of finding.fixes) expect(breaksYaml(applyEdits(text, fix.edits)), `${finding.rule}: ${fix.title}`).toBe(false);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("random bytes and corrupted UTF-8 via checkBytes", () => {
    const smallBytes = new TextEncoder().encode(SMALL);
    const corrupted = fc.array(fc.record({ at: fc.nat({ max: smallBytes.length - 1 }), byte: fc.nat({ max: 255 }) }), { maxLength: 6 }).map((changes) => {
      const bytes = smallBytes.slice();
      for (const { at, byte } of changes) bytes[at] = byte;
      return bytes;
    });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 600 }), corrupted), (bytes) => {
        const result = checkBytes(bytes, options);
        expectWellFormed(result.seed.text, result.findings);
        if (!result.decodeError) checkAndFix(result.seed.text);
      }),
      { numRuns: RUNS },
    );
  });

  it("safeEdits picks, in order, every safe fix that overlaps none picked before (as the simple definition)", () => {
    const overlaps = (a: TextEdit, b: TextEdit) => (a.start < b.end && b.start < a.end) || (a.start === b.start && a.start === a.end && b.start === b.end);
    const naive = (findings: Finding[]) => {
      const chosen: TextEdit[] = [];
      for (const finding of findings) {
        const fix = finding.fixes.find((candidate) => candidate.safe);
        if (!fix || fix.edits.some((e) => chosen.some((other) => overlaps(e, other)))) continue;
        chosen.push(...fix.edits);
      }
      return chosen;
    };
    const textEdit = fc.tuple(fc.nat({ max: 40 }), fc.nat({ max: 5 })).map(([start, length]): TextEdit => ({ start, end: start + length, newText: "x" }));
    // A fix's own edits never overlap each other (every rule writes disjoint spans).
    const disjoint = (edits: TextEdit[]) => edits.every((a, i) => edits.every((b, j) => i === j || !overlaps(a, b)));
    const finding = fc
      .record({ safe: fc.boolean(), edits: fc.array(textEdit, { minLength: 1, maxLength: 3 }).filter(disjoint) })
      .map(({ safe, edits }): Finding => ({
        rule: "r",
        severity: "error",
        message: "",
        span: { start: 0, end: 0 },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        fixes: [{ title: "t", safe, edits }],
      }));
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 30 }), (findings) => {
        expect(safeEdits(findings)).toEqual(naive(findings));
      }),
      { numRuns: RUNS },
    );
  });

  it("applyEdits keeps every byte no edit touches", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.nat({ max: 30 }), fc.nat({ max: 5 }), fc.string({ maxLength: 5 }), (text, rawStart, length, newText) => {
        const start = Math.min(rawStart, text.length);
        const end = Math.min(start + length, text.length);
        expect(applyEdits(text, [{ start, end, newText }])).toBe(text.slice(0, start) + newText + text.slice(end));
      }),
      { numRuns: RUNS },
    );
  });
});
