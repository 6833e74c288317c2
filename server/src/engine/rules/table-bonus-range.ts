import { cellRule } from "../rule-factories/cell-rule";

export default cellRule("table-bonus-range", "warning", "A bonus range in the table (`5–15%`) is also in the frontmatter as `bonus_pct_high`.");
