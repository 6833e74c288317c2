import { parseRule } from "../rule-factories/parse-rule";
export default parseRule("yaml-syntax", "The frontmatter must be valid YAML: a mapping, unique keys, no alias expansion bombs.");
