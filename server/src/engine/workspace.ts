// What the cross-file rules and workspace features need of one seed: a few small fields with
// their positions. Keeping summaries (not whole seeds) lets a server index 10,000 seeds cheaply
// and lets CLI workers send them back to the main thread.
import type { Seed } from "./parse/seed";
import { entries, spanAt, str } from "./model/frontmatter-data";
import type { Range, Span } from "./types";

export interface Located {
  value: string;
  span: Span;
  range: Range;
}

export interface SeedSummary {
  file: string;
  company?: Located;
  role?: Located;
  companyDisplay?: Located;
  roleDisplay?: string;
  nextReviewDue?: string;
  lastUpdated?: string;
  regions: string[];
  dataSources: string[];
  /** Rules turned off in this file by a disable comment ("all" for every rule). */
  disabled: string[] | "all";
}

function located(seed: Seed, key: string): Located | undefined {
  const value = str(seed.data[key]);
  if (value === undefined) return undefined;
  const span = spanAt(seed, [key]);
  return { value, span, range: seed.lines.range(span) };
}

/**
 * The small, cloneable summary of a parsed seed that cross-file rules read: company, role and
 * display name with their spans and ranges, data sources, and the rules `disabled` in the file.
 * `file` is the caller's name for the seed (a path or URI), carried through unchanged.
 */
export function summarize(file: string, seed: Seed, disabled: Set<string> | "all"): SeedSummary {
  const sources = seed.data.data_sources;
  return {
    file,
    company: located(seed, "company"),
    role: located(seed, "role"),
    companyDisplay: located(seed, "company_display"),
    roleDisplay: str(seed.data.role_display),
    nextReviewDue: str(seed.data.next_review_due),
    lastUpdated: str(seed.data.last_updated),
    regions: entries(seed).flatMap((entry) => (entry.region ? [entry.region] : [])),
    dataSources: Array.isArray(sources) ? sources.filter((s): s is string => typeof s === "string") : [],
    disabled: disabled === "all" ? "all" : [...disabled],
  };
}
