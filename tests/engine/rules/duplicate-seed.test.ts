import { describe, expect, it } from "vitest";
import { checkWorkspace, parseConfigText } from "../../../server/src/engine";
import { CLEAN, crlf, SMALL, variant } from "../fixtures";
import { summaryOf, workspaceFindings } from "./workspace-helpers";

const OTHER_ROLE = variant(SMALL, ["role: software-engineer", "role: data-scientist"]);

describe("duplicate-seed", () => {
  it("reports nothing for different seeds", () => {
    expect(workspaceFindings("duplicate-seed", { "a.md": SMALL, "b.md": OTHER_ROLE, "c.md": CLEAN })).toEqual({});
  });

  it("reports nothing for one company's roles or one role at two companies", () => {
    const otherCompany = variant(SMALL, ["company: acme", "company: acme-two"]);
    expect(workspaceFindings("duplicate-seed", { "a.md": SMALL, "b.md": OTHER_ROLE, "c.md": otherCompany })).toEqual({});
  });

  it("reports both seeds of one company and role, on the role's value", () => {
    expect(workspaceFindings("duplicate-seed", { "a.md": SMALL, "sub/b.md": SMALL })).toEqual({
      "a.md": [{ line: 4, column: 7, endLine: 4, endColumn: 24, message: "Another seed has the same company and role (acme / software-engineer): sub/b.md." }],
      "sub/b.md": [{ line: 4, column: 7, endLine: 4, endColumn: 24, message: "Another seed has the same company and role (acme / software-engineer): a.md." }],
    });
  });

  it("lists every other file when there are three", () => {
    const found = workspaceFindings("duplicate-seed", { "a.md": SMALL, "b.md": SMALL, "c.md": crlf(SMALL) });
    expect(found["a.md"]!.map((f) => f.message)).toEqual(["Another seed has the same company and role (acme / software-engineer): b.md, c.md."]);
    expect(found["c.md"]).toEqual([
      { line: 4, column: 7, endLine: 4, endColumn: 24, message: "Another seed has the same company and role (acme / software-engineer): a.md, b.md." },
    ]);
  });

  it("ignores a seed that disables the rule, and every rule", () => {
    const disabled = `${SMALL}<!-- seeds-disable duplicate-seed -->\n`;
    expect(workspaceFindings("duplicate-seed", { "a.md": SMALL, "b.md": disabled })).toEqual({});
    expect(workspaceFindings("duplicate-seed", { "a.md": SMALL, "b.md": `${SMALL}<!-- seeds-disable -->\n` })).toEqual({});
  });

  it("is silent when configured off, and takes the configured severity", () => {
    const off = parseConfigText(JSON.stringify({ rules: { "duplicate-seed": "off" } })).config;
    expect(workspaceFindings("duplicate-seed", { "a.md": SMALL, "b.md": SMALL }, off)).toEqual({});
    const warning = parseConfigText(JSON.stringify({ rules: { "duplicate-seed": "warning" } })).config;
    const byFile = checkWorkspace([summaryOf("a.md", SMALL), summaryOf("b.md", SMALL)], { config: warning });
    expect(byFile.get("a.md")!.map((f) => [f.rule, f.severity, f.fixes])).toEqual([["duplicate-seed", "warning", []]]);
  });

  it("skips a seed with a company but no role, and one with a role but no company", () => {
    const noRole = variant(SMALL, ["role: software-engineer\n", ""]);
    const noCompany = variant(SMALL, ["company: acme\n", ""]);
    expect(workspaceFindings("duplicate-seed", { "a.md": noRole, "b.md": noRole, "c.md": noCompany, "d.md": noCompany })).toEqual({});
  });

  it("skips seeds without a readable company or role", () => {
    const broken = "---\ncompany: [acme\n---\n";
    expect(workspaceFindings("duplicate-seed", { "a.md": broken, "b.md": broken, "c.md": "" })).toEqual({});
  });
});
