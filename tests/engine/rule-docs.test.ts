// The rules' documentation is data the docs are generated from; this meta-test runs it: every
// registered rule has a description, a why, a valid and an invalid example and a test file, the
// invalid example gives exactly the findings the docs show and the valid one gives none.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  ALL_RULES,
  EXAMPLE_SEED,
  EXAMPLE_TODAY,
  exampleText,
  FILE_RULES,
  WORKSPACE_RULES,
  type ExampleFolder,
  type ExampleSeed,
  type Rule,
  type WorkspaceRule,
} from "../../server/src/engine";
import { ruleFindings, toExpected } from "./rule-tester";
import { workspaceFindings } from "./rules/workspace-helpers";

const shown = (findings: ReturnType<typeof ruleFindings>) => findings.map((finding) => ({ ...toExpected(finding), message: finding.message }));
const fileFindings = (rule: Rule, example: ExampleSeed) => ruleFindings(rule.id, exampleText(example).text, { today: EXAMPLE_TODAY });
const folderFindings = (rule: WorkspaceRule, example: ExampleFolder) => {
  const byFile = workspaceFindings(rule.id, Object.fromEntries(Object.entries(example.files).map(([file, seed]) => [file, exampleText(seed).text])));
  return Object.entries(byFile).flatMap(([file, findings]) => findings.map((finding) => ({ file, ...finding })));
};

describe("rule docs", () => {
  it("the example seed is clean on the examples' date", () => {
    for (const rule of FILE_RULES) expect(ruleFindings(rule.id, EXAMPLE_SEED, { today: EXAMPLE_TODAY }).map((f) => f.message)).toEqual([]);
  });

  it.each(ALL_RULES.map((rule) => [rule.id, rule] as const))("%s has docs, examples and a test file", (id, rule) => {
    expect(rule.description.length).toBeGreaterThan(20);
    expect(rule.docs.why.length).toBeGreaterThan(20);
    expect(rule.docs.valid).toBeDefined();
    expect(rule.docs.invalid.findings.length).toBeGreaterThan(0);
    expect(existsSync(fileURLToPath(new URL(`./rules/${id}.test.ts`, import.meta.url)))).toBe(true);
  });

  describe.each(FILE_RULES.map((rule) => [rule.id, rule] as const))("%s", (_id, rule) => {
    it("its invalid example gives exactly the findings the docs show", () => {
      expect(shown(fileFindings(rule, rule.docs.invalid))).toEqual(rule.docs.invalid.findings);
    });
    it("its valid example gives none", () => {
      expect(shown(fileFindings(rule, rule.docs.valid))).toEqual([]);
    });
    it("its invalid example agrees with what fixable and hasSuggestions rule out", () => {
      // One example cannot show "sometimes"; the rule's own test file checks the declaration whole.
      const findings = fileFindings(rule, rule.docs.invalid);
      const safe = findings.map((finding) => finding.fixes.some((fix) => fix.safe));
      if (rule.fixable === "never") expect(safe.every((has) => !has)).toBe(true);
      if (rule.fixable === "always") expect(safe.every(Boolean)).toBe(true);
      if (!rule.hasSuggestions) expect(findings.flatMap((finding) => finding.fixes.filter((fix) => !fix.safe))).toEqual([]);
    });
  });

  describe.each(WORKSPACE_RULES.map((rule) => [rule.id, rule] as const))("%s", (_id, rule) => {
    it("its invalid example gives exactly the findings the docs show", () => {
      expect(folderFindings(rule, rule.docs.invalid)).toEqual(rule.docs.invalid.findings);
    });
    it("its valid example gives none", () => {
      expect(folderFindings(rule, rule.docs.valid)).toEqual([]);
    });
  });
});
