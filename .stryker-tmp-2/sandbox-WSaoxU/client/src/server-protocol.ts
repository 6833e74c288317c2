// @ts-nocheck
// What the client sends to and expects from the language server's workspace/executeCommand
// handlers. The shapes are read defensively: a server that answers something else gets a clear
// message, never a crash in the extension host.

import type { WorkspaceEdit } from "vscode-languageserver-protocol";

/** The language client's id, which is also the prefix of its `seeds.trace.server` setting. */
export const CLIENT_ID = "seeds";

export { COMMANDS as SERVER_COMMANDS } from "../../server/src/lsp/protocol";

/** Arguments: [documentUri] for the commands that act on one seed. */
export type DocumentCommandArguments = [uri: string];

export type { OverdueReview } from "../../server/src/lsp/protocol";
import type { OverdueReview } from "../../server/src/lsp/protocol";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The well-formed entries of a `seeds.server.overdueReviews` answer, most overdue first. */
export function readOverdueReviews(result: unknown): OverdueReview[] {
  if (!Array.isArray(result)) return [];
  const reviews = result.flatMap((item): OverdueReview[] => {
    if (!isRecord(item) || typeof item.uri !== "string" || typeof item.nextReviewDue !== "string" || typeof item.daysOverdue !== "number") return [];
    return [
      {
        uri: item.uri,
        file: typeof item.file === "string" ? item.file : item.uri,
        company: typeof item.company === "string" ? item.company : undefined,
        role: typeof item.role === "string" ? item.role : undefined,
        nextReviewDue: item.nextReviewDue,
        daysOverdue: item.daysOverdue,
      },
    ];
  });
  return reviews.sort((a, b) => b.daysOverdue - a.daysOverdue || a.file.localeCompare(b.file));
}

export interface OverduePickItem {
  label: string;
  description: string;
  detail: string;
  review: OverdueReview;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export function overduePickItems(reviews: readonly OverdueReview[]): OverduePickItem[] {
  return reviews.map((review) => ({
    label: [review.company, review.role].filter(Boolean).join(" · ") || review.file,
    description: `${plural(review.daysOverdue, "day")} overdue (due ${review.nextReviewDue})`,
    detail: review.file,
    review,
  }));
}

export interface DiagnosticCounts {
  files: number;
  errors: number;
  warnings: number;
  /** Absent when the server does not count them. */
  infos?: number;
}

/** Counts from a `seeds.server.checkWorkspace` answer, when it gives them. */
export function readCheckCounts(result: unknown): DiagnosticCounts | undefined {
  if (!isRecord(result)) return undefined;
  const count = (...keys: string[]) => {
    for (const key of keys) if (typeof result[key] === "number") return result[key] as number;
    return undefined;
  };
  const files = count("files", "fileCount", "checked");
  const errors = count("errors", "errorCount");
  const warnings = count("warnings", "warningCount");
  const infos = count("infos", "info", "infoCount", "information");
  if (files === undefined || errors === undefined || warnings === undefined) return undefined;
  return infos === undefined ? { files, errors, warnings } : { files, errors, warnings, infos };
}

/** "Checked 12 seeds: 2 errors, 1 warning, 0 info." (without the info count when there is none to give). */
export function checkSummary(counts: DiagnosticCounts): string {
  const infos = counts.infos === undefined ? "" : `, ${counts.infos} info`;
  const problems = `${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}${infos}`;
  return `Checked ${plural(counts.files, "seed")}: ${problems}.`;
}

/** Why the server applied no edit, from its `{applied: false, reason}` answer. */
export function editRefusal(result: unknown): string | undefined {
  if (!isRecord(result) || result.applied !== false) return undefined;
  return typeof result.reason === "string" && result.reason.trim() !== "" ? result.reason : "The seed was not changed.";
}

/** True when the answer looks like an LSP WorkspaceEdit, which the client then applies itself. */
export function isWorkspaceEdit(result: unknown): result is WorkspaceEdit {
  return isRecord(result) && (isRecord(result.changes) || Array.isArray(result.documentChanges));
}
