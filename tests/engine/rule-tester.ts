// A strict, data-driven tester for one file rule, in the spirit of ESLint's RuleTester: each case
// is a whole seed text; an invalid case lists EXACTLY the rule's findings (1-based positions and
// the whole message), the text after the rule's safe fixes (required whenever one applies) and
// every suggestion (unsafe fix) with its exact title and the text it gives. Every case also runs
// with CRLF line endings. verifyInvalid returns what is wrong instead of throwing, so the
// tester's own tests can show that it fails on a wrong expectation.
import { describe, expect, it } from "vitest";
import {
  applyEdits,
  checkSeed,
  DEFAULT_CONFIG,
  FILE_RULES,
  safeEdits,
  type Finding,
  type ResolvedConfig,
  type Rule,
  type Severity,
} from "../../server/src/engine";
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
  /** The whole message, compared exactly. */
  message: string;
  /** Defaults to the rule's severity under the case's config. */
  severity?: Severity;
}

export interface SuggestionCase {
  /** The fix's whole title, compared exactly. */
  title: string;
  /** The original text with only that fix applied. */
  output: string;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
  /** Text after this rule's safe fixes (applied until stable): required when a finding has one; null or absent otherwise. */
  output?: string | null;
  /** Every unsafe fix of every finding, in the findings' order and then each finding's order. */
  suggestions?: SuggestionCase[];
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

const MAX_PASSES = 10;

/**
 * The case's configuration with every other file rule off: rules are independent (each reads the
 * seed, none another's findings), so this gives the same findings of `ruleId` as a whole check,
 * and a rule's tests reach only that rule's code (what mutation testing's per-test coverage sees).
 */
function onlyRule(ruleId: string, config: ResolvedConfig = DEFAULT_CONFIG): ResolvedConfig {
  const others = FILE_RULES.filter((rule) => rule.id !== ruleId).map((rule) => [rule.id, "off"]);
  return { ...config, rules: { ...config.rules, ...Object.fromEntries(others) } };
}

export function ruleFindings(ruleId: string, text: string, options: Pick<ValidCase, "today" | "config"> = {}): Finding[] {
  return checkSeed(text, { today: options.today ?? TODAY, config: onlyRule(ruleId, options.config) }).findings.filter((finding) => finding.rule === ruleId);
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

/** The same case with CRLF line endings: same positions, CRLF outputs. */
export function withCrlf<T extends ValidCase>(testCase: T): T {
  const copy = { ...testCase, name: `${testCase.name} (CRLF)`, text: crlf(testCase.text) } as T & Partial<InvalidCase>;
  if (typeof copy.output === "string") copy.output = crlf(copy.output);
  if (copy.suggestions) copy.suggestions = copy.suggestions.map((s) => ({ ...s, output: crlf(s.output) }));
  return copy;
}

function fileRule(ruleId: string): Rule {
  const rule = FILE_RULES.find((candidate) => candidate.id === ruleId);
  if (!rule) throw new Error(`No file rule ${ruleId}`);
  return rule;
}

function defaultSeverity(ruleId: string, config: ResolvedConfig | undefined): Severity {
  const configured = config?.rules[ruleId];
  if (configured && configured !== "off") return configured;
  return fileRule(ruleId).severity;
}

const show = (value: unknown) => JSON.stringify(value, null, 1);

/** What is wrong with an invalid case (empty when it holds); each problem is a sentence with the actual values. */
export function verifyInvalid(ruleId: string, testCase: InvalidCase): string[] {
  const problems: string[] = [];
  const found = ruleFindings(ruleId, testCase.text, testCase);
  const actual = found.map((finding) => ({ ...toExpected(finding), message: finding.message, severity: finding.severity }));
  const expected = testCase.findings.map(({ line, column, endLine, endColumn, message, severity }) => ({
    line,
    column,
    endLine,
    endColumn,
    message,
    severity: severity ?? defaultSeverity(ruleId, testCase.config),
  }));
  if (show(actual) !== show(expected)) problems.push(`findings differ: expected ${show(expected)}, found ${show(actual)}`);
  for (const finding of found) if (finding.span.start > finding.span.end) problems.push(`a finding's span ends before it starts: ${show(finding.span)}`);

  const crlfText = isAllCrlf(testCase.text);
  const hasSafeFix = found.some((finding) => finding.fixes.some((fix) => fix.safe));
  if (hasSafeFix) {
    const fixed = applyRuleFixes(ruleId, testCase.text, testCase);
    if (typeof testCase.output !== "string") problems.push(`the rule fixes this case, so its output is required; the fixed text is ${JSON.stringify(fixed)}`);
    else if (fixed !== testCase.output) problems.push(`output differs: expected ${JSON.stringify(testCase.output)}, found ${JSON.stringify(fixed)}`);
    if (crlfText && hasLoneLf(fixed)) problems.push("a safe fix wrote a bare LF into a CRLF text");
    // Idempotence: once fixed, the rule has nothing left to fix.
    const remaining = ruleFindings(ruleId, fixed, testCase).filter((finding) => finding.fixes.some((fix) => fix.safe));
    if (remaining.length) problems.push(`safe fixes are left after fixing: ${show(remaining.map((finding) => finding.message))}`);
  } else if (typeof testCase.output === "string") {
    problems.push("the case expects a safe-fix output but no finding has a safe fix");
  }

  const suggestions = found
    .flatMap((finding) => finding.fixes.filter((fix) => !fix.safe))
    .map((fix) => ({ title: fix.title, output: applyEdits(testCase.text, fix.edits) }));
  const expectedSuggestions = testCase.suggestions ?? [];
  if (suggestions.length !== expectedSuggestions.length || suggestions.some((s, i) => s.title !== expectedSuggestions[i]!.title)) {
    problems.push(`suggestion titles differ: expected ${show(expectedSuggestions.map((s) => s.title))}, found ${show(suggestions.map((s) => s.title))}`);
  } else {
    suggestions.forEach((suggestion, i) => {
      if (suggestion.output !== expectedSuggestions[i]!.output)
        problems.push(
          `the output of "${suggestion.title}" differs: expected ${JSON.stringify(expectedSuggestions[i]!.output)}, found ${JSON.stringify(suggestion.output)}`,
        );
    });
  }
  for (const suggestion of suggestions) if (crlfText && hasLoneLf(suggestion.output)) problems.push(`"${suggestion.title}" wrote a bare LF into a CRLF text`);
  return problems;
}

/** What is wrong with a valid case: the rule's findings, which should be none. */
export function verifyValid(ruleId: string, testCase: ValidCase): string[] {
  return ruleFindings(ruleId, testCase.text, testCase).map((f) => `unexpected finding: ${f.message} @${show(toExpected(f))}`);
}

/** Each case as written, and its CRLF copy unless it is already CRLF (or was copied by hand). */
function withCrlfCopies<T extends ValidCase>(cases: T[]): T[] {
  const names = new Set(cases.map((testCase) => testCase.name));
  return cases.flatMap((testCase) => (testCase.text.includes("\r") || names.has(`${testCase.name} (CRLF)`) ? [testCase] : [testCase, withCrlf(testCase)]));
}

/**
 * The rule's `fixable` and `hasSuggestions` against what it produced on its cases: a rule that
 * declares no fix never returns one, and one that declares a fix returns one at least once.
 */
export function verifyMetadata(rule: Pick<Rule, "id" | "fixable" | "hasSuggestions">, findings: readonly Finding[]): string[] {
  const problems: string[] = [];
  const fixed = findings.filter((finding) => finding.fixes.some((fix) => fix.safe)).length;
  const suggested = findings.some((finding) => finding.fixes.some((fix) => !fix.safe));
  const fixable = fixed === 0 ? "never" : fixed === findings.length ? "always" : "sometimes";
  if (fixable !== rule.fixable)
    problems.push(`${rule.id} declares fixable: "${rule.fixable}", but ${fixed} of its ${findings.length} findings carry a safe fix ("${fixable}")`);
  if (suggested !== rule.hasSuggestions)
    problems.push(`${rule.id} declares hasSuggestions: ${rule.hasSuggestions}, but its findings ${suggested ? "carry a" : "carry no"} suggestion`);
  return problems;
}

/** Generates vitest cases for one file rule. */
export function ruleTester(ruleId: string, cases: RuleCases): void {
  const rule = fileRule(ruleId);
  const valid = withCrlfCopies(cases.valid);
  const invalid = withCrlfCopies(cases.invalid);
  describe(ruleId, () => {
    describe("valid", () => {
      for (const testCase of valid) it(testCase.name, () => expect(verifyValid(ruleId, testCase)).toEqual([]));
    });
    describe("invalid", () => {
      for (const testCase of invalid) it(testCase.name, () => expect(verifyInvalid(ruleId, testCase)).toEqual([]));
    });
    it("declares fixable and hasSuggestions as its cases show", () => {
      const findings = invalid.flatMap((testCase) => ruleFindings(ruleId, testCase.text, testCase));
      expect(verifyMetadata(rule, findings)).toEqual([]);
    });
  });
}
