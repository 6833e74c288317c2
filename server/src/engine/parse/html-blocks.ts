// Where GFM's raw HTML blocks start and end (CommonMark's HTML block types 1 to 6, as markdown-it
// reads them): an HTML comment hides what it holds, a commented-out old table included, and a
// block of raw HTML is no Markdown. The checker skips these lines as the preview and GitHub do.
// Type 7 (any other lone tag) cannot interrupt a paragraph or a table, and is left out.

// CommonMark's block-level tag names (type 6).
const BLOCK_NAMES = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul",
];

/** How a block ends: at the first line (the opening one included) that matches, or at a blank line. */
export type HtmlBlockEnd = RegExp | "blank line";

const SEQUENCES: [start: RegExp, end: HtmlBlockEnd][] = [
  [/^<(?:script|pre|style|textarea)(?=\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
  [new RegExp(`^</?(?:${BLOCK_NAMES.join("|")})(?=\\s|/?>|$)`, "i"), "blank line"],
];

/**
 * The end of the raw HTML block a line starts, or undefined when it starts none: the line begins,
 * after at most three spaces, with a comment, a `<script>`/`<pre>`/`<style>`/`<textarea>`, a
 * processing instruction, a declaration, CDATA or a block-level tag.
 *
 * @param line one line of the body, without its line break.
 */
export function htmlBlockStart(line: string): HtmlBlockEnd | undefined {
  let indent = 0;
  while (indent < 4 && line[indent] === " ") indent++;
  if (indent > 3 || line[indent] !== "<") return undefined;
  const rest = line.slice(indent);
  for (const [start, end] of SEQUENCES) if (start.test(rest)) return end;
  return undefined;
}

/** Does `line` end a raw HTML block that ends with `end`? A block ending at a blank line ends before it. */
export function endsHtmlBlock(line: string, end: HtmlBlockEnd): boolean {
  return end === "blank line" ? line.trim() === "" : end.test(line);
}
