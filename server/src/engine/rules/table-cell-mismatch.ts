import { cellRule } from "../rule-factories/cell-rule";

export default cellRule(
  "table-cell-mismatch",
  "error",
  "Every table cell denotes the frontmatter's numbers in the entry's currency (`$195K–$255K` for base_low 195000, base_high 255000, USD).",
);
