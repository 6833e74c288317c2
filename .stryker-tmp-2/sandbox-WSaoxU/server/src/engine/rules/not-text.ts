// @ts-nocheck
import { parseRule } from "./parse-rule";
export default parseRule("not-text", "The file is binary or not UTF-8 text, so it cannot be a seed.");
