import { parseRule } from "../rule-factories/parse-rule";
export default parseRule("frontmatter-missing", "The seed must start with a YAML frontmatter block between `---` lines.");
