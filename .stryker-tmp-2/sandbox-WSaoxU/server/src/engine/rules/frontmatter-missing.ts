// @ts-nocheck
import { parseRule } from "./parse-rule";
export default parseRule("frontmatter-missing", "The seed must start with a YAML frontmatter block between `---` lines.");
