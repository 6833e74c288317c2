import type { WorkspaceRule } from "./rule";

const rule: WorkspaceRule = {
  id: "company-display-conflict",
  severity: "warning",
  category: "workspace",
  description: "Across a folder, one company has one `company_display` name.",
  fixable: "never",
  hasSuggestions: false,
  docs: {
    why: "One company shown under two names looks like two companies in every list and chart of the folder.",
    valid: { files: { "acme-swe.md": { change: [] }, "acme-data.md": { change: [["role: software-engineer", "role: data-engineer"]] } } },
    invalid: {
      files: {
        "acme-swe.md": { change: [] },
        "acme-data.md": {
          change: [
            ["role: software-engineer", "role: data-engineer"],
            ['company_display: "Acme"', 'company_display: "Acme Inc."'],
          ],
        },
      },
      findings: [
        {
          file: "acme-swe.md",
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 24,
          message: 'Company \'acme\' is displayed as "Acme" here but as "Acme Inc." in acme-data.md.',
        },
        {
          file: "acme-data.md",
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 29,
          message: 'Company \'acme\' is displayed as "Acme Inc." here but as "Acme" in acme-swe.md.',
        },
      ],
    },
  },
  check(seeds, report) {
    const names = new Map<string, Map<string, string[]>>();
    for (const { file, company, companyDisplay } of seeds) {
      if (!company || !companyDisplay) continue;
      const byName = names.get(company.value) ?? new Map<string, string[]>();
      // Appended in place: copying the list for each seed is quadratic in one name's seeds.
      const files = byName.get(companyDisplay.value);
      if (files) files.push(file);
      else byName.set(companyDisplay.value, [file]);
      names.set(company.value, byName);
    }
    for (const { file, company, companyDisplay } of seeds) {
      const byName = company ? names.get(company.value) : undefined;
      if (!byName || byName.size < 2 || !companyDisplay) continue;
      const others = [...byName].filter(([name]) => name !== companyDisplay.value).map(([name, files]) => `"${name}" in ${files.join(", ")}`);
      report({
        file,
        at: companyDisplay,
        message: `Company '${company!.value}' is displayed as "${companyDisplay.value}" here but as ${others.join("; ")}.`,
      });
    }
  },
};
export default rule;
