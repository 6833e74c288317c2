// Insert texts written once and sent as a snippet (tab stops) or, for clients without snippet
// support, as the plain text of the placeholders. Indentation is absolute: items using these
// are sent with InsertTextMode.asIs so the client does not indent the lines a second time.
import { InsertTextFormat, InsertTextMode, type CompletionItem, type Range } from "vscode-languageserver";
import { keyDocs } from "../engine";

export type SnippetPart = string | { placeholder: string } | { choice: readonly string[] };

const escapeSnippet = (text: string) => text.replace(/[$}\\]/g, "\\$&");
const escapeChoice = (text: string) => text.replace(/[$}\\,|]/g, "\\$&");

export function renderSnippet(parts: readonly SnippetPart[], snippets: boolean): string {
  let stop = 0;
  return parts
    .map((part) => {
      if (typeof part === "string") return snippets ? escapeSnippet(part) : part;
      if ("placeholder" in part) return snippets ? `\${${++stop}:${escapeSnippet(part.placeholder)}}` : part.placeholder;
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

/**
 * A whole compensation entry: region, currency, then every required amount (0 to fill in).
 * `dash` writes the "- " (false when the author already typed it); `col` is the keys' column.
 */
export function entrySnippet(col: number, eol: string, dash: boolean, region = "Region", currency = "USD"): SnippetPart[] {
  const indent = " ".repeat(col);
  const amounts = keyDocs("compensation").filter((doc) => doc.required && doc.key !== "region" && doc.key !== "currency");
  const parts: SnippetPart[] = [dash ? "- region: " : "region: ", { placeholder: region }, `${eol}${indent}currency: `, { placeholder: currency }];
  for (const doc of amounts) parts.push(`${eol}${indent}${doc.key}: `, { placeholder: "0" });
  return parts;
}
