// The preview of one checked seed: findings summary, header card, charts and body, as an HTML
// fragment. The VS Code webview and `seeds render` both show exactly this.
import { checkSeed, parseSeed, type CheckOptions, type CheckResult, type Seed } from "../engine";
import { renderCharts } from "./chart";
import { displayValue, escapeHtml } from "./escape";
import { renderHeader } from "./header";
import { renderMarkdown } from "./markdown";
import { Marks } from "./marks";
import { renderSummary } from "./summary";

/**
 * Markdown beyond this many characters is not rendered: a preview of a 10 MB body would take
 * seconds and show no one anything. Seeds are a few KB; findings past the cut stay listed.
 */
export const MAX_RENDERED_BODY_CHARS = 256 * 1024;

export interface PreviewOptions {
  /** YYYY-MM-DD, for the "overdue" badge. */
  today: string;
  maxBodyChars?: number;
}

interface BodyPart {
  text: string;
  omitted: number;
}

function bodyToRender(seed: Seed, max: number): BodyPart {
  const { start, end } = seed.body.span;
  if (end - start <= max) return { text: seed.text.slice(start, end), omitted: 0 };
  let cut = seed.text.lastIndexOf("\n", start + max);
  if (cut <= start) cut = start + max;
  // Never split a surrogate pair.
  const code = seed.text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return { text: seed.text.slice(start, cut), omitted: end - cut };
}

/** A check result, or the parse alone when the checker failed (it should not; the preview still shows). */
export interface PreviewInput extends CheckResult {
  checkError?: string;
}

/** checkSeed for the preview: a checker exception still gives a page, without findings. */
export function checkForPreview(text: string, options: CheckOptions): PreviewInput {
  try {
    return checkSeed(text, options);
  } catch (error) {
    const checkError = error instanceof Error ? error.message : String(error);
    try {
      return { seed: parseSeed(text), findings: [], checkError };
    } catch {
      return { seed: parseSeed(""), findings: [], checkError };
    }
  }
}

export function renderPreview({ seed, findings, checkError }: PreviewInput, options: PreviewOptions): string {
  const marks = new Marks(seed, findings);
  const header = renderHeader(seed, marks, options.today);
  const charts = renderCharts(seed, marks);
  const body = bodyToRender(seed, options.maxBodyChars ?? MAX_RENDERED_BODY_CHARS);
  const firstLine = seed.lines.lineOf(seed.body.span.start);
  const markdown = renderMarkdown(body.text, firstLine, marks);
  const notice =
    body.omitted > 0
      ? `<p class="truncated-notice">The rest of the body (${body.omitted.toLocaleString("en-US")} characters) is not shown in the preview.</p>`
      : "";
  const failure = checkError
    ? `<p class="check-error">The checker failed on this document (${escapeHtml(checkError)}), so its problems are not shown.</p>`
    : "";
  const summary = failure + renderSummary(findings, marks, seed.body.span.start);
  return `<main class="seed-preview">${summary}${header}${charts}<article class="seed-body">${markdown}${notice}</article></main>`;
}

/** "ML/AI Engineer · Weights & Biases", for a window or tab title (plain text, not HTML). */
export function previewTitle(seed: Seed): string {
  const text = (key: string) => displayValue(seed.data[key]).trim();
  const company = text("company_display") || text("company");
  const role = text("role_display") || text("role");
  return [role, company].filter(Boolean).join(" · ") || "Seed preview";
}

export interface StandalonePageOptions extends PreviewOptions {
  /** The preview stylesheet, inlined in the page. */
  css: string;
  /**
   * Base64 SHA-256 of a text (the caller has a hash function; this module does no I/O). The page's
   * CSP then allows exactly its own stylesheet; without it, inline styles are allowed.
   */
  sha256?: (text: string) => string;
}

/** One self-contained HTML page: no script, nothing loaded from anywhere. */
export function renderStandalonePage(result: PreviewInput, options: StandalonePageOptions): string {
  // The stylesheet is ours, never seed text; the escape only guards against a future edit.
  const style = `\n${options.css.replace(/<\/style/gi, "<\\/style")}\n`;
  const styleSource = options.sha256 ? `'sha256-${options.sha256(style)}'` : "'unsafe-inline'";
  const csp = `default-src 'none'; style-src ${styleSource}; img-src data:; base-uri 'none'; form-action 'none'`;
  return (
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="color-scheme" content="light dark">\n` +
    `<meta name="referrer" content="no-referrer">\n` +
    `<title>${escapeHtml(previewTitle(result.seed))}</title>\n` +
    `<style>${style}</style>\n</head>\n` +
    `<body class="standalone">\n${renderPreview(result, options)}\n</body>\n</html>\n`
  );
}
