import { schemaRule } from "../rule-factories/schema-rule";
export default schemaRule("invalid-date", "error", "Dates are real calendar dates (no 2026-02-30).");
