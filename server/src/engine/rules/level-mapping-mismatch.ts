import { labelledLineRule } from "../rule-factories/labelled-line-rule";
import { record, str } from "../model/frontmatter-data";

export default labelledLineRule({
  id: "level-mapping-mismatch",
  severity: "warning",
  description: "The `**Level Mapping:**` line restates `level_mapping.raw`.",
  label: "Level Mapping line",
  expected: (seed) => str(record(seed.data.level_mapping)?.raw),
  found: (seed) => seed.body.levelMapping,
  line: (value) => `**Level Mapping:** ${value}`,
  insertAfter: (seed) => {
    const table = seed.body.table;
    const lastRow = table?.rows[table.rows.length - 1]?.line ?? table?.delimiter;
    return lastRow ?? seed.body.dna?.line ?? seed.body.heading?.line;
  },
});
