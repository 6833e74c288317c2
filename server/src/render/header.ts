// The header card: who and what the seed is about, and how fresh its figures are, from the
// frontmatter. Each field can carry the mark of a finding on its key.
import { isRealDate, type Seed } from "../engine";
import { displayValue, escapeHtml, escapeVisible } from "./escape";
import type { Marks } from "./marks";

interface FieldContext {
  seed: Seed;
  marks: Marks;
}

function lineOfKey(seed: Seed, keys: readonly string[]): number {
  for (const key of keys) {
    const span = seed.nodes?.keySpan([key]);
    if (span) return seed.lines.lineOf(span.start);
  }
  return seed.frontmatter ? seed.lines.lineOf(seed.frontmatter.open.start) : 0;
}

/** `class`, `data-line` and, when a finding is on one of the keys, its mark. */
function fieldAttributes({ seed, marks }: FieldContext, field: string, keys: readonly string[], baseClass: string): string {
  const line = lineOfKey(seed, keys);
  const mark = marks.place([{ kind: "field", field }], line);
  if (!mark) return `class="${baseClass}" data-line="${line}"`;
  return `class="${baseClass} ${mark.class}" id="${mark.id}" title="${escapeHtml(mark.title)}" data-line="${line}"`;
}

const text = (seed: Seed, key: string) => displayValue(seed.data[key]).trim();

function dateField(context: FieldContext, key: string, label: string, extra = ""): string {
  const value = text(context.seed, key);
  return `<div ${fieldAttributes(context, key, [key], "field")}><dt>${escapeHtml(label)}</dt><dd>${escapeVisible(value || "—")}${extra}</dd></div>`;
}

function isOverdue(seed: Seed, today: string): boolean {
  const due = text(seed, "next_review_due");
  return isRealDate(due) && due < today;
}

function sources(context: FieldContext): string {
  const list = context.seed.data.data_sources;
  const items = Array.isArray(list) ? list.map(displayValue).filter((s) => s.trim() !== "") : [];
  const chips = items.length ? `<ul class="chips">${items.map((s) => `<li class="chip">${escapeVisible(s)}</li>`).join("")}</ul>` : "—";
  return `<div ${fieldAttributes(context, "data_sources", ["data_sources"], "field field-wide")}><dt>Data sources</dt><dd>${chips}</dd></div>`;
}

export function renderHeader(seed: Seed, marks: Marks, today: string): string {
  const context = { seed, marks };
  const company = text(seed, "company_display") || text(seed, "company") || "Untitled seed";
  const role = text(seed, "role_display") || text(seed, "role");
  const roleType = text(seed, "role_type");
  const quality = text(seed, "data_quality");
  const qualityClass = ["high", "medium", "low"].includes(quality) ? ` quality-${quality}` : "";
  const overdue = isOverdue(seed, today) ? ` <span class="badge badge-overdue">overdue</span>` : "";
  const start = seed.frontmatter ? seed.lines.lineOf(seed.frontmatter.open.start) : 0;
  return (
    `<header class="seed-header" id="seed-header" data-line="${start}">` +
    `<div class="title-row">` +
    `<h1 ${fieldAttributes(context, "company", ["company_display", "company"], "company")}>${escapeVisible(company)}</h1>` +
    (role ? `<p ${fieldAttributes(context, "role", ["role_display", "role"], "role")}>${escapeVisible(role)}</p>` : "") +
    `</div>` +
    `<div class="badges">` +
    (roleType ? `<span ${fieldAttributes(context, "role_type", ["role_type"], "badge badge-role-type")}>${escapeHtml(roleType)}</span>` : "") +
    (quality
      ? `<span ${fieldAttributes(context, "data_quality", ["data_quality"], `badge badge-quality${qualityClass}`)}>${escapeHtml(`${quality} data quality`)}</span>`
      : "") +
    `</div>` +
    `<dl class="fields">` +
    dateField(context, "last_updated", "Last updated") +
    dateField(context, "salary_data_quarter", "Salary data") +
    dateField(context, "next_review_due", "Next review due", overdue) +
    sources(context) +
    `</dl></header>`
  );
}
