import type { WorkspaceRule } from "./rule";
import { spanAt, str } from "./support";

const rule: WorkspaceRule = {
  id: "duplicate-seed",
  severity: "error",
  category: "workspace",
  description: "Across a folder, one company and role has one seed.",
  check(seeds, report) {
    const byKey = new Map<string, string[]>();
    for (const { file, seed } of seeds) {
      const company = str(seed.data.company);
      const role = str(seed.data.role);
      if (!company || !role) continue;
      const key = `${company}\u0000${role}`;
      byKey.set(key, [...(byKey.get(key) ?? []), file]);
    }
    for (const { file, seed } of seeds) {
      const files = byKey.get(`${str(seed.data.company)}\u0000${str(seed.data.role)}`);
      if (!files || files.length < 2) continue;
      const others = files.filter((other) => other !== file);
      report({
        file,
        span: spanAt(seed, ["role"]),
        message: `Another seed has the same company and role (${str(seed.data.company)} / ${str(seed.data.role)}): ${others.join(", ")}.`,
      });
    }
  },
};
export default rule;
