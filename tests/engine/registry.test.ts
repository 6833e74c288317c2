import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ALL_RULES, FILE_RULES, findRule, WORKSPACE_RULES } from "../../server/src/engine";

describe("rule registry", () => {
  it("has 33 rules with stable kebab-case ids, a severity and a description", () => {
    expect(ALL_RULES).toHaveLength(33);
    expect(FILE_RULES).toHaveLength(31);
    expect(WORKSPACE_RULES.map((rule) => rule.id)).toEqual(["duplicate-seed", "company-display-conflict"]);
    expect(new Set(ALL_RULES.map((rule) => rule.id)).size).toBe(33);
    for (const rule of ALL_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(["error", "warning", "info"]).toContain(rule.severity);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(findRule(rule.id)).toBe(rule);
    }
    expect(findRule("no-such-rule")).toBeUndefined();
  });

  it.each(ALL_RULES.map((rule) => rule.id))("%s has its test file", (id) => {
    expect(existsSync(fileURLToPath(new URL(`./rules/${id}.test.ts`, import.meta.url)))).toBe(true);
  });
});
