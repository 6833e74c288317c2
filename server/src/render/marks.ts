// Where each finding is shown in the preview. A finding is located once (a table cell, a body
// line, a header field, a region's bars), then the renderers "place" it on the element they
// draw; the summary links to wherever it ended up. Findings that land nowhere visible (a key
// the card does not show, text past the rendered part of a huge body) stay in the summary only.
import { entries, type Finding, type Seed, type Severity, type TableRow } from "../engine";
import { visibleText } from "./escape";

/** Header fields and the frontmatter keys whose findings they show. */
const HEADER_FIELDS: Readonly<Record<string, readonly string[]>> = {
  company: ["company_display", "company"],
  role: ["role_display", "role"],
  role_type: ["role_type"],
  data_quality: ["data_quality"],
  last_updated: ["last_updated"],
  salary_data_quarter: ["salary_data_quarter"],
  next_review_due: ["next_review_due"],
  data_sources: ["data_sources"],
};

export type Target =
  | { kind: "cell"; line: number; cell: number }
  | { kind: "line"; line: number }
  | { kind: "field"; field: string }
  | { kind: "region"; index: number }
  | { kind: "frontmatter" };

export interface MarkAttributes {
  id: string;
  class: string;
  title: string;
  "data-line": string;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function worstSeverity(findings: readonly Finding[]): Severity {
  return findings.reduce<Severity>((worst, f) => (RANK[f.severity] > RANK[worst] ? f.severity : worst), "info");
}

const targetKey = (target: Target): string => {
  switch (target.kind) {
    case "cell":
      return `cell:${target.line}:${target.cell}`;
    case "line":
      return `line:${target.line}`;
    case "field":
      return `field:${target.field}`;
    case "region":
      return `region:${target.index}`;
    case "frontmatter":
      return "frontmatter";
  }
};

const covers = (start: number, end: number, offset: number) => offset >= start && (offset < end || (offset === start && start === end));

function frontmatterTarget(seed: Seed, finding: Finding): Target {
  const nodes = seed.nodes;
  if (!nodes) return { kind: "frontmatter" };
  const at = finding.span.start;
  for (const [field, keys] of Object.entries(HEADER_FIELDS)) {
    for (const key of keys) {
      const keySpan = nodes.keySpan([key]);
      if (!keySpan) continue;
      const end = nodes.valueSpan([key])?.end ?? keySpan.end;
      if (covers(keySpan.start, Math.max(end, keySpan.end), at)) return { kind: "field", field };
    }
  }
  for (const entry of entries(seed)) {
    const span = nodes.itemSpan(["compensation", entry.index]);
    if (span && covers(span.start, span.end, at)) return { kind: "region", index: entry.index };
  }
  return { kind: "frontmatter" };
}

/** The table's rows by line number: looking a row up per finding must not scan the table. */
function rowsByLine(seed: Seed): Map<number, TableRow> {
  let rows = rowIndex.get(seed);
  if (!rows) {
    rows = new Map();
    for (const row of seed.body.table?.rows ?? []) rows.set(seed.lines.lineOf(row.line.span.start), row);
    rowIndex.set(seed, rows);
  }
  return rows;
}

const rowIndex = new WeakMap<Seed, Map<number, TableRow>>();

function bodyTarget(seed: Seed, finding: Finding): Target {
  const line = finding.range.start.line;
  const row = rowsByLine(seed).get(line);
  const cell = row?.cells.findIndex((c) => finding.span.start >= c.span.start && finding.span.start <= c.span.end && finding.span.end <= c.span.end) ?? -1;
  return cell >= 0 ? { kind: "cell", line, cell } : { kind: "line", line };
}

export function locate(seed: Seed, finding: Finding): Target {
  return finding.span.start < seed.body.span.start ? frontmatterTarget(seed, finding) : bodyTarget(seed, finding);
}

/** The findings by target, and the anchor each one got when its element was drawn. */
export class Marks {
  private readonly byTarget = new Map<string, Finding[]>();
  private readonly anchors = new Map<Finding, string>();
  private readonly lines = new Set<number>();
  private placed = 0;

  constructor(
    seed: Seed,
    readonly findings: readonly Finding[],
  ) {
    for (const finding of findings) {
      const target = locate(seed, finding);
      const key = targetKey(target);
      // Appended in place: copying the list for each finding is quadratic in one line's findings.
      const list = this.byTarget.get(key);
      if (list) list.push(finding);
      else this.byTarget.set(key, [finding]);
      if (target.kind === "line") this.lines.add(target.line);
    }
  }

  /** Body lines that have findings not inside a table cell, in order. */
  lineTargets(): number[] {
    return [...this.lines].sort((a, b) => a - b);
  }

  has(target: Target): boolean {
    return this.byTarget.has(targetKey(target));
  }

  /**
   * Attributes that mark one element as showing these targets' findings, or undefined when they
   * have none. Each target is placed once: the first element drawn for it keeps the anchor.
   */
  place(targets: readonly Target[], line: number): MarkAttributes | undefined {
    const found: Finding[] = [];
    for (const target of targets) {
      const key = targetKey(target);
      for (const finding of this.byTarget.get(key) ?? []) found.push(finding);
      this.byTarget.delete(key);
    }
    if (found.length === 0) return undefined;
    const id = `finding-${++this.placed}`;
    for (const finding of found) this.anchors.set(finding, id);
    return {
      id,
      class: `finding finding-${worstSeverity(found)}`,
      title: visibleText(found.map((f) => f.message).join("\n")),
      "data-line": String(line),
    };
  }

  anchorOf(finding: Finding): string | undefined {
    return this.anchors.get(finding);
  }
}
