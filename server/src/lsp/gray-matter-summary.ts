// A SeedSummary read with gray-matter and js-yaml (YAML 1.2 core schema, as the engine's `yaml`
// types values), for comparison with the hand-written reader in fast-summary.ts. js-yaml gives
// data, not positions: the three located values are found on their `key:` line, and anything
// that cannot be found there for certain (aliases, tags, block or multi-line scalars, a key
// written twice on column 0) makes this return undefined, so the caller parses for real.
import matter from "gray-matter";
import { CORE_SCHEMA, load } from "js-yaml";
import { disabledRules, LineIndex, type Located, type SeedSummary } from "../engine";

// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const BINARY = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/;
const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Thrown by the engine below for what the engine's parser reads otherwise: caught, then declined. */
const options = {
  // An alias is expanded under a limit the engine counts differently: decline them all.
  engines: { yaml: (source: string) => load(source, { schema: CORE_SCHEMA, maxAliases: 0, maxDepth: 8 }) as object },
};

/** The line of each located key, on column 0 (compiled once: this runs for every seed). */
const KEY_LINES: Record<string, RegExp> = { company: /^company:( *)/gm, role: /^role:( *)/gm, company_display: /^company_display:( *)/gm };

const record = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const str = (value: unknown) => (typeof value === "string" ? value : undefined);

/** Offsets of the frontmatter as the engine splits it: the YAML between the delimiter lines. */
function split(text: string, start: number): { content: number; close: number } | undefined {
  const firstNewline = text.indexOf("\n", start);
  if (firstNewline === -1 || !OPEN.test(text.slice(start, firstNewline).replace(/\r$/, ""))) return undefined;
  for (let cursor = firstNewline + 1; cursor < text.length; ) {
    const newline = text.indexOf("\n", cursor);
    const end = newline === -1 ? text.length : newline;
    if (CLOSE.test(text.slice(cursor, end).replace(/\r$/, ""))) return { content: firstNewline + 1, close: cursor };
    cursor = end + 1;
  }
  return undefined;
}

/** End offset of a one-line scalar's source starting at `at`, when it reads as `value`; else undefined. */
function scalarEnd(text: string, at: number, value: string): number | undefined {
  const quote = text[at];
  let end: number;
  if (quote === '"' || quote === "'") {
    end = at + 1;
    for (;;) {
      const char = text[end];
      if (char === undefined || char === "\n" || char === "\r") return undefined;
      if (quote === '"' && char === "\\") end += 2;
      else if (char === quote && quote === "'" && text[end + 1] === "'") end += 2;
      else if (char === quote) break;
      else end++;
    }
    end++;
  } else {
    if (!text.startsWith(value, at) || value === "") return undefined;
    end = at + value.length;
  }
  // After the scalar, only blanks and a comment to the end of the line: else it goes on.
  const newline = text.indexOf("\n", end);
  const rest = text.slice(end, newline === -1 ? text.length : newline).replace(/\r$/, "");
  return /^(?: *| +#.*)$/.test(rest) ? end : undefined;
}

/** The summary fields of a seed, read with gray-matter, or undefined to parse for real. */
export function grayMatterSummary(file: string, text: string): SeedSummary | undefined {
  if (BINARY.test(text.length > 65536 ? text.slice(0, 65536) : text)) return undefined;
  const bodyStart = text.startsWith("\uFEFF") ? 1 : 0;
  const block = split(text, bodyStart);
  if (!block) return undefined;
  let data: Record<string, unknown> | undefined;
  try {
    const parsed = matter(text, options);
    // gray-matter ends the block at the first "\n---" and knows no "...": it must agree with the engine.
    if (parsed.matter !== text.slice(bodyStart + 3, block.close - 1)) return undefined;
    data = record(parsed.data);
  } catch {
    return undefined;
  }
  if (!data) return undefined;
  const yaml = text.slice(block.content, block.close);
  const index = new LineIndex(text);
  let declined = false;
  const located = (key: string): Located | undefined => {
    const value = str(data[key]);
    if (value === undefined) return undefined;
    const lines = [...yaml.matchAll(KEY_LINES[key]!)];
    const at = lines.length === 1 && lines[0]![1] ? block.content + lines[0]!.index + lines[0]![0].length : -1;
    const end = at === -1 ? undefined : scalarEnd(text, at, value);
    if (end === undefined) {
      declined = true;
      return undefined;
    }
    const span = { start: at, end };
    return { value, span, range: index.range(span) };
  };
  const company = located("company");
  const role = located("role");
  const companyDisplay = located("company_display");
  if (declined) return undefined;
  const compensation = Array.isArray(data.compensation) ? data.compensation : [];
  const sources = Array.isArray(data.data_sources) ? data.data_sources : [];
  const disabled = disabledRules(text);
  return {
    file,
    company,
    role,
    companyDisplay,
    roleDisplay: str(data.role_display),
    nextReviewDue: str(data.next_review_due),
    lastUpdated: str(data.last_updated),
    regions: compensation.flatMap((entry) => {
      const region = str(record(entry)?.region)?.trim();
      return region ? [region] : [];
    }),
    dataSources: sources.filter((source): source is string => typeof source === "string"),
    disabled: disabled === "all" ? "all" : [...disabled],
  };
}
