// Minimal edits to the frontmatter's YAML: replace one scalar, or add one key beside a sibling.
import { isMap } from "yaml";
import type { PathSegment } from "./parse/frontmatter";
import type { Seed } from "./parse/seed";
import type { TextEdit } from "./types";

export function setValue(seed: Seed, path: readonly PathSegment[], valueText: string): TextEdit | undefined {
  const span = seed.nodes?.valueSpan(path);
  return span ? { ...span, newText: valueText } : undefined;
}

/** Adds `key: value` on a new line after the sibling key's line, at the sibling's indentation. */
export function insertKeyAfter(seed: Seed, siblingPath: readonly PathSegment[], key: string, valueText: string): TextEdit | undefined {
  const keySpan = seed.nodes?.keySpan(siblingPath);
  const valueSpan = seed.nodes?.valueSpan(siblingPath);
  if (!keySpan || !valueSpan) return undefined;
  // In a flow mapping ({region: Berlin, bonus_pct: 10}) a new line would break the YAML.
  const parent = seed.nodes?.node(siblingPath.slice(0, -1));
  if (isMap(parent) && parent.flow) return { start: valueSpan.end, end: valueSpan.end, newText: `, ${key}: ${valueText}` };
  const line = seed.lines.lineOf(keySpan.start);
  const indent = keySpan.start - seed.lines.lineStart(line);
  const end = seed.lines.lineEnd(seed.lines.lineOf(valueSpan.end));
  return { start: end, end, newText: `${seed.eol}${" ".repeat(indent)}${key}: ${valueText}` };
}
