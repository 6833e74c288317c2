// One root cause, one finding: make one value of a clean seed invalid (wrong type, bad
// currency, negative, typo'd key, tab, out-of-range date) and every finding must lie on that
// value's line, or on the table row that restates its entry. A rule that depends on the value
// does nothing with it while it is invalid: it neither drops it silently (judging the others
// against what remains) nor reports it again elsewhere.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSeed } from "../../server/src/engine";
import { CLEAN, crlf, MERGED, SMALL, TODAY } from "./fixtures";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const KEY_VALUE = /^( *)(- )?([a-z_]+): (.+)$/;

interface Slip {
  kind: string;
  apply(indent: string, dash: string, key: string, value: string): string | undefined;
}

/** A typo that keeps the key recognisable: the first two different letters after the second swapped. */
function typo(key: string): string | undefined {
  for (let at = 2; at + 1 < key.length; at++) {
    if (key[at] !== key[at + 1] && key[at] !== "_" && key[at + 1] !== "_") return key.slice(0, at) + key[at + 1] + key[at] + key.slice(at + 2);
  }
  return undefined;
}

const isNumber = (value: string) => /^\d+(?:\.\d+)?$/.test(value);
const SLIPS: Slip[] = [
  { kind: "wrong type", apply: (i, d, k, v) => `${i}${d}${k}: ${isNumber(v) ? `"${v}"` : "[1, 2]"}` },
  { kind: "negative", apply: (i, d, k, v) => (isNumber(v) && Number(v) > 0 ? `${i}${d}${k}: -${v}` : undefined) },
  { kind: "bad currency", apply: (i, d, k, v) => (k === "currency" ? `${i}${d}${k}: ${v.toLowerCase()}` : undefined) },
  { kind: "unknown currency", apply: (i, d, k) => (k === "currency" ? `${i}${d}${k}: Dollars` : undefined) },
  { kind: "typo'd key", apply: (i, d, k, v) => (typo(k) ? `${i}${d}${typo(k)}: ${v}` : undefined) },
  { kind: "tab", apply: (i, d, k, v) => (i.length > 0 ? `\t${i.slice(2)}${d}${k}: ${v}` : undefined) },
  { kind: "out-of-range date", apply: (i, d, k, v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${i}${d}${k}: ${v.slice(0, 5)}13${v.slice(7)}` : undefined) },
];

/** Frontmatter lines that hold one scalar value, by index. */
function valueLines(lines: string[]): number[] {
  const close = lines.indexOf("---", 1);
  return lines.flatMap((line, index) => (index > 0 && index < close && KEY_VALUE.test(line) && !line.includes("&") && !line.includes("<<") ? [index] : []));
}

/** The entry's region around a line of a compensation entry, if it is one. */
function regionOf(lines: string[], index: number): string | undefined {
  for (let at = index; at > 0 && lines[at]!.startsWith("  "); at--) {
    const match = /^ {2}- (?:region: (.+))?$|^ {4}region: (.+)$/.exec(lines[at]!) ?? /^ {2}- region: (.+)$/.exec(lines[at]!);
    if (match) return (match[1] ?? match[2])?.replace(/^"|"$/g, "");
    if (/^ {2}- /.test(lines[at]!)) return undefined;
  }
  return undefined;
}

const slipped = fc
  .record({ base: fc.constantFrom(CLEAN, SMALL, crlf(SMALL), MERGED), pick: fc.nat(), slip: fc.constantFrom(...SLIPS) })
  .map(({ base, pick, slip }) => {
    const eol = base.includes("\r\n") ? "\r\n" : "\n";
    const lines = base.split(eol);
    const candidates = valueLines(lines);
    const index = candidates[pick % candidates.length]!;
    const [, indent, dash = "", key, value] = KEY_VALUE.exec(lines[index]!)!;
    const changed = slip.apply(indent!, dash, key!, value!);
    if (changed === undefined) return undefined;
    const region = regionOf(lines, index);
    const mutated = [...lines];
    mutated[index] = changed;
    return { text: mutated.join(eol), line: index, region, what: `${slip.kind}: ${JSON.stringify(lines[index])} -> ${JSON.stringify(changed)}` };
  })
  .filter((c): c is NonNullable<typeof c> => c !== undefined);

describe("one root cause, one finding", () => {
  it("every finding of one invalid value lies on its line or on its entry's table row", () => {
    fc.assert(
      fc.property(slipped, ({ text, line, region, what }) => {
        const { findings, seed } = checkSeed(text, { today: TODAY });
        const row = region ? seed.body.table?.rows.find((r) => r.cells[0]?.text.trim() === region) : undefined;
        const allowed = new Set([line, ...(row ? [seed.lines.lineOf(row.line.span.start)] : [])]);
        const stray = findings
          .filter((f) => !allowed.has(f.range.start.line))
          .map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.rule}: ${f.message}`);
        expect(stray, `${what} (line ${line + 1})`).toEqual([]);
        expect(findings.length, what).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });
});
