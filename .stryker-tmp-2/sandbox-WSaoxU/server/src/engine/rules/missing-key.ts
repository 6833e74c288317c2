// @ts-nocheck
import { schemaRule } from "./schema-rule";
export default schemaRule("missing-key", "error", "Every required frontmatter key is present.");
