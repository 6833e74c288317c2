import type { Rule } from "./rule";
import { deleteLine } from "./body-support";
import { matchTable, rowRegion } from "./table-support";

const rule: Rule = {
  id: "table-row-extra",
  severity: "error",
  category: "body",
  description: "Every row of the compensation table is a frontmatter region, once.",
  check({ seed, report }) {
    if (!seed.body.table) return;
    for (const row of matchTable(seed).extra) {
      const region = rowRegion(seed, row) || "(no region)";
      report({
        span: row.line.span,
        message: `The table has a row for ${region}, which the frontmatter's \`compensation\` does not list${matchTable(seed).pairs.some((p) => p.row !== row && rowRegion(seed, p.row)?.toLowerCase() === region.toLowerCase()) ? " again" : ""}.`,
        fixes: [{ title: `Remove the row for ${region}`, safe: true, edits: [deleteLine(seed, row.line)] }],
      });
    }
  },
};
export default rule;
