import { schemaRule } from "../rule-factories/schema-rule";
export default schemaRule("missing-key", "error", "Every required frontmatter key is present.");
