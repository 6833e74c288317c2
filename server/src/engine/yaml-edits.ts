// Minimal edits to the frontmatter's YAML: replace one scalar, or add one key beside a sibling.
import { isMap, isSeq, type Pair } from "yaml";
import type { PathSegment } from "./parse/frontmatter";
import type { Seed } from "./parse/seed";
import type { TextEdit } from "./types";

/**
 * Sets one value. A value a merge key brings in (`<<: *us`) is overridden in this mapping, after
 * the `<<` line: editing the anchor would change every entry that merges it.
 */
export function setValue(seed: Seed, path: readonly PathSegment[], valueText: string): TextEdit | undefined {
  const nodes = seed.nodes;
  if (!nodes) return undefined;
  const mergePair = nodes.mergePairOf(path);
  if (mergePair) {
    const parentPath = path.slice(0, -1);
    if (nodes.aliasSpan(parentPath)) return undefined;
    return insertAfterPair(seed, nodes.node(parentPath), mergePair, String(path[path.length - 1]), valueText);
  }
  if (nodes.aliasSpan(path)) return undefined;
  const span = nodes.valueSpan(path);
  if (!span) return undefined;
  // A block scalar's span (`>-` and its lines) takes in the line break after it: keep that break,
  // or the next key would join the new value's line.
  let end = span.end;
  while (end > span.start && (seed.text[end - 1] === "\n" || seed.text[end - 1] === "\r")) end--;
  return { start: span.start, end, newText: valueText };
}

function insertAfterPair(seed: Seed, parent: unknown, pair: Pair, key: string, valueText: string): TextEdit | undefined {
  const keySpan = seed.nodes?.pairKeySpan(pair);
  const end = seed.nodes?.pairEnd(pair);
  if (!keySpan || end === undefined) return undefined;
  if (isMap(parent) && parent.flow) return { start: end, end, newText: `, ${key}: ${valueText}` };
  const indent = keySpan.start - seed.lines.lineStart(seed.lines.lineOf(keySpan.start));
  const lineEnd = seed.lines.lineEnd(seed.lines.lineOf(end));
  return { start: lineEnd, end: lineEnd, newText: `${seed.eol}${" ".repeat(indent)}${key}: ${valueText}` };
}

/** Adds `key: value` on a new line after the sibling key's line, at the sibling's indentation. */
export function insertKeyAfter(seed: Seed, siblingPath: readonly PathSegment[], key: string, valueText: string): TextEdit | undefined {
  // A sibling a merge brings in: the new key goes after the `<<` line, in this mapping.
  const mergePair = seed.nodes?.mergePairOf(siblingPath);
  if (mergePair)
    return seed.nodes?.aliasSpan(siblingPath.slice(0, -1))
      ? undefined
      : insertAfterPair(seed, seed.nodes?.node(siblingPath.slice(0, -1)), mergePair, key, valueText);
  if (seed.nodes?.aliasSpan(siblingPath)) return undefined;
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

/** Where and how a new item of a block-style list is written: after its last item, at its indentation. */
export interface ListAppendPoint {
  at: number;
  /** The first line's lead, dash included ("  - "); the other lines' indentation. */
  dashLead: string;
  keyIndent: string;
}

/** The append point of a block-style list of mappings; undefined for a flow-style or empty list. */
export function listAppendPoint(seed: Seed, listPath: readonly PathSegment[]): ListAppendPoint | undefined {
  const list = seed.nodes?.node(listPath);
  if (!isSeq(list) || list.flow || list.items.length === 0 || !isMap(list.items[list.items.length - 1])) return undefined;
  const lastPath = [...listPath, list.items.length - 1];
  const first = seed.nodes?.firstKeySpan(lastPath);
  const item = seed.nodes?.itemSpan(lastPath);
  if (!first || !item) return undefined;
  const lineStart = seed.lines.lineStart(seed.lines.lineOf(first.start));
  const dash = seed.text.lastIndexOf("-", first.start);
  if (dash < lineStart || seed.text.slice(lineStart, dash).trim() !== "") return undefined;
  const at = seed.lines.lineEnd(seed.lines.lineOf(Math.max(item.start, item.end - 1)));
  return { at, dashLead: `${" ".repeat(dash - lineStart)}-${" ".repeat(first.start - dash - 1)}`, keyIndent: " ".repeat(first.start - lineStart) };
}

/** Appends a mapping (`key: value` a line) to a block-style list at `point` (from listAppendPoint). */
export function appendListItem(seed: Seed, point: ListAppendPoint, pairs: readonly [string, string][]): TextEdit {
  const lines = pairs.map(([key, value], i) => `${i === 0 ? point.dashLead : point.keyIndent}${key}: ${value}`);
  return { start: point.at, end: point.at, newText: `${seed.eol}${lines.join(seed.eol)}` };
}

/**
 * Adds `key: value` lines at the end of a block mapping (a compensation entry), at its keys'
 * indentation; in a flow mapping, before its closing brace. Undefined when the mapping is not
 * written here (an alias) or cannot be located.
 */
export function appendKeys(seed: Seed, mapPath: readonly PathSegment[], pairs: readonly [string, string][]): TextEdit | undefined {
  const nodes = seed.nodes;
  const map = nodes?.node(mapPath);
  if (!nodes || !isMap(map) || map.items.length === 0 || nodes.aliasSpan(mapPath)) return undefined;
  const last = map.items[map.items.length - 1]!;
  const lastEnd = nodes.pairEnd(last);
  const firstKey = nodes.pairKeySpan(map.items[0]!);
  if (lastEnd === undefined || !firstKey) return undefined;
  if (map.flow) return { start: lastEnd, end: lastEnd, newText: pairs.map(([key, value]) => `, ${key}: ${value}`).join("") };
  const indent = " ".repeat(firstKey.start - seed.lines.lineStart(seed.lines.lineOf(firstKey.start)));
  const end = seed.lines.lineEnd(seed.lines.lineOf(lastEnd));
  return { start: end, end, newText: pairs.map(([key, value]) => `${seed.eol}${indent}${key}: ${value}`).join("") };
}
