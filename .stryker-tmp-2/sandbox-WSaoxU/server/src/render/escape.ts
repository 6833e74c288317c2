// @ts-nocheck
// HTML escaping for everything the preview prints from a seed. Text and attribute values alike
// go through here, so a `</style>` or `<script>` in a frontmatter value stays inert text.

import { invisibleName, invisibleRuns } from "../engine";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

const codeLabel = (code: number) => invisibleName(code)!.split(" ")[0]!;

/** Text (not HTML) with each invisible character replaced by its label `⟨U+202E⟩`: for titles. */
export function visibleText(text: string): string {
  let result = "";
  let cursor = 0;
  for (const run of invisibleRuns(text)) {
    result += text.slice(cursor, run.start) + run.codes.map((code) => `⟨${codeLabel(code)}⟩`).join("");
    cursor = run.end;
  }
  return result + text.slice(cursor);
}

/**
 * Escaped text in which every invisible character (a bidirectional control, a zero-width space…)
 * is shown as a marked label instead of taking effect: `⟨U+202E⟩`, named in its title. The
 * preview must show what the checker reads, not what the characters make the text look like.
 * `escape` escapes the text around them (markdown-it's own, in the body, keeps its output).
 */
export function escapeVisible(text: string, escape: (text: string) => string = escapeHtml): string {
  const runs = invisibleRuns(text);
  if (runs.length === 0) return escape(text);
  let html = "";
  let cursor = 0;
  for (const run of runs) {
    html += escape(text.slice(cursor, run.start));
    for (const code of run.codes) html += `<span class="invisible-char" title="${escapeHtml(invisibleName(code)!)}">⟨${codeLabel(code)}⟩</span>`;
    cursor = run.end;
  }
  return html + escape(text.slice(cursor));
}

/** A frontmatter value as one line of text: scalars as written, anything else as JSON. */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return String(value);
  }
}
