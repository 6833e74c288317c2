// @ts-nocheck
import { parseRule } from "./parse-rule";
export default parseRule("yaml-syntax", "The frontmatter must be valid YAML: a mapping, unique keys, no alias expansion bombs.");
