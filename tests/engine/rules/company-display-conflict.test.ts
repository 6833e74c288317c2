import { describe, expect, it } from "vitest";
import { parseConfigText } from "../../../server/src/engine";
import { SMALL, variant } from "../fixtures";
import { workspaceFindings } from "./workspace-helpers";

const ROLE_TWO = variant(SMALL, ["role: software-engineer", "role: data-scientist"]);
const renamed = (display: string) => variant(ROLE_TWO, ['company_display: "Acme"', `company_display: "${display}"`]);

describe("company-display-conflict", () => {
  it("reports nothing when one company has one name", () => {
    expect(workspaceFindings("company-display-conflict", { "a.md": SMALL, "b.md": ROLE_TWO })).toEqual({});
  });

  it("reports nothing for two companies with two names", () => {
    const other = variant(renamed("Other Co"), ["company: acme", "company: other-co"]);
    expect(workspaceFindings("company-display-conflict", { "a.md": SMALL, "b.md": other })).toEqual({});
  });

  it("reports both seeds on company_display's value when one company has two names", () => {
    expect(workspaceFindings("company-display-conflict", { "a.md": SMALL, "b.md": renamed("ACME Inc.") })).toEqual({
      "a.md": [{ line: 3, column: 18, endLine: 3, endColumn: 24, message: 'Company \'acme\' is displayed as "Acme" here but as "ACME Inc." in b.md.' }],
      "b.md": [{ line: 3, column: 18, endLine: 3, endColumn: 29, message: 'Company \'acme\' is displayed as "ACME Inc." here but as "Acme" in a.md.' }],
    });
  });

  it("groups the files of each other name", () => {
    const third = variant(renamed("Acme Corp"), ["role: data-scientist", "role: product-manager"]);
    const found = workspaceFindings("company-display-conflict", { "a.md": SMALL, "b.md": renamed("Acme Corp"), "c.md": third, "d.md": renamed("ACME") });
    expect(found["a.md"]!.map((f) => f.message)).toEqual(['Company \'acme\' is displayed as "Acme" here but as "Acme Corp" in b.md, c.md; "ACME" in d.md.']);
    expect(Object.keys(found).sort()).toEqual(["a.md", "b.md", "c.md", "d.md"]);
  });

  it("skips a seed without company_display, and one without company", () => {
    const noDisplay = variant(ROLE_TWO, ['company_display: "Acme"\n', ""]);
    const noCompany = variant(renamed("ACME Inc."), ["company: acme\n", ""]);
    expect(workspaceFindings("company-display-conflict", { "a.md": SMALL, "b.md": noDisplay, "c.md": noCompany })).toEqual({});
  });

  it("respects disable comments and configuration", () => {
    const disabled = `${renamed("ACME Inc.")}\n<!-- seeds-disable company-display-conflict -->\n`;
    expect(workspaceFindings("company-display-conflict", { "a.md": SMALL, "b.md": disabled })).toEqual({});
    const off = parseConfigText(JSON.stringify({ rules: { "company-display-conflict": "off" } })).config;
    expect(workspaceFindings("company-display-conflict", { "a.md": SMALL, "b.md": renamed("ACME Inc.") }, off)).toEqual({});
  });
});
