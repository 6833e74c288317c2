import { schemaRule } from "../rule-factories/schema-rule";
export default schemaRule("invalid-value", "error", "Every value has the right type and format: slugs, enums, whole non-negative amounts, percentages 0–100.");
