// Small readers shared by rules: typed access to the (possibly invalid) frontmatter data.
import type { PathSegment } from "../parse/frontmatter";
import type { Seed } from "../parse/seed";
import type { Span } from "../types";

export function num(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

export function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

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

export function spanAt(seed: Seed, path: readonly PathSegment[], prefer: "key" | "value" = "value"): Span {
  return seed.nodes?.spanFor(path, prefer) ?? { start: seed.start, end: seed.start };
}

export const normalizeSpace = (text: string) => text.replace(/\s+/g, " ").trim();
