// Insert texts written once and sent as a snippet (tab stops) or, for clients without snippet
// support, as the plain text of the placeholders. Indentation is absolute: items using these
// are sent with InsertTextMode.asIs so the client does not indent the lines a second time.
import { InsertTextFormat, InsertTextMode, type CompletionItem, type Range } from "vscode-languageserver";
import { keyDocs } from "../../engine";

/**
 * `mirror`: the last placeholder's text transformed (a snippet transform, applied when the author
 * leaves that placeholder); `plain` is what clients without snippets get.
 */
export type SnippetPart =
  string | { placeholder: string } | { choice: readonly string[] } | { mirror: { regex: string; format: string; options: string; plain: string } };

const escapeSnippet = (text: string) => text.replace(/[$}\\]/g, "\\$&");
const escapeChoice = (text: string) => text.replace(/[$}\\,|]/g, "\\$&");

function renderSnippet(parts: readonly SnippetPart[], snippets: boolean): string {
  let stop = 0;
  return parts
    .map((part) => {
      if (typeof part === "string") return snippets ? escapeSnippet(part) : part;
      if ("placeholder" in part) return snippets ? `\${${++stop}:${escapeSnippet(part.placeholder)}}` : part.placeholder;
      if ("mirror" in part) {
        const { regex, format, options, plain } = part.mirror;
        return snippets ? `\${${stop}/${regex.replace(/\//g, "\\/")}/${format}/${options}}` : plain;
      }
      return snippets ? `\${${++stop}|${part.choice.map(escapeChoice).join(",")}|}` : (part.choice[0] ?? "");
    })
    .join("");
}

/** Sets the text edit and the insert format of an item from snippet parts. */
export function withSnippet(item: CompletionItem, range: Range, parts: readonly SnippetPart[], snippets: boolean): CompletionItem {
  const multiline = parts.some((part) => typeof part === "string" && part.includes("\n"));
  return {
    ...item,
    textEdit: { range, newText: renderSnippet(parts, snippets) },
    insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    ...(multiline ? { insertTextMode: InsertTextMode.asIs } : {}),
  };
}

/** How a new entry's currency follows its region: region → usual currency, and the currency for any other region. */
export interface EntryCurrency {
  regions: ReadonlyMap<string, string>;
  fallback: string;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The currency line's value as a transform of the region placeholder: one capture group per
 * currency (its regions as alternatives), then a catch-all group for the fallback. Typing
 * "Tokyo" (or choosing it from the region completion) and moving on writes JPY.
 */
function currencyMirror(currency: EntryCurrency): SnippetPart {
  const byCurrency = new Map<string, string[]>();
  for (const [region, code] of currency.regions) byCurrency.set(code, [...(byCurrency.get(code) ?? []), region]);
  const groups = [...byCurrency].map(([, regions]) => `(${regions.map(escapeRegex).join("|")})`);
  const codes = [...byCurrency.keys()];
  const regex = `^(?:${[...groups, "(.*)"].join("|")})$`;
  const format = [...codes, currency.fallback].map((code, i) => `\${${i + 1}:+${code}}`).join("");
  return { mirror: { regex, format, options: "i", plain: currency.fallback } };
}

/**
 * A whole compensation entry: region, currency, then every required amount (0 to fill in).
 * `dash` writes the "- " (false when the author already typed it); `col` is the keys' column,
 * taken from where the entry's dash is. The currency follows the region (see currencyMirror).
 */
export function entrySnippet(col: number, eol: string, dash: boolean, currency: EntryCurrency, region = "Region"): SnippetPart[] {
  const indent = " ".repeat(col);
  const amounts = keyDocs("compensation").filter((doc) => doc.required && doc.key !== "region" && doc.key !== "currency");
  const parts: SnippetPart[] = [dash ? "- region: " : "region: ", { placeholder: region }, `${eol}${indent}currency: `, currencyMirror(currency)];
  for (const doc of amounts) parts.push(`${eol}${indent}${doc.key}: `, { placeholder: "0" });
  return parts;
}
