import { parseRule } from "../rule-factories/parse-rule";
export default parseRule("not-text", "The file is binary or not UTF-8 text, so it cannot be a seed.");
