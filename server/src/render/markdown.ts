// The seed's body as HTML, through markdown-it with raw HTML off. Block elements carry
// `data-line` (0-based line in the whole seed) for scroll sync; elements that show a finding
// are marked through `Marks`. Links are limited to web and mail addresses, and images to inline
// data, so the page never loads anything from the network.
import MarkdownItFactory, { type MarkdownIt, type Token } from "markdown-it";
import type { Marks, MarkAttributes, Target } from "./marks";
import { escapeVisible } from "./escape";
import { usePlainRuns } from "../engine";

const attribute = (token: Token, name: string): string | undefined => {
  const value = token.attrGet(name);
  return value === null ? undefined : String(value);
};

const SAFE_SCHEME = /^(?:https?|mailto):/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const DATA_IMAGE = /^data:image\/(?:gif|png|jpeg|webp);/i;
// Browsers drop ASCII whitespace and control characters inside a scheme ("java\tscript:").
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const IGNORED_IN_URL = /[\u0000-\u0020\u007f-\u009f]/g;

function normalizedUrl(url: string): string {
  return url.replace(IGNORED_IN_URL, "");
}

export function isSafeLink(url: string): boolean {
  const plain = normalizedUrl(url);
  return !SCHEME.test(plain) || SAFE_SCHEME.test(plain);
}

/** Is an HTML token's text a comment (`<!-- … -->`, GFM's HTML block of type 2)? */
const isComment = (content: string) => content.trimStart().startsWith("<!--");

function createMarkdown(): MarkdownIt {
  // `highlight` is markdown-it's hook for a fenced block's HTML: here, its escaped text.
  // `html: true` so that blocks are where GFM puts them (an HTML comment hides what it holds, a
  // table inside it included, as on GitHub); every HTML token is then written as escaped text
  // (below), so no markup of the author's reaches the page.
  const md: MarkdownIt = new MarkdownItFactory("default", {
    html: true,
    linkify: false,
    typographer: false,
    highlight: (code: string): string => escapeVisible(code, md.utils.escapeHtml),
  });
  usePlainRuns(md);
  // Hidden characters are shown as marked labels, in text and in code alike (issue 9).
  md.renderer.rules.text = (tokens, index) => escapeVisible(tokens[index]!.content, md.utils.escapeHtml);
  md.renderer.rules.code_inline = (tokens, index, _options, _env, self) =>
    `<code${self.renderAttrs(tokens[index]!)}>${escapeVisible(tokens[index]!.content, md.utils.escapeHtml)}</code>`;
  md.renderer.rules.code_block = (tokens, index, _options, _env, self) =>
    `<pre${self.renderAttrs(tokens[index]!)}><code>${escapeVisible(tokens[index]!.content, md.utils.escapeHtml)}</code></pre>\n`;
  // Raw HTML is shown as the text it is; a comment is hidden, as GFM hides it.
  md.renderer.rules.html_block = (tokens, index, _options, _env, self) => {
    const token = tokens[index]!;
    if (isComment(token.content)) return "";
    token.attrJoin("class", "raw-html");
    return `<p${self.renderAttrs(token)}>${escapeVisible(token.content.replace(/\n$/, ""), md.utils.escapeHtml)}</p>\n`;
  };
  md.renderer.rules.html_inline = (tokens, index) => {
    const content = tokens[index]!.content;
    return isComment(content) ? "" : escapeVisible(content, md.utils.escapeHtml);
  };
  // Links keep only web, mail and relative targets; data: passes here for images only (below).
  md.validateLink = (url) => isSafeLink(url) || DATA_IMAGE.test(normalizedUrl(url));
  const renderToken = md.renderer.renderToken.bind(md.renderer);
  md.renderer.rules.link_open = (tokens, index, options) => {
    const token = tokens[index]!;
    const href = attribute(token, "href") ?? "";
    if (!isSafeLink(href)) token.attrs = (token.attrs ?? []).filter(([name]) => name !== "href");
    else token.attrSet("rel", "noopener noreferrer");
    return renderToken(tokens, index, options);
  };
  md.renderer.rules.image = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    const src = attribute(token, "src") ?? "";
    if (DATA_IMAGE.test(normalizedUrl(src))) return `<img src="${md.utils.escapeHtml(src)}" alt="${md.utils.escapeHtml(alt)}">`;
    return `<span class="image-omitted" title="Images are not loaded in the preview">${md.utils.escapeHtml(alt || "image")}</span>`;
  };
  return md;
}

let markdown: MarkdownIt | undefined;

function mark(token: Token, attributes: MarkAttributes | undefined): void {
  if (!attributes) return;
  token.attrSet("id", attributes.id);
  token.attrJoin("class", attributes.class);
  token.attrSet("title", attributes.title);
  token.attrSet("data-line", attributes["data-line"]);
}

/** Table alignment comes as a style attribute, which the webview's CSP forbids: use a class. */
function alignmentToClass(token: Token): void {
  const style = attribute(token, "style");
  if (style === undefined) return;
  token.attrs = (token.attrs ?? []).filter(([name]) => name !== "style");
  const align = /text-align:\s*(left|right|center)/.exec(style)?.[1];
  if (align) token.attrJoin("class", `align-${align}`);
}

/** Block tokens that open a visible element and know their source lines. */
const isBlockElement = (token: Token) =>
  token.block &&
  !token.hidden &&
  token.map !== null &&
  token.nesting !== -1 &&
  (token.tag !== "" || (token.type === "html_block" && !isComment(token.content)));

/**
 * Marks, for each body line with findings, the innermost visible block that contains it
 * (a heading, a paragraph, a list item, a table row). Tokens come in document order, so a
 * later token that contains the line is nested inside an earlier one.
 */
function innermostBlocks(tokens: Token[], lines: number[], firstLine: number): Map<number, Token> {
  const found = new Map<number, Token>();
  if (lines.length === 0) return found;
  for (const token of tokens) {
    if (!isBlockElement(token)) continue;
    const start = token.map![0] + firstLine;
    const end = token.map![1] + firstLine;
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (lines[mid]! < start) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < lines.length && lines[i]! < end; i++) found.set(lines[i]!, token);
  }
  return found;
}

function annotate(tokens: Token[], marks: Marks, firstLine: number): void {
  const blocks = innermostBlocks(tokens, marks.lineTargets(), firstLine);
  const markedBlocks = new Map<Token, number[]>();
  for (const [line, token] of blocks) {
    // Appended in place: copying the list for each line is quadratic in a block's lines.
    const lines = markedBlocks.get(token);
    if (lines) lines.push(line);
    else markedBlocks.set(token, [line]);
  }
  let rowLine: number | undefined;
  let cellIndex = 0;
  for (const token of tokens) {
    if (token.type === "th_open" || token.type === "td_open") {
      alignmentToClass(token);
      if (rowLine !== undefined) mark(token, marks.place([{ kind: "cell", line: rowLine, cell: cellIndex }], rowLine));
      cellIndex++;
    }
    if (!isBlockElement(token)) continue;
    const line = token.map![0] + firstLine;
    token.attrSet("data-line", String(line));
    if (token.type === "tr_open") {
      rowLine = line;
      cellIndex = 0;
    }
    const lines = markedBlocks.get(token);
    if (lines)
      mark(
        token,
        marks.place(
          lines.map((findingLine): Target => ({ kind: "line", line: findingLine })),
          line,
        ),
      );
  }
}

/** HTML of the body text, whose first line is line `firstLine` of the seed. */
export function renderMarkdown(body: string, firstLine: number, marks: Marks): string {
  markdown ??= createMarkdown();
  const env = {};
  const tokens = markdown.parse(body, env);
  annotate(tokens, marks, firstLine);
  return markdown.renderer.render(tokens, markdown.options, env);
}
