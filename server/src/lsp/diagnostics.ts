// Delivers diagnostics. Clients that declare `textDocument.diagnostic` pull them (document and
// workspace reports, refreshed when another seed or the configuration changes); the others get
// them pushed (publishDiagnostics), debounced while typing. Pushed diagnostics of an open
// document always carry the version they were computed for, and are computed synchronously from
// the document's current text, so an older result can never follow a newer one.
import {
  DocumentDiagnosticReportKind,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Finding } from "../engine";
import { toDiagnostic } from "./convert";
import type { SeedServer } from "./seed-server";
import type { CrossFinding, IndexedSeed } from "./workspace-index";

const byPosition = (a: Finding, b: Finding) => a.span.start - b.span.start || a.span.end - b.span.end;

export function toDiagnostics(findings: readonly Finding[], cross: readonly CrossFinding[]): Diagnostic[] {
  const all = cross.length ? [...findings, ...cross].sort(byPosition) : findings;
  return all.map(toDiagnostic);
}

interface Report {
  resultId: string;
  json: string;
}

export class DiagnosticsPublisher {
  /** Scheduled document checks: how to cancel each, and when it is due. */
  private readonly timers = new Map<string, { cancel: () => void; due: number }>();
  /** Unopened files whose diagnostics were pushed, to clear them later. */
  private readonly pushed = new Set<string>();
  /** Push: what was last sent per URI, so an unchanged result is not sent again. */
  private readonly lastSent = new Map<string, string>();
  /** Pull: the last report per URI, to answer "unchanged". */
  private readonly reports = new Map<string, Report>();
  private nextResultId = 1;
  private refreshQueued = false;
  private unopenedCache: { key: string; seeds: IndexedSeed[]; cross: Map<string, CrossFinding[]> } | undefined;

  constructor(
    private readonly server: SeedServer,
    private readonly connection: Connection,
    readonly pull: boolean,
    private readonly canRefresh: boolean,
  ) {}

  /** A document changed: check it after the debounce delay (pull clients ask by themselves). */
  scheduleCheck(uri: string): void {
    if (this.pull || !this.server.ready) return;
    this.cancel(uri);
    const run = () => {
      this.timers.delete(uri);
      const document = this.server.documents.get(uri);
      if (document) this.publishOpen(document);
    };
    const delay = this.server.settings.debounceMs;
    const due = performance.now() + delay;
    if (delay <= 0) {
      const handle = setImmediate(run);
      this.timers.set(uri, { cancel: () => clearImmediate(handle), due });
    } else {
      const handle = setTimeout(run, delay);
      this.timers.set(uri, { cancel: () => clearTimeout(handle), due });
    }
  }

  /** Whether a document check is due and waiting to run (background indexing lets it go first). */
  hasPendingChecks(): boolean {
    const now = performance.now();
    for (const { due } of this.timers.values()) if (due <= now) return true;
    return false;
  }

  cancel(uri: string): void {
    this.timers.get(uri)?.cancel();
    this.timers.delete(uri);
  }

  /** Checks an open document now and pushes its diagnostics for its current version. */
  publishOpen(document: TextDocument, updateIndex = true): void {
    if (this.pull || !this.server.ready) return;
    this.cancel(document.uri);
    const analysis = this.server.analyze(document);
    if (!analysis) {
      this.clearUnopened(document.uri);
      return;
    }
    const groups = updateIndex ? this.server.indexOpenDocument(document, analysis) : [];
    const cross = this.server.crossFindingsForUri(document.uri);
    this.send(document.uri, document.version, toDiagnostics(analysis.findings(), cross));
    if (groups.length) this.groupsChanged(groups, document.uri);
  }

  /** Cross-file inputs changed for these company groups: refresh their other members. */
  groupsChanged(groups: readonly string[], except?: string): void {
    if (this.pull) return this.requestRefresh();
    for (const member of this.server.index.membersOf(groups)) {
      if (member.uri === except) continue;
      const document = this.server.openDocument(member.key);
      if (document) {
        if (document.uri !== except) this.publishOpen(document, false);
      } else this.publishUnopened(member);
    }
  }

  /** Pushes an unopened seed's stored findings and cross-file findings (scope "workspace", or after Check Workspace). */
  publishUnopened(seed: IndexedSeed, cross?: CrossFinding[]): void {
    if (this.pull || this.server.openDocument(seed.key)) return;
    if (!this.server.showsUnopened()) return this.clearUnopened(seed.uri);
    const diagnostics = toDiagnostics(seed.findings ?? [], cross ?? this.server.index.crossFindingsFor(seed.key, this.server.configOfFolder));
    if (diagnostics.length === 0 && !this.pushed.has(seed.uri)) return;
    this.send(seed.uri, undefined, diagnostics);
    if (diagnostics.length === 0) this.forget(seed.uri);
  }

  /** Clears what was pushed for a URI (closed in scope "openFiles", deleted, no longer a seed). */
  clearUnopened(uri: string): void {
    if (!this.pushed.has(uri)) return;
    this.send(uri, undefined, []);
    this.forget(uri);
  }

  private forget(uri: string): void {
    this.pushed.delete(uri);
    this.lastSent.delete(uri);
  }

  private send(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    const sent = `${version ?? ""}\u0000${JSON.stringify(diagnostics)}`;
    if (this.lastSent.get(uri) === sent) return;
    this.lastSent.set(uri, sent);
    this.pushed.add(uri);
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  /** Unopened seeds and their cross-file findings, cached until the index, settings or open documents change. */
  private unopened(): { seeds: IndexedSeed[]; cross: Map<string, CrossFinding[]> } {
    const { server } = this;
    const key = `${server.index.version}:${server.generation}:${[...server.documents.keys()].join("\u0000")}`;
    if (this.unopenedCache?.key !== key) {
      const seeds = [...server.index.values()].filter((seed) => !server.openDocument(seed.key));
      this.unopenedCache = { key, seeds, cross: server.index.crossFindings(seeds, server.configOfFolder) };
    }
    return this.unopenedCache;
  }

  /** Everything again: open documents, and unopened seeds per the scope (after settings or indexing). */
  republishAll(): void {
    if (this.pull) return this.requestRefresh();
    for (const document of this.server.documents.all()) this.publishOpen(document);
    const open = new Set(this.server.documents.keys());
    if (!this.server.showsUnopened()) {
      for (const uri of [...this.pushed]) if (!open.has(uri)) this.clearUnopened(uri);
      return;
    }
    const { seeds, cross } = this.unopened();
    for (const seed of seeds) this.publishUnopened(seed, cross.get(seed.key) ?? []);
  }

  /** Asks a pull client to pull again, at most once per turn of the event loop. */
  requestRefresh(): void {
    if (!this.canRefresh || this.refreshQueued) return;
    this.refreshQueued = true;
    setImmediate(() => {
      this.refreshQueued = false;
      void this.connection.languages.diagnostics.refresh().catch(() => undefined);
    });
  }

  private report(uri: string, diagnostics: Diagnostic[], previousResultId: string | undefined): { kind: "full"; resultId: string; items: Diagnostic[] } | { kind: "unchanged"; resultId: string } {
    const json = JSON.stringify(diagnostics);
    const last = this.reports.get(uri);
    if (last && last.json === json && last.resultId === previousResultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
    const resultId = String(this.nextResultId++);
    this.reports.set(uri, { resultId, json });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnostics };
  }

  documentReport(params: DocumentDiagnosticParams): DocumentDiagnosticReport {
    const document = this.server.documents.get(params.textDocument.uri);
    const analysis = document && this.server.analyze(document);
    if (!document || !analysis) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const groups = this.server.indexOpenDocument(document, analysis);
    if (groups.length) this.requestRefresh();
    const diagnostics = toDiagnostics(analysis.findings(), this.server.crossFindingsForUri(document.uri));
    return this.report(document.uri, diagnostics, params.previousResultId);
  }

  /** Unopened seeds (open ones are reported by documentReport); empty unless the scope is "workspace" or Check Workspace ran. */
  workspaceReport(params: WorkspaceDiagnosticParams): WorkspaceDiagnosticReport {
    const previous = new Map(params.previousResultIds.map((entry) => [entry.uri, entry.value]));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    const reported = new Set<string>();
    if (this.server.showsUnopened()) {
      const { seeds, cross } = this.unopened();
      for (const seed of seeds) {
        const diagnostics = toDiagnostics(seed.findings ?? [], cross.get(seed.key) ?? []);
        if (diagnostics.length === 0 && !previous.has(seed.uri)) continue;
        reported.add(seed.uri);
        items.push({ uri: seed.uri, version: null, ...this.report(seed.uri, diagnostics, previous.get(seed.uri)) });
      }
    }
    // Files reported before but no longer (closed scope, deleted, opened): clear them.
    for (const uri of previous.keys()) {
      if (reported.has(uri) || this.server.documents.get(uri)) continue;
      this.reports.delete(uri);
      items.push({ uri, version: null, kind: DocumentDiagnosticReportKind.Full, resultId: String(this.nextResultId++), items: [] });
    }
    return { items };
  }
}
