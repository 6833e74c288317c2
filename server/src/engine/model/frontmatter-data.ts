// Small readers shared by rules: typed access to the (possibly invalid) frontmatter data.
import type { PathSegment } from "../parse/frontmatter";
import type { Seed } from "../parse/seed";
import type { Span } from "../types";

/** `value` when it is a finite number, else undefined. */
export function num(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** `value` when it is a string, else undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** `value` when it is a mapping (an object that is not an array), else undefined. */
export function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export interface Entry {
  index: number;
  data: Record<string, unknown>;
  region: string | undefined;
  currency: string | undefined;
}

/** The compensation entries that are mappings, in order. */
export function entries(seed: Seed): Entry[] {
  const list = seed.data.compensation;
  if (!Array.isArray(list)) return [];
  const result: Entry[] = [];
  list.forEach((item, index) => {
    const data = record(item);
    if (data) result.push({ index, data, region: str(data.region)?.trim() || undefined, currency: str(data.currency) });
  });
  return result;
}

/**
 * The value at `path` in parsed frontmatter data (`["compensation", 0, "currency"]`), and whether
 * it is there: only own keys count, so `constructor` is no value of a mapping. Never throws.
 */
export function valueAt(data: unknown, path: readonly PathSegment[]): { present: boolean; value: unknown } {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== "object" || !Object.prototype.hasOwnProperty.call(current, segment)) return { present: false, value: undefined };
    current = (current as Record<string, unknown>)[segment as string];
  }
  return { present: true, value: current };
}

/**
 * The span of the key or value at `path` in the frontmatter (`prefer`), or an empty span at the
 * seed's start when it is not there.
 */
export function spanAt(seed: Seed, path: readonly PathSegment[], prefer: "key" | "value" = "value"): Span {
  return seed.nodes?.spanFor(path, prefer) ?? { start: seed.start, end: seed.start };
}

// Only what changes: a run of two or more, or one that is not a plain space. A header of 100,000
// words ("* * * …") then costs one scan, not 100,000 replacements of a space by a space.
const SPACE_TO_NORMALIZE = /\s{2,}|[^\S ]/g;

/** `text` with every run of whitespace made one space, trimmed. */
export const normalizeSpace = (text: string) => text.replace(SPACE_TO_NORMALIZE, " ").trim();

/** Longer values are quoted by their start: a message that repeats a 200 KB line helps no one. */
const MAX_QUOTED = 200;

/** The value as a message quotes it: whole, or its first 200 characters and "…". */
export function quoted(value: string): string {
  if (value.length <= MAX_QUOTED) return value;
  // Never split a surrogate pair.
  const code = value.charCodeAt(MAX_QUOTED - 1);
  return `${value.slice(0, code >= 0xd800 && code <= 0xdbff ? MAX_QUOTED - 1 : MAX_QUOTED)}…`;
}
