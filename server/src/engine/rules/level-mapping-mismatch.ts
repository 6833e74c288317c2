import { labelledLineRule } from "../rule-factories/labelled-line-rule";
import { record, str } from "../model/frontmatter-data";
import type { Rule } from "./rule";
import { setValue } from "../yaml-edits";

const rule: Rule = {
  ...labelledLineRule({
    id: "level-mapping-mismatch",
    severity: "warning",
    description: "The `**Level Mapping:**` line restates `level_mapping.raw`.",
    label: "Level Mapping line",
    expected: (seed) => str(record(seed.data.level_mapping)?.raw),
    found: (seed) => seed.body.levelMapping,
    line: (value) => `**Level Mapping:** ${value}`,
    fromBody: (seed, value) => setValue(seed, ["level_mapping", "raw"], JSON.stringify(value)),
    insertAfter: (seed) => {
      const table = seed.body.table;
      const lastRow = table?.rows[table.rows.length - 1]?.line ?? table?.delimiter;
      return lastRow ?? seed.body.dna?.line ?? seed.body.heading?.line;
    },
  }),
  fixable: "sometimes",
  hasSuggestions: true,
  docs: {
    why: "The body restates the frontmatter for readers; a line that says something else is a stale copy that readers would believe.",
    valid: { change: [] },
    invalid: {
      change: [["**Level Mapping:** Acme L3 = Google L4", "**Level Mapping:** Acme L3 = Google L5"]],
      findings: [
        {
          line: 36,
          column: 20,
          endLine: 36,
          endColumn: 39,
          message: "The Level Mapping line says 'Acme L3 = Google L5' but the frontmatter says 'Acme L3 = Google L4'.",
        },
      ],
    },
  },
};
export default rule;
