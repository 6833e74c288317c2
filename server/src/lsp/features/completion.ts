// Completion in a seed: keys and values in the frontmatter, table rows in the body. Pure: the
// server passes the parsed seed, the configuration, today's date and what the workspace uses.
import type { CompletionItem, CompletionList, Range, TextEdit } from "vscode-languageserver";
import type { ResolvedConfig, Seed, Span } from "../../engine";
import { bodyCompletions } from "./completion-body";
import { keyCompletions } from "./completion-keys";
import { itemCompletions, valueCompletions } from "./completion-values";
import { frontmatterContext } from "./yaml-outline";

export interface CompletionEnv {
  config: ResolvedConfig;
  today: string;
  /** Regions other seeds of the workspace use, most used first. */
  workspaceRegions: readonly string[];
  workspaceDataSources: readonly string[];
  /** The client inserts snippets (`${1:placeholder}`); otherwise plain text is sent. */
  snippets: boolean;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;

/** The YAML's span, also while the closing `---` is not typed yet (then up to the end). */
export function yamlSpan(seed: Seed): Span | undefined {
  if (seed.frontmatter) return seed.frontmatter.content;
  // An opening line without a frontmatter block means the closing line is missing.
  const open = OPEN.exec(seed.text);
  if (!open || seed.problems.some((problem) => problem.rule === "not-text")) return undefined;
  return { start: open[0].length, end: seed.text.length };
}

export function completeSeed(seed: Seed, offset: number, env: CompletionEnv): CompletionItem[] {
  const yaml = yamlSpan(seed);
  if (yaml && offset >= yaml.start && offset <= yaml.end) {
    const context = frontmatterContext(seed.text, yaml, offset);
    if (!context) return [];
    if (context.kind === "key") return keyCompletions(seed, yaml, context, env);
    if (context.kind === "value") return valueCompletions(seed, yaml, context, env);
    return itemCompletions(seed, context, env);
  }
  if (seed.frontmatter && offset > seed.frontmatter.close.end) return bodyCompletions(seed, offset);
  return [];
}

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/**
 * Items as sent: when the client takes list defaults (`completionList.itemDefaults` with
 * `editRange`) and every item replaces the same range, the range is sent once, not 160 times.
 */
export function completionResult(items: CompletionItem[], editRangeDefault: boolean): CompletionItem[] | CompletionList {
  const first = items[0]?.textEdit as TextEdit | undefined;
  const sharesRange = (item: CompletionItem) => item.textEdit && "range" in item.textEdit && sameRange(item.textEdit.range, first!.range);
  if (!editRangeDefault || !first || !items.every(sharesRange)) return items;
  return {
    isIncomplete: false,
    itemDefaults: { editRange: first.range },
    items: items.map(({ textEdit, ...item }) => (textEdit!.newText === item.label ? item : { ...item, textEditText: textEdit!.newText })),
  };
}
