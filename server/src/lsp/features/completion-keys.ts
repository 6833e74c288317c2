// Key completion: the keys a mapping still lacks, required ones first, each documented from the
// schema; under `compensation` a whole entry; under `data_sources` a new source item.
import { CompletionItemKind, MarkupKind, type CompletionItem, type Range } from "vscode-languageserver";
import type { PathSegment, Seed, Span } from "../../engine";
import { entries, keyDocMarkdown, keyDocs, typeLabel, usualCurrency, type KeyContainer, type KeyDoc } from "../../engine";
import type { CompletionEnv } from "./completion";
import { dataSourceItems } from "./completion-values";
import { entrySnippet, withSnippet, type EntryCurrency, type SnippetPart } from "./snippets";
import { siblingKeys, siblingValue, type FrontmatterContext } from "./yaml-outline";

type KeyContext = Extract<FrontmatterContext, { kind: "key" }>;

function containerKind(path: readonly PathSegment[]): KeyContainer | "compensation-list" | "data-sources-list" | undefined {
  if (path.length === 0) return "frontmatter";
  if (path.length === 1 && path[0] === "level_mapping") return "level_mapping";
  if (path.length === 1 && path[0] === "compensation") return "compensation-list";
  if (path.length === 1 && path[0] === "data_sources") return "data-sources-list";
  if (path.length === 2 && path[0] === "compensation" && typeof path[1] === "number") return "compensation";
  return undefined;
}

/**
 * A new entry's currency: its region's usual one (known and configured regions), else the
 * currency the seed's entries use most (USD in a seed without any).
 */
function entryCurrency(seed: Seed, env: CompletionEnv): EntryCurrency {
  const used = new Map<string, number>();
  for (const { currency } of entries(seed)) if (currency) used.set(currency, (used.get(currency) ?? 0) + 1);
  const [fallback] = [...used].sort((a, b) => b[1] - a[1])[0] ?? ["USD"];
  return { regions: env.config.regions, fallback };
}

/** The entry's region, read from its lines (the YAML may not parse while a key is half typed). */
function regionOf(seed: Seed, yaml: Span, context: KeyContext): string | undefined {
  return siblingValue(seed.text, yaml, context.container, "region", context.lineStart);
}

/** What a key inserts after its name: a value placeholder, or the nested block it opens. */
function valueParts(doc: KeyDoc, col: number, seed: Seed, yaml: Span, context: KeyContext, env: CompletionEnv): SnippetPart[] {
  const { eol } = seed;
  const indent = " ".repeat(col + 2);
  if (doc.container === "compensation" && doc.key === "currency") {
    const region = regionOf(seed, yaml, context);
    const usual = region ? usualCurrency(env.config, region) : undefined;
    if (usual) return [": ", { placeholder: usual }];
  }
  switch (doc.key) {
    case "compensation":
      return [`:${eol}${indent}`, ...entrySnippet(col + 4, eol, true, entryCurrency(seed, env))];
    case "data_sources":
      return [`:${eol}${indent}- `, { placeholder: env.config.dataSources[0] ?? "Levels.fyi" }];
    case "level_mapping":
      return [`:${eol}${indent}internal: `, { placeholder: "null" }, `${eol}${indent}raw: `, { placeholder: '"(equivalent levels)"' }];
  }
  if (doc.enumValues?.length) return [": ", { choice: doc.enumValues }];
  if (doc.kind === "date") return [": ", { placeholder: env.today }];
  return [": ", { placeholder: doc.examples[0] === undefined ? "" : String(doc.examples[0]) }];
}

function keyItem(doc: KeyDoc, order: number, context: KeyContext, range: Range, seed: Seed, yaml: Span, env: CompletionEnv): CompletionItem {
  const item: CompletionItem = {
    label: doc.key,
    kind: CompletionItemKind.Property,
    detail: `${typeLabel(doc)}${doc.required ? "" : " (optional)"}`,
    documentation: { kind: MarkupKind.Markdown, value: keyDocMarkdown(doc) },
    // Missing required keys first, in the schema's order; optional keys after.
    sortText: `${doc.required ? 0 : 1}${String(order).padStart(2, "0")}`,
    filterText: doc.key,
  };
  const parts: SnippetPart[] = context.hasColon ? [doc.key] : [doc.key, ...valueParts(doc, context.col, seed, yaml, context, env)];
  return withSnippet(item, range, parts, env.snippets);
}

function entryItem(context: KeyContext, range: Range, seed: Seed, env: CompletionEnv, dash: boolean): CompletionItem {
  const item: CompletionItem = {
    label: "compensation entry",
    kind: CompletionItemKind.Snippet,
    detail: "region, currency and every amount",
    documentation: {
      kind: MarkupKind.Markdown,
      value: "A whole compensation entry: the region, then every required amount to fill in; the currency follows the region (its usual one).",
    },
    sortText: "000",
    filterText: dash ? "- region" : "region",
  };
  return withSnippet(item, range, entrySnippet(dash ? context.col + 2 : context.col, seed.eol, dash, entryCurrency(seed, env)), env.snippets);
}

export function keyCompletions(seed: Seed, yaml: Span, context: KeyContext, env: CompletionEnv): CompletionItem[] {
  const range = seed.lines.range(context.replace);
  const kind = containerKind(context.container);
  if (kind === "compensation-list") return [entryItem(context, range, seed, env, true)];
  if (kind === "data-sources-list") return dataSourceItems(seed, range, env, "- ");
  if (!kind) return [];
  const present = siblingKeys(seed.text, yaml, context.container, context.lineStart);
  const items = keyDocs(kind)
    .map((doc, order) => ({ doc, order }))
    .filter(({ doc }) => !present.has(doc.key))
    .map(({ doc, order }) => keyItem(doc, order, context, range, seed, yaml, env));
  // A new, empty entry ("- " just typed) can be filled in one go.
  if (kind === "compensation" && context.dash && present.size === 0 && !context.hasColon) items.unshift(entryItem(context, range, seed, env, false));
  return items;
}
