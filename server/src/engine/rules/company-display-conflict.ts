import type { WorkspaceRule } from "./rule";
import { spanAt, str } from "./support";

const rule: WorkspaceRule = {
  id: "company-display-conflict",
  severity: "warning",
  category: "workspace",
  description: "Across a folder, one company has one `company_display` name.",
  check(seeds, report) {
    const names = new Map<string, Map<string, string[]>>();
    for (const { file, seed } of seeds) {
      const company = str(seed.data.company);
      const display = str(seed.data.company_display);
      if (!company || display === undefined) continue;
      const byName = names.get(company) ?? new Map<string, string[]>();
      byName.set(display, [...(byName.get(display) ?? []), file]);
      names.set(company, byName);
    }
    for (const { file, seed } of seeds) {
      const company = str(seed.data.company);
      const display = str(seed.data.company_display);
      const byName = company ? names.get(company) : undefined;
      if (!byName || byName.size < 2 || display === undefined) continue;
      const others = [...byName].filter(([name]) => name !== display).map(([name, files]) => `"${name}" in ${files.join(", ")}`);
      report({
        file,
        span: spanAt(seed, ["company_display"]),
        message: `Company \`${company}\` is displayed as "${display}" here but as ${others.join("; ")}.`,
      });
    }
  },
};
export default rule;
