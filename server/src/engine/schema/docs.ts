// Documentation of frontmatter keys for hovers and completions, read from the zod schema's
// `.meta()` (the single source of truth) so the editor never repeats a description by hand.
import { z } from "zod";
import { CompensationEntrySchema, FrontmatterSchema } from "./frontmatter";

/** The mappings of the frontmatter that have documented keys. */
export type KeyContainer = "frontmatter" | "compensation" | "level_mapping";

type KeyKind = "text" | "slug" | "date" | "quarter" | "currency" | "integer" | "number" | "enum" | "list" | "mapping";

export interface KeyDoc {
  key: string;
  container: KeyContainer;
  description: string;
  examples: readonly unknown[];
  required: boolean;
  nullable: boolean;
  kind: KeyKind;
  /** The allowed values of an enum key, in the schema's order. */
  enumValues?: readonly string[];
  minimum?: number;
  maximum?: number;
}

type Shape = Record<string, z.ZodType>;

const SHAPES: Record<KeyContainer, Shape> = {
  frontmatter: FrontmatterSchema.shape,
  compensation: CompensationEntrySchema.shape,
  level_mapping: FrontmatterSchema.shape.level_mapping.shape,
};

const cache = new Map<KeyContainer, KeyDoc[]>();

interface JsonSchemaLike {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  description?: string;
  examples?: unknown[];
  anyOf?: JsonSchemaLike[];
}

function kindOf(json: JsonSchemaLike, key: string): KeyKind {
  if (json.enum) return "enum";
  const type = Array.isArray(json.type) ? json.type.find((t) => t !== "null") : json.type;
  if (type === "array") return "list";
  if (type === "object") return "mapping";
  if (type === "integer") return "integer";
  if (type === "number") return "number";
  if (json.format === "date") return "date";
  // Formats the JSON Schema cannot name: read from the key (the schema checks them by refinement).
  if (key === "salary_data_quarter") return "quarter";
  if (key === "currency") return "currency";
  if (json.pattern?.includes("a-z0-9")) return "slug";
  return "text";
}

function describe(key: string, container: KeyContainer, schema: z.ZodType): KeyDoc {
  // JSON Schema flattens optional/nullable wrappers and int/min/max checks into plain fields.
  const json = z.toJSONSchema(schema, { unrepresentable: "any", io: "input" }) as JsonSchemaLike;
  const variants = json.anyOf ?? [json];
  const main = variants.find((variant) => variant.type !== "null") ?? json;
  const meta = { ...main, description: json.description ?? main.description, examples: json.examples ?? main.examples };
  return {
    key,
    container,
    description: meta.description ?? "",
    examples: meta.examples ?? [],
    required: !schema.safeParse(undefined).success,
    nullable: variants.some((variant) => variant.type === "null") || (Array.isArray(json.type) && json.type.includes("null")),
    kind: kindOf(main, key),
    enumValues: main.enum?.filter((value): value is string => typeof value === "string"),
    minimum: main.minimum,
    maximum: main.maximum === Number.MAX_SAFE_INTEGER ? undefined : main.maximum,
  };
}

/** Every documented key of a mapping, in the schema's order. */
export function keyDocs(container: KeyContainer): readonly KeyDoc[] {
  let docs = cache.get(container);
  if (!docs) {
    docs = Object.entries(SHAPES[container]).map(([key, schema]) => describe(key, container, schema));
    cache.set(container, docs);
  }
  return docs;
}

/** The mapping a YAML path's last key belongs to: ["compensation", 0, "region"] -> compensation. */
function containerOf(path: readonly (string | number)[]): KeyContainer | undefined {
  const keys = path.filter((segment): segment is string => typeof segment === "string");
  if (keys.length === 1) return "frontmatter";
  if (keys.length === 2 && (keys[0] === "compensation" || keys[0] === "level_mapping")) {
    // A compensation entry sits behind an index; level_mapping's keys do not.
    const indexed = typeof path[1] === "number";
    if (keys[0] === "compensation" && indexed) return "compensation";
    if (keys[0] === "level_mapping" && !indexed) return "level_mapping";
  }
  return undefined;
}

/** The documentation of the key a path ends with, if the schema knows it. */
export function keyDoc(path: readonly (string | number)[]): KeyDoc | undefined {
  const container = containerOf(path);
  const key = path[path.length - 1];
  if (!container || typeof key !== "string") return undefined;
  return keyDocs(container).find((doc) => doc.key === key);
}

const KIND_LABELS: Record<KeyKind, string> = {
  text: "text",
  slug: "lowercase kebab-case id",
  date: "date, YYYY-MM-DD",
  quarter: "quarter, YYYY-Qn",
  currency: "ISO 4217 currency code",
  integer: "whole number",
  number: "number",
  enum: "one of",
  list: "list",
  mapping: "mapping",
};

/** A short type label: "whole number ≥ 0", "one of `high`, `medium`, `low`", "text or null". */
export function typeLabel(doc: KeyDoc): string {
  let label = KIND_LABELS[doc.kind];
  if (doc.kind === "enum") label += ` ${(doc.enumValues ?? []).map((value) => `\`${value}\``).join(", ")}`;
  if (doc.minimum !== undefined && doc.maximum !== undefined) label += ` ${doc.minimum}–${doc.maximum}`;
  else if (doc.minimum !== undefined) label += ` ≥ ${doc.minimum}`;
  if (doc.nullable) label += " or null";
  return label;
}

/** Markdown for a hover or a completion item's documentation. */
export function keyDocMarkdown(doc: KeyDoc): string {
  const where = doc.container === "frontmatter" ? "" : ` (in ${doc.container === "compensation" ? "a compensation entry" : "level_mapping"})`;
  const lines = [`**\`${doc.key}\`**${where}: ${typeLabel(doc)}${doc.required ? ", required" : ", optional"}`, "", doc.description];
  if (doc.examples.length) lines.push("", `Example: \`${doc.key}: ${doc.examples.map((example) => String(example)).join(", ")}\``);
  return lines.join("\n");
}
