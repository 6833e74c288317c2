// Runs the zod schema once per seed and turns its issues into findings for the schema rules
// (missing-key, unknown-key, invalid-value, invalid-date, currency-code), each with a span.
import type { core } from "zod";
import type { PathSegment } from "../parse/frontmatter";
import type { Seed } from "../parse/seed";
import { CompensationEntrySchema, FrontmatterSchema, LEVEL_MAPPING_KEYS, TOP_LEVEL_KEYS, COMPENSATION_KEYS } from "../schema/frontmatter";
import { closest } from "../text/similar";
import type { Fix } from "../types";
import type { Report } from "./rule";
import { record, spanAt } from "./support";

export type SchemaRuleId = "missing-key" | "unknown-key" | "invalid-value" | "invalid-date" | "currency-code";
export interface SchemaFinding extends Report {
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
    return path.length > 2 ? `\`${path.slice(2).join(".")}\` in ${where}` : where;
  }
  return `\`${path.join(".")}\``;
}

function valueAt(data: unknown, path: readonly PathSegment[]): { present: boolean; value: unknown } {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== "object" || !Object.prototype.hasOwnProperty.call(current, segment)) return { present: false, value: undefined };
    current = (current as Record<string, unknown>)[segment as string];
  }
  return { present: true, value: current };
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
  return span ? [{ title: `Rename \`${String(path[path.length - 1])}\` to \`${to}\``, safe: false, edits: [{ ...span, newText: to }] }] : [];
}

function fromIssue(seed: Seed, issue: core.$ZodIssue): SchemaFinding[] {
  const path = issue.path as PathSegment[];
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => {
      const keyPath = [...path, key];
      const suggestion = key === "__proto__" ? undefined : closest(key, keysAt(path));
      const where = path.length ? ` in ${describePath(seed, path)}` : "";
      return {
        rule: "unknown-key",
        span: spanAt(seed, keyPath, "key"),
        message: `Unknown key \`${key}\`${where}${suggestion ? `; did you mean \`${suggestion}\`?` : "."}`,
        fixes: suggestion ? renameFix(seed, keyPath, suggestion) : [],
      };
    });
  }
  const { present, value } = valueAt(seed.data, path);
  // A required key that is absent is missing, whatever the issue's kind: zod reports a missing
  // enum key (role_type, data_quality) as invalid_value, not invalid_type.
  if (!present) {
    const parent = path.slice(0, -1);
    const key = String(path[path.length - 1]);
    const where = parent.length ? ` in ${describePath(seed, parent)}` : "";
    const span = parent.length ? spanAt(seed, parent, typeof parent[parent.length - 1] === "number" ? "value" : "key") : seed.frontmatter!.open;
    return [{ rule: "missing-key", span: parent.length && typeof parent[parent.length - 1] === "number" ? seed.nodes?.firstKeySpan(parent) ?? span : span, message: `Missing required key \`${key}\`${where}.` }];
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
      message = `${describePath(seed, path)} must be one of ${options.map((o) => `\`${o}\``).join(", ")}, not ${typeName(value)}${suggestion ? `; did you mean \`${suggestion}\`?` : "."}`;
      break;
    }
    default:
      message = `${describePath(seed, path)} ${issue.message}${typeof value === "string" || typeof value === "number" ? ` (got ${typeName(value)})` : ""}.`;
  }
  return [{ rule, span: spanAt(seed, path), message }];
}

export function schemaFindings(seed: Seed): SchemaFinding[] {
  let found = cache.get(seed);
  if (found) return found;
  found = [];
  if (seed.frontmatter?.data) {
    const result = FrontmatterSchema.safeParse(seed.frontmatter.data);
    if (!result.success) for (const issue of result.error.issues) found.push(...fromIssue(seed, issue));
  }
  cache.set(seed, found);
  return found;
}

/** The schema of a compensation entry, for rules that validate one entry's values alone. */
export const isValidEntryValue = (key: keyof typeof CompensationEntrySchema.shape, value: unknown) =>
  CompensationEntrySchema.shape[key].safeParse(value).success;
