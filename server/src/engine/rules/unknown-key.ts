import { schemaRule } from "../rule-factories/schema-rule";
export default schemaRule("unknown-key", "error", "Every frontmatter key is one the format defines (a likely typo gets a \"did you mean\").");
