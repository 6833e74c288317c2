// Messages between the server thread and the check worker (plain data, structured-cloned).
// The worker keeps a copy of each document it checks: the first check of a document sends its
// text, later ones only the edits since the version the worker holds, so the server thread never
// copies a 10 MB text per keystroke (structured cloning it cost tens of ms of the server thread).
import type { Finding, ResolvedConfig, SeedSummary } from "../../engine";

/** One LSP content change: a range and its new text, or (no range) the whole new text. */
export interface ContentChange {
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

/**
 * The document to check: its whole text, or the edits that take the worker's copy from version
 * `from` to the request's version, and the text's length then (a cheap check that they did).
 */
export type DocumentState = { text: string } | { from: number; changes: ContentChange[]; length: number };

export interface CheckRequest {
  kind: "check";
  id: number;
  uri: string;
  version: number;
  document: DocumentState;
  today: string;
  config: ResolvedConfig;
  /** The seed's name in the index ("seeds/x.md"), when it is in a workspace folder: a summary is wanted too. */
  summaryFile?: string;
}

/** The document was closed (or its copy is no longer kept up to date): the worker drops its copy. */
export interface ForgetRequest {
  kind: "forget";
  uri: string;
}

export type WorkerRequest = CheckRequest | ForgetRequest;

export type CheckResponse = { id: number; findings: Finding[]; summary?: SeedSummary; ms: number } | { id: number; error: string };
