// @ts-nocheck
// A data-driven tester for one file rule, in the spirit of ESLint's RuleTester: each case is a
// whole seed text; invalid cases list EXACTLY the findings of that rule (1-based positions),
// the text after applying only that rule's safe fixes, and the text after each suggestion.
import { describe, expect, it } from "vitest";
import { applyEdits, checkSeed, FILE_RULES, safeEdits, type Finding, type ResolvedConfig, type Severity } from "../../server/src/engine";
import { crlf, TODAY } from "./fixtures";

export interface ValidCase {
  name: string;
  text: string;
  today?: string;
  config?: ResolvedConfig;
}

export interface ExpectedFinding {
  /** 1-based, like an editor shows them. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** A substring of the message, or a pattern it matches. */
  message?: string | RegExp;
  /** Defaults to the rule's severity under the case's config. */
  severity?: Severity;
}

export interface SuggestionCase {
  /** A substring of the fix's title. */
  title: string;
  /** The original text with only that fix applied. */
  output: string;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
  /** Text after this rule's safe fixes (applied until stable), or null when no finding has one. */
  output?: string | null;
  suggestions?: SuggestionCase[];
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

const MAX_PASSES = 10;

export function ruleFindings(ruleId: string, text: string, options: Pick<ValidCase, "today" | "config"> = {}): Finding[] {
  return checkSeed(text, { today: options.today ?? TODAY, config: options.config }).findings.filter((finding) => finding.rule === ruleId);
}

/** Applies only this rule's safe fixes, pass after pass like fixSeed, until none is left. */
export function applyRuleFixes(ruleId: string, text: string, options: Pick<ValidCase, "today" | "config"> = {}): string {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = safeEdits(ruleFindings(ruleId, current, options));
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    current = next;
  }
  return current;
}

export function toExpected(finding: Finding): Omit<ExpectedFinding, "message" | "severity"> {
  const { start, end } = finding.range;
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

const hasLoneLf = (text: string) => /(?<!\r)\n/.test(text);
const isAllCrlf = (text: string) => text.includes("\r\n") && !hasLoneLf(text);

/** A fix on a CRLF text writes CRLF: no bare LF may appear. */
function expectLineEndingsKept(input: string, output: string): void {
  if (isAllCrlf(input)) expect(hasLoneLf(output), "a fix wrote a bare LF into a CRLF text").toBe(false);
}

/** The same case with CRLF line endings: same positions, CRLF outputs. */
export function withCrlf<T extends ValidCase>(testCase: T): T {
  const copy = { ...testCase, name: `${testCase.name} (CRLF)`, text: crlf(testCase.text) } as T & Partial<InvalidCase>;
  if (typeof copy.output === "string") copy.output = crlf(copy.output);
  if (copy.suggestions) copy.suggestions = copy.suggestions.map((s) => ({ ...s, output: crlf(s.output) }));
  return copy;
}

function defaultSeverity(ruleId: string, config: ResolvedConfig | undefined): Severity {
  const configured = config?.rules[ruleId];
  if (configured && configured !== "off") return configured;
  return FILE_RULES.find((rule) => rule.id === ruleId)!.severity;
}

function checkInvalid(ruleId: string, testCase: InvalidCase): void {
  const found = ruleFindings(ruleId, testCase.text, testCase);
  const actual = JSON.stringify(found.map((finding) => ({ ...toExpected(finding), message: finding.message })), null, 1);
  expect(found.map(toExpected), `positions of the findings; found ${actual}`).toEqual(testCase.findings.map(({ line, column, endLine, endColumn }) => ({ line, column, endLine, endColumn })));
  testCase.findings.forEach((expected, i) => {
    const actual = found[i]!;
    if (typeof expected.message === "string") expect(actual.message).toContain(expected.message);
    else if (expected.message) expect(actual.message).toMatch(expected.message);
    expect(actual.severity).toBe(expected.severity ?? defaultSeverity(ruleId, testCase.config));
    expect(actual.span.start).toBeLessThanOrEqual(actual.span.end);
  });

  const hasSafeFix = found.some((finding) => finding.fixes.some((fix) => fix.safe));
  if (testCase.output === null) expect(hasSafeFix, "expected no safe fix").toBe(false);
  if (hasSafeFix) {
    const fixed = applyRuleFixes(ruleId, testCase.text, testCase);
    if (typeof testCase.output === "string") expect(fixed).toBe(testCase.output);
    expectLineEndingsKept(testCase.text, fixed);
    // Idempotence: once fixed, the rule has nothing left to fix.
    const remaining = ruleFindings(ruleId, fixed, testCase).filter((finding) => finding.fixes.some((fix) => fix.safe));
    expect(remaining.map((finding) => finding.message)).toEqual([]);
  } else if (typeof testCase.output === "string") {
    throw new Error("The case expects a safe-fix output but no finding has a safe fix.");
  }

  for (const suggestion of testCase.suggestions ?? []) {
    const fix = found.flatMap((finding) => finding.fixes).find((candidate) => candidate.title.includes(suggestion.title));
    expect(fix, `a fix titled like "${suggestion.title}" among ${JSON.stringify(found.flatMap((f) => f.fixes.map((x) => x.title)))}`).toBeDefined();
    const output = applyEdits(testCase.text, fix!.edits);
    expect(output).toBe(suggestion.output);
    expectLineEndingsKept(testCase.text, output);
  }
}

/** Generates vitest cases for one file rule. */
export function ruleTester(ruleId: string, cases: RuleCases): void {
  if (!FILE_RULES.some((rule) => rule.id === ruleId)) throw new Error(`No file rule ${ruleId}`);
  describe(ruleId, () => {
    describe("valid", () => {
      for (const testCase of cases.valid) {
        it(testCase.name, () => {
          expect(ruleFindings(ruleId, testCase.text, testCase).map((f) => `${f.message} @${JSON.stringify(toExpected(f))}`)).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const testCase of cases.invalid) it(testCase.name, () => checkInvalid(ruleId, testCase));
    });
  });
}
