import type { Rule } from "./rule";
import { deleteLine } from "./body-support";
import { quoted } from "./support";
import { matchTable, regionsReadable, rowRegion } from "./table-support";

const rule: Rule = {
  id: "table-row-extra",
  severity: "error",
  category: "body",
  description: "Every row of the compensation table is a frontmatter region, once.",
  check({ seed, report }) {
    // Rows are only extra against a readable list of regions: while `compensation` is broken
    // (not a list, empty, an entry without a region) the frontmatter is what needs fixing.
    if (!seed.body.table || !regionsReadable(seed)) return;
    for (const row of matchTable(seed).extra) {
      const region = rowRegion(seed, row) || "(no region)";
      report({
        span: row.line.span,
        message: `The table has a row for ${quoted(region)}, which the frontmatter's \`compensation\` does not list${matchTable(seed).pairs.some((p) => p.row !== row && rowRegion(seed, p.row)?.toLowerCase() === region.toLowerCase()) ? " again" : ""}.`,
        fixes: [{ title: `Remove the row for ${region}`, safe: true, edits: [deleteLine(seed, row.line)] }],
      });
    }
  },
};
export default rule;
