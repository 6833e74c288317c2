// The list of findings at the top of the preview. Each entry links to the element that shows
// the finding (an in-page anchor, so the standalone page needs no script); in VS Code the
// webview script also turns a click into "reveal this line in the editor".
import type { Finding, Severity } from "../engine";
import { escapeHtml, escapeVisible } from "./escape";
import type { Marks } from "./marks";

/** A summary of thousands of findings helps no one; the rest are counted. */
const MAX_SUMMARY_ITEMS = 200;

/** Messages quote keys and values in backticks, as Markdown code: show them as code. */
function messageHtml(message: string): string {
  return escapeVisible(message).replace(/`([^`]+)`/g, "<code>$1</code>");
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

function counts(findings: readonly Finding[]): string {
  const by = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const parts = [plural(by("error"), "error"), plural(by("warning"), "warning")];
  const infos = by("info");
  if (infos > 0) parts.push(plural(infos, "info"));
  return parts.join(", ");
}

function item(finding: Finding, marks: Marks, frontmatterEnd: number): string {
  const line = finding.range.start.line;
  const anchor = marks.anchorOf(finding) ?? (finding.span.start < frontmatterEnd ? "seed-header" : undefined);
  const href = anchor ? ` href="#${anchor}"` : "";
  return (
    `<li class="summary-item severity-${finding.severity}">` +
    `<a class="finding-link"${href} data-reveal-line="${line}" data-reveal-character="${finding.range.start.character}">` +
    `<span class="severity">${finding.severity}</span> ` +
    `<span class="location">Line ${line + 1}</span> ` +
    `<span class="message">${messageHtml(finding.message)}</span> ` +
    `<code class="rule">${escapeHtml(finding.rule)}</code>` +
    `</a></li>`
  );
}

/** Call after the header, chart and body are rendered: links need the anchors they placed. */
export function renderSummary(findings: readonly Finding[], marks: Marks, bodyStart: number): string {
  if (findings.length === 0) return `<section class="findings-summary findings-none"><p>No problems found.</p></section>`;
  const shown = findings.slice(0, MAX_SUMMARY_ITEMS).map((finding) => item(finding, marks, bodyStart));
  const more = findings.length > MAX_SUMMARY_ITEMS ? `<p class="summary-more">…and ${findings.length - MAX_SUMMARY_ITEMS} more.</p>` : "";
  return (
    `<section class="findings-summary" aria-label="Problems">` +
    `<h2 class="section-title">${plural(findings.length, "problem")} <span class="counts">${counts(findings)}</span></h2>` +
    `<ol class="finding-list">${shown.join("")}</ol>${more}</section>`
  );
}
