// Fixes are text edits on the original document. Applying them keeps every byte that no edit
// touches, so line endings and a BOM survive; the edits themselves use the file's line ending.
import type { Finding, Fix, TextEdit } from "./types";

/** Applies non-overlapping edits; an edit that overlaps an earlier one is skipped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = "";
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) continue;
    result += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}

const overlaps = (a: TextEdit, b: TextEdit) => (a.start < b.end && b.start < a.end) || (a.start === b.start && a.start === a.end && b.start === b.end);

/** Does `edit` overlap one of `sorted` (non-overlapping edits sorted by start, then end)? */
function collides(sorted: readonly TextEdit[], edit: TextEdit): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.start <= edit.start) low = mid + 1;
    else high = mid;
  }
  for (let i = low - 1; i >= 0 && (sorted[i]!.end > edit.start || sorted[i]!.start === edit.start); i--) if (overlaps(sorted[i]!, edit)) return true;
  for (let i = low; i < sorted.length && sorted[i]!.start < edit.end; i++) if (overlaps(sorted[i]!, edit)) return true;
  return false;
}

function insertSorted(sorted: TextEdit[], edit: TextEdit): void {
  let at = sorted.length;
  // Fixes mostly come in document order: appending is the common case.
  while (at > 0 && (sorted[at - 1]!.start > edit.start || (sorted[at - 1]!.start === edit.start && sorted[at - 1]!.end > edit.end))) at--;
  sorted.splice(at, 0, edit);
}

/**
 * The safe fixes of a set of findings that can be applied together: in order, each finding's
 * first safe fix unless one of its edits overlaps a fix chosen before it (that one waits for the
 * next pass). A fix's own edits are disjoint.
 */
export function safeFixes(findings: readonly Finding[]): Fix[] {
  const chosen: Fix[] = [];
  // Kept sorted so that checking a fix against the chosen ones is a binary search, not a scan:
  // a seed with 100,000 fixable rows must not take minutes.
  const sorted: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((candidate) => candidate.safe);
    if (!fix) continue;
    if (fix.edits.some((edit) => collides(sorted, edit))) continue;
    chosen.push(fix);
    for (const edit of fix.edits) insertSorted(sorted, edit);
  }
  return chosen;
}

/** The edits of `safeFixes(findings)`, in the same order: text edits on the findings' text. */
export function safeEdits(findings: readonly Finding[]): TextEdit[] {
  return safeFixes(findings).flatMap((fix) => fix.edits);
}
