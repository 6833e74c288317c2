// The plain-runs inline rule (parse/plain-runs.ts), called on markdown-it's inline state: where it
// stops, what it hands to markdown-it as text, and when it leaves a delimiter run to emphasis.
// Its effect on rendered HTML is nil by design (cells.test.ts and the preview tests check that),
// so only the rule's own answers show whether it reads what it should.
import MarkdownIt, { type StateInline } from "markdown-it";
import { beforeEach, describe, expect, it } from "vitest";
import { MAX_DELIMITER_RUN, MAX_DELIMITER_RUNS, usePlainRuns } from "../../server/src/engine";

type InlineRule = (state: StateInline, silent: boolean) => boolean;

const newMarkdown = () => new MarkdownIt("default", { html: false, linkify: false, typographer: false });
const rulesOf = (md: ReturnType<typeof newMarkdown>) => (md.inline.ruler as unknown as { __rules__: { name: string; fn: InlineRule }[] }).__rules__;

// Installed before each test, not at the file's top level: a mutation run switches its mutant on
// after the test files are loaded, so only what runs inside a test sees the mutant.
let md = newMarkdown();
let rules = rulesOf(md);
let plainRuns: InlineRule = () => false;
beforeEach(() => {
  md = newMarkdown();
  usePlainRuns(md);
  rules = rulesOf(md);
  const installed = rules.find((rule) => rule.name === "plain_runs");
  if (!installed) throw new Error("usePlainRuns installed no rule named plain_runs");
  plainRuns = installed.fn;
});

const stateOf = (src: string) => new md.inline.State(src, md, {}, []);

/** The rule's answer on `src` from its start: [took text, position after, pending text]. */
function run(src: string, silent = false): [boolean, number, string] {
  const state = stateOf(src);
  const took = plainRuns(state, silent);
  return [took, state.pos, state.pending];
}

describe("plain runs: installed before markdown-it's text rule", () => {
  it("sits right before `text`", () => {
    const names = rules.map((rule) => rule.name);
    expect(names.indexOf("plain_runs")).toBe(names.indexOf("text") - 1);
  });
});

describe("plain runs: what they take as text", () => {
  it.each<[string, [boolean, number, string]]>([
    ["abc", [true, 3, "abc"]],
    ["a#$%+-:=>@^{}b", [true, 14, "a#$%+-:=>@^{}b"]],
    ["abc[d", [true, 3, "abc"]],
    ["ab\ncd", [true, 2, "ab"]],
    ["ab`c`", [true, 2, "ab"]],
    ["ab\\*", [true, 2, "ab"]],
    ["ab&amp;", [true, 2, "ab"]],
    ["ab<x>", [true, 2, "ab"]],
    ["ab!x", [true, 2, "ab"]],
    ["ab]x", [true, 2, "ab"]],
    ["[abc", [false, 0, ""]],
    ["", [false, 0, ""]],
  ])("%j: %j", (src, expected) => {
    expect(run(src)).toEqual(expected);
  });

  it("stops at posMax", () => {
    const state = stateOf("abcd");
    state.posMax = 2;
    expect([plainRuns(state, false), state.pos, state.pending]).toEqual([true, 2, "ab"]);
  });

  it("starts at the state's position", () => {
    const state = stateOf("[ab[");
    state.pos = 1;
    expect([plainRuns(state, false), state.pos, state.pending]).toEqual([true, 3, "ab"]);
  });

  it("in silent mode it moves the position but adds no text", () => {
    expect(run("abc", true)).toEqual([true, 3, ""]);
  });
});

describe("plain runs: delimiter runs", () => {
  it.each<[string, [boolean, number, string]]>([
    // A run that can open or close emphasis stops the text before it.
    ["ab *c*", [true, 3, "ab "]],
    ["a*b*c", [true, 1, "a"]],
    ["a~~b~~", [true, 1, "a"]],
    ["ab _c_", [true, 3, "ab "]],
    // A run that can do neither is text.
    ["a * b", [true, 5, "a * b"]],
    ["a ~ b", [true, 5, "a ~ b"]],
    // `_` inside a word can neither open nor close; `*` can.
    ["a_b_c", [true, 5, "a_b_c"]],
    // A run longer than any emphasis is text, one that long is not.
    [`${"*".repeat(MAX_DELIMITER_RUN + 1)}a`, [true, MAX_DELIMITER_RUN + 2, `${"*".repeat(MAX_DELIMITER_RUN + 1)}a`]],
    [`${"*".repeat(MAX_DELIMITER_RUN)}a`, [false, 0, ""]],
    [`a${"*".repeat(MAX_DELIMITER_RUN)}`, [true, 1, "a"]],
    // At a run that emphasis may read, the rule leaves it to emphasis.
    ["*c*", [false, 0, ""]],
    ["_c_", [false, 0, ""]],
  ])("%j: %j", (src, expected) => {
    expect(run(src)).toEqual(expected);
  });

  it(`hands on ${MAX_DELIMITER_RUNS} runs per inline text, then takes runs as text`, () => {
    const state = stateOf("*c*");
    for (let i = 0; i < MAX_DELIMITER_RUNS; i++) expect(plainRuns(state, false)).toBe(false);
    expect([plainRuns(state, false), state.pos, state.pending]).toEqual([true, 2, "*c"]);
    // Counted per state: another inline text has its own budget.
    expect(plainRuns(stateOf("*c*"), false)).toBe(false);
  });

  it("a run looked at in silent mode does not count against the budget", () => {
    const state = stateOf("*c*");
    for (let i = 0; i < MAX_DELIMITER_RUNS; i++) expect(plainRuns(state, true)).toBe(false);
    expect(plainRuns(state, false)).toBe(false);
  });

  it("past the budget, a silent look moves over the runs without adding text", () => {
    const state = stateOf("*c*");
    for (let i = 0; i < MAX_DELIMITER_RUNS; i++) plainRuns(state, false);
    expect([plainRuns(state, true), state.pos, state.pending]).toEqual([true, 2, ""]);
  });
});
