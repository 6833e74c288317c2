// Runs the zod schema once per seed and turns its issues into findings for the schema rules
// (missing-key, unknown-key, invalid-value, invalid-date, currency-code), each with a span.
import type { core } from "zod";
import type { PathSegment } from "../parse/frontmatter";
import type { Seed } from "../parse/seed";
import { CompensationEntrySchema, FrontmatterSchema, LEVEL_MAPPING_KEYS, TOP_LEVEL_KEYS, COMPENSATION_KEYS } from "../schema/frontmatter";
import { closest } from "../text/similar";
import type { Fix } from "../types";
import type { Report } from "../rules/rule";
import { record, spanAt, str, valueAt } from "./frontmatter-data";
import { slipFixes } from "./value-slips";
import { usualCurrency, type ResolvedConfig } from "../config";
import { appendKeys, setValue } from "../yaml-edits";
import { isIsoCurrency } from "../money";

export type SchemaRuleId = "missing-key" | "unknown-key" | "invalid-value" | "invalid-date" | "currency-code";
interface SchemaFinding extends Report {
  rule: SchemaRuleId;
}

const cache = new WeakMap<Seed, SchemaFinding[]>();

function keysAt(path: readonly PathSegment[]): readonly string[] {
  if (path.length === 0) return TOP_LEVEL_KEYS;
  if (path[0] === "level_mapping") return LEVEL_MAPPING_KEYS;
  if (path[0] === "compensation") return COMPENSATION_KEYS;
  return [];
}

function describePath(seed: Seed, path: readonly PathSegment[]): string {
  if (path[0] === "compensation" && typeof path[1] === "number") {
    const region = record((seed.data.compensation as unknown[])?.[path[1]])?.region;
    const where = `compensation entry ${path[1] + 1}${typeof region === "string" && region.trim() ? ` (${region})` : ""}`;
    return path.length > 2 ? `'${path.slice(2).join(".")}' in ${where}` : where;
  }
  return `'${path.join(".")}'`;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = { string: "text", number: "a number", array: "a list", object: "a mapping", int: "a whole number" };

function renameFix(seed: Seed, path: readonly PathSegment[], to: string): Fix[] {
  const span = seed.nodes?.keySpan(path);
  return span ? [{ title: `Rename '${String(path[path.length - 1])}' to '${to}'`, safe: false, edits: [{ ...span, newText: to }] }] : [];
}

/** An issue read against the data: a finding, plus what grouping and de-duplication need. */
interface Read extends SchemaFinding {
  path: readonly PathSegment[];
  /** For unknown keys: the key it most likely meant. */
  suggestion?: string;
}

function fromIssue(seed: Seed, issue: core.$ZodIssue, config: ResolvedConfig | undefined): Read[] {
  const path = issue.path as PathSegment[];
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => {
      const keyPath = [...path, key];
      const suggestion = key === "__proto__" ? undefined : closest(key, keysAt(path));
      const where = path.length ? ` in ${describePath(seed, path)}` : "";
      return {
        rule: "unknown-key",
        span: spanAt(seed, keyPath, "key"),
        message: `Unknown key '${key}'${where}${suggestion ? `; did you mean '${suggestion}'?` : "."}`,
        fixes: suggestion ? renameFix(seed, keyPath, suggestion) : [],
        path: keyPath,
        suggestion,
      };
    });
  }
  const { present, value } = valueAt(seed.data, path);
  // A required key that is absent is missing, whatever the issue's kind: zod reports a missing
  // enum key (role_type, data_quality) as invalid_value, not invalid_type.
  if (!present) {
    return [{ rule: "missing-key", span: { start: 0, end: 0 }, message: "", path }];
  }
  const rule: SchemaRuleId = (issue.code === "custom" && (issue.params?.rule as SchemaRuleId | undefined)) || "invalid-value";
  let message: string;
  switch (issue.code) {
    case "invalid_type":
      message = `${describePath(seed, path)} must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${typeName(value)}.`;
      break;
    case "invalid_value": {
      const options = issue.values.map(String);
      const suggestion = typeof value === "string" ? closest(value, options) : undefined;
      const choices = options.map((o) => `'${o}'`).join(", ");
      message = `${describePath(seed, path)} must be one of ${choices}, not ${typeName(value)}${suggestion ? `; did you mean '${suggestion}'?` : "."}`;
      break;
    }
    default:
      message = `${describePath(seed, path)} ${issue.message}${typeof value === "string" || typeof value === "number" ? ` (got ${typeName(value)})` : ""}.`;
  }
  return [{ rule, span: spanAt(seed, path), message, fixes: [...slipFixes(seed, path, value), ...usualCurrencyFix(seed, path, value, config)], path }];
}

/**
 * For a currency that is no ISO 4217 code in an entry whose region has a usual currency
 * (`XYZ` for Berlin): that currency, as a suggestion. region-currency stays silent on an invalid
 * code, so this is the one finding and the one place the fix is offered.
 */
function usualCurrencyFix(seed: Seed, path: readonly PathSegment[], value: unknown, config: ResolvedConfig | undefined): Fix[] {
  if (!config || path.length !== 3 || path[0] !== "compensation" || path[2] !== "currency" || typeof value !== "string") return [];
  if (isIsoCurrency(value.trim().toUpperCase())) return [];
  const region = str(record(valueAt(seed.data, path.slice(0, 2)).value)?.region);
  const usual = region && usualCurrency(config, region);
  if (!usual || seed.nodes?.aliasSpan(path)) return [];
  const edit = setValue(seed, path, usual);
  return edit ? [{ title: `Set the currency of ${region} to ${usual}`, safe: false, edits: [edit] }] : [];
}

const pathKey = (path: readonly PathSegment[]) => path.join("\u0000");

/**
 * One finding per mapping that lacks keys, naming them all: a new entry being typed
 * (`- region: Tokyo`) is one thing to finish, not eight. A key an unknown key most likely
 * meant (`bonus_pt` for `bonus_pct`) is not missing: the rename is the one fix.
 */
function missingKeyFindings(seed: Seed, missing: Read[], meant: ReadonlySet<string>, config: ResolvedConfig | undefined): SchemaFinding[] {
  const byParent = new Map<string, { parent: readonly PathSegment[]; keys: string[] }>();
  for (const read of missing) {
    if (meant.has(pathKey(read.path))) continue;
    const parent = read.path.slice(0, -1);
    const group = byParent.get(pathKey(parent)) ?? { parent, keys: [] };
    group.keys.push(String(read.path[read.path.length - 1]));
    byParent.set(pathKey(parent), group);
  }
  return [...byParent.values()].map(({ parent, keys }) => {
    const where = parent.length ? ` in ${describePath(seed, parent)}` : "";
    const names = keys.map((key) => `'${key}'`).join(", ");
    const message = keys.length === 1 ? `Missing required key ${names}${where}.` : `Missing required keys ${names}${where}.`;
    // A mapping's key (`level_mapping`); a list item's first key (`region`), or its alias.
    const span = parent.length ? spanAt(seed, parent) : seed.frontmatter!.open;
    return { rule: "missing-key", span, message, fixes: addKeysFix(seed, parent, keys, config) };
  });
}

/** For a compensation entry: add its missing keys with placeholder values (flagged until filled). */
function addKeysFix(seed: Seed, parent: readonly PathSegment[], keys: string[], config: ResolvedConfig | undefined): Fix[] {
  if (parent[0] !== "compensation" || parent.length !== 2 || keys.includes("region")) return [];
  const region = str(record((seed.data.compensation as unknown[])?.[parent[1] as number])?.region);
  const currency = (region && config && usualCurrency(config, region)) || "USD";
  const edit = appendKeys(
    seed,
    parent,
    keys.map((key) => [key, key === "currency" ? currency : "0"]),
  );
  if (!edit) return [];
  const what = keys.length === 1 ? `'${keys[0]}'` : `the ${keys.length} missing keys`;
  return [{ title: `Add ${what}${region ? ` to ${region}` : ""} (placeholder values to fill in)`, safe: false, edits: [edit] }];
}

/** A value (or unknown key) a merge brings in is reported where it is written, not again at each alias. */
function withoutMergedEchoes(seed: Seed, found: Read[]): Read[] {
  const written = new Set(found.filter((read) => !seed.nodes?.aliasSpan(read.path)).map((read) => `${read.rule} ${read.span.start}:${read.span.end}`));
  return found.filter((read) => {
    if (read.rule === "missing-key" || !seed.nodes?.aliasSpan(read.path)) return true;
    // A key written with no value node (`? base_low`, `{base_low}`) was reported at its key.
    const at = seed.nodes.writtenSpan(read.path, read.rule === "unknown-key" ? "key" : "value") ?? seed.nodes.writtenSpan(read.path, "key");
    return !at || !written.has(`${read.rule} ${at.start}:${at.end}`);
  });
}

const results = new WeakMap<Seed, ReturnType<typeof FrontmatterSchema.safeParse> | undefined>();

/** The schema's verdict on the seed's frontmatter, computed once per seed; undefined when unreadable. */
function schemaResult(seed: Seed): ReturnType<typeof FrontmatterSchema.safeParse> | undefined {
  if (!results.has(seed)) results.set(seed, seed.frontmatter?.data ? FrontmatterSchema.safeParse(seed.frontmatter.data) : undefined);
  return results.get(seed);
}

/** Does the whole frontmatter satisfy the schema? Then no value needs checking one by one. */
export const frontmatterValid = (seed: Seed): boolean => schemaResult(seed)?.success === true;

/** The schema's findings for a seed, computed once (config supplies the fix's usual currency). */
export function schemaFindings(seed: Seed, config?: ResolvedConfig): SchemaFinding[] {
  let found = cache.get(seed);
  if (found) return found;
  found = [];
  const result = schemaResult(seed);
  if (result) {
    const all = result.success ? [] : result.error.issues.flatMap((issue) => fromIssue(seed, issue, config));
    const reads = withoutMergedEchoes(seed, all);
    // Before the echoes go: a typo a merge brings in also makes the merging entry miss its key.
    const meant = new Set(
      all.flatMap((read) => (read.rule === "unknown-key" && read.suggestion ? [pathKey([...read.path.slice(0, -1), read.suggestion])] : [])),
    );
    const strip = ({ rule, span, message, fixes }: Read): SchemaFinding => ({ rule, span, message, fixes });
    const missing = reads.filter((read) => read.rule === "missing-key");
    found.push(...reads.filter((read) => read.rule !== "missing-key").map(strip), ...missingKeyFindings(seed, missing, meant, config));
  }
  cache.set(seed, found);
  return found;
}

/** The schema of a compensation entry, for rules that validate one entry's values alone. */
export const isValidEntryValue = (key: keyof typeof CompensationEntrySchema.shape, value: unknown) =>
  CompensationEntrySchema.shape[key].safeParse(value).success;
