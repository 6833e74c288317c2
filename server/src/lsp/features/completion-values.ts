// Value completion: enum values, regions (with their usual currency), ISO 4217 currencies,
// data sources, dates and ids derived from the display names.
import { CompletionItemKind, MarkupKind, type CompletionItem, type Range, type TextEdit } from "vscode-languageserver";
import { addDays, currencyCodes, currencyName, entries, isRealDate, slugify, usualCurrency, type Seed, type Span } from "../../engine";
import { keyDoc } from "../../engine";
import type { CompletionEnv } from "./completion";
import { siblingKeys, type FrontmatterContext } from "./yaml-outline";

type ValueContext = Extract<FrontmatterContext, { kind: "value" }>;
type ItemContext = Extract<FrontmatterContext, { kind: "item" }>;

const valueItem = (label: string, range: Range, detail?: string, sortText?: string): CompletionItem => ({
  label,
  kind: CompletionItemKind.Value,
  detail,
  sortText,
  textEdit: { range, newText: label },
});

let currencyCache: { code: string; name: string }[] | undefined;
let currencyNames: Map<string, string> | undefined;

/** Every ISO 4217 code the runtime knows with its English name (Intl), computed once. */
function currencies(): { code: string; name: string }[] {
  currencyCache ??= [...currencyCodes()].sort().map((code) => ({ code, name: currencyName(code) ?? code }));
  return currencyCache;
}

/** A currency's name from the cache: Intl.DisplayNames is slow to create, and regions ask for many. */
function nameOf(code: string): string {
  currencyNames ??= new Map(currencies().map(({ code, name }) => [code, name]));
  return currencyNames.get(code) ?? code;
}

function currencyItems(seed: Seed, entryIndex: number | undefined, range: Range, env: CompletionEnv): CompletionItem[] {
  const region = entryIndex === undefined ? undefined : entries(seed).find((entry) => entry.index === entryIndex)?.region;
  const usual = region ? usualCurrency(env.config, region) : undefined;
  return currencies().map(({ code, name }) => ({
    label: code,
    kind: CompletionItemKind.Unit,
    detail: code === usual ? `${name} (usual in ${region})` : name,
    // Typing a name ("pound") finds the code too.
    filterText: `${code} ${name}`,
    // The usual currency first; the others sort by their label (the code).
    sortText: code === usual ? `0${code}` : undefined,
    preselect: code === usual || undefined,
    textEdit: { range, newText: code },
  }));
}

/** After a region in an entry without a currency, the region's usual currency on the next line. */
function currencyEdit(seed: Seed, context: ValueContext, currency: string): TextEdit[] {
  const line = `${" ".repeat(context.col)}currency: ${currency}`;
  const nextLine = seed.lines.lineOf(context.lineStart) + 1;
  if (nextLine < seed.lines.lineCount) {
    const at = seed.lines.position(seed.lines.lineStart(nextLine));
    return [{ range: { start: at, end: at }, newText: `${line}${seed.eol}` }];
  }
  const end = seed.lines.position(context.lineEnd);
  return [{ range: { start: end, end }, newText: `${seed.eol}${line}` }];
}

/** The typed value's text (what the client filters the list by), without quotes. */
const typedValue = (seed: Seed, context: ValueContext) => seed.text.slice(context.replace.start, context.replace.end).trim();

function regionItems(seed: Seed, yaml: Span, context: ValueContext, range: Range, env: CompletionEnv): CompletionItem[] {
  const index = context.path[1] as number;
  const taken = new Set(
    entries(seed)
      .filter((entry) => entry.index !== index && entry.region)
      .map((entry) => entry.region!.toLowerCase()),
  );
  const typed = typedValue(seed, context);
  const known = (name: string) => usualCurrency(env.config, name) !== undefined;
  // The value being typed is never offered back as a region "used in this workspace".
  const workspace = env.workspaceRegions.filter((name) => known(name) || name.toLowerCase() !== typed.toLowerCase());
  const used = new Map(workspace.map((region, rank) => [region, rank]));
  const names = [...new Set([...env.config.regions.keys(), ...workspace])].filter((name) => !taken.has(name.toLowerCase()));
  const hasCurrency = siblingKeys(seed.text, yaml, context.path.slice(0, -1), context.lineStart).has("currency");
  const sortText = (name: string) => {
    const rank = used.get(name);
    // Regions the workspace already uses first, most used first.
    return rank === undefined ? `1${name}` : `0${String(rank).padStart(5, "0")}`;
  };
  const best = bestMatch(names, typed, sortText);
  return names.map((name) => {
    const currency = usualCurrency(env.config, name);
    return {
      ...valueItem(name, range),
      kind: CompletionItemKind.EnumMember,
      detail: currency ? `${currency} (${nameOf(currency)})` : "used in this workspace",
      documentation: currency ? { kind: MarkupKind.Markdown, value: `Usual currency in ${name}: **${currency}** (${nameOf(currency)}).` } : undefined,
      sortText: sortText(name),
      preselect: name === best || undefined,
      additionalTextEdits: currency && !hasCurrency ? currencyEdit(seed, context, currency) : undefined,
    };
  });
}

/**
 * The item to preselect for what is typed: the first by `order` among the names that start with
 * it (case-insensitive), else among those that contain it; none when nothing is typed.
 */
export function bestMatch(names: readonly string[], typed: string, order: (name: string) => string): string | undefined {
  if (typed === "") return undefined;
  const lower = typed.toLowerCase();
  const first = (matching: string[]) => matching.sort((a, b) => order(a).localeCompare(order(b)))[0];
  return first(names.filter((name) => name.toLowerCase().startsWith(lower))) ?? first(names.filter((name) => name.toLowerCase().includes(lower)));
}

/** Data sources the seed does not list yet: configured and known ones, then the workspace's. */
export function dataSourceItems(seed: Seed, range: Range, env: CompletionEnv, prefix = "", except?: string): CompletionItem[] {
  const listed = new Set(Array.isArray(seed.data.data_sources) ? seed.data.data_sources.filter((s): s is string => typeof s === "string" && s !== except) : []);
  const names = [...new Set([...env.config.dataSources, ...env.workspaceDataSources])].filter((name) => !listed.has(name));
  return names.map((name, order) => ({
    label: name,
    kind: CompletionItemKind.Value,
    detail: "data source",
    sortText: String(order).padStart(4, "0"),
    filterText: `${prefix}${name}`,
    textEdit: { range, newText: `${prefix}${name}` },
  }));
}

function quarterOf(date: string, back = 0): string {
  const [year, month] = date.split("-").map(Number) as [number, number];
  const index = year * 4 + Math.floor((month - 1) / 3) - back;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

function dateItems(seed: Seed, key: string, range: Range, env: CompletionEnv): CompletionItem[] {
  const items = [valueItem(env.today, range, "today", "2")];
  if (key === "next_review_due") {
    const interval = env.config.reviewIntervalDays;
    const updated = seed.data.last_updated;
    items.push(valueItem(addDays(env.today, interval), range, `today + ${interval} days (review interval)`, "1"));
    if (typeof updated === "string" && isRealDate(updated)) {
      items.push({ ...valueItem(addDays(updated, interval), range, `last_updated + ${interval} days (review interval)`, "0"), preselect: true });
    }
  }
  return items;
}

export function valueCompletions(seed: Seed, yaml: Span, context: ValueContext, env: CompletionEnv): CompletionItem[] {
  const range = seed.lines.range(context.replace);
  const doc = keyDoc(context.path);
  if (!doc) return [];
  if (doc.enumValues) return doc.enumValues.map((value, order) => valueItem(value, range, doc.key, String(order)));
  if (doc.container === "compensation" && doc.key === "region") return regionItems(seed, yaml, context, range, env);
  if (doc.kind === "currency") return currencyItems(seed, context.path[1] as number, range, env);
  if (doc.kind === "date") return dateItems(seed, doc.key, range, env);
  if (doc.kind === "quarter") {
    return [valueItem(quarterOf(env.today), range, "this quarter", "0"), valueItem(quarterOf(env.today, 1), range, "last quarter", "1")];
  }
  if (doc.key === "internal") return [valueItem("null", range, "the company's own level is unknown")];
  // The ids are the kebab-case of the display names.
  const display = doc.key === "company" ? seed.data.company_display : doc.key === "role" ? seed.data.role_display : undefined;
  if (typeof display === "string" && slugify(display)) return [valueItem(slugify(display), range, `from ${doc.key}_display`)];
  return [];
}

export function itemCompletions(seed: Seed, context: ItemContext, env: CompletionEnv): CompletionItem[] {
  if (context.list.length !== 1 || context.list[0] !== "data_sources") return [];
  const current = Array.isArray(seed.data.data_sources) ? seed.data.data_sources[context.index] : undefined;
  return dataSourceItems(seed, seed.lines.range(context.replace), env, "", typeof current === "string" ? current : undefined);
}
