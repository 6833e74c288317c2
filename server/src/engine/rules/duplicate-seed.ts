import type { WorkspaceRule } from "./rule";

const rule: WorkspaceRule = {
  id: "duplicate-seed",
  severity: "error",
  category: "workspace",
  description: "Across a folder, one company and role has one seed.",
  fixable: "never",
  hasSuggestions: false,
  docs: {
    why: "Two seeds for one company and role give two answers to one question, and the index keeps only one of them.",
    valid: { files: { "acme-swe.md": { change: [] }, "acme-data.md": { change: [["role: software-engineer", "role: data-engineer"]] } } },
    invalid: {
      files: { "acme-swe.md": { change: [] }, "acme-swe-copy.md": { change: [] } },
      findings: [
        {
          file: "acme-swe.md",
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 24,
          message: "Another seed has the same company and role (acme / software-engineer): acme-swe-copy.md.",
        },
        {
          file: "acme-swe-copy.md",
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 24,
          message: "Another seed has the same company and role (acme / software-engineer): acme-swe.md.",
        },
      ],
    },
  },
  check(seeds, report) {
    const byKey = new Map<string, string[]>();
    const keyOf = (company: string, role: string) => `${company}\u0000${role}`;
    for (const { file, company, role } of seeds) {
      if (!company || !role) continue;
      const key = keyOf(company.value, role.value);
      // Appended in place: copying the list for each seed is quadratic in one key's seeds.
      const files = byKey.get(key);
      if (files) files.push(file);
      else byKey.set(key, [file]);
    }
    for (const { file, company, role } of seeds) {
      const files = company && role ? byKey.get(keyOf(company.value, role.value)) : undefined;
      if (!files || files.length < 2 || !company || !role) continue;
      report({
        file,
        at: role,
        message: `Another seed has the same company and role (${company.value} / ${role.value}): ${files.filter((other) => other !== file).join(", ")}.`,
      });
    }
  },
};
export default rule;
