// Delivers diagnostics. Clients that declare `textDocument.diagnostic` pull them (document and
// workspace reports, refreshed when another seed or the configuration changes); the others get
// them pushed (publishDiagnostics) after an adaptive delay (check-costs.ts). Pushed diagnostics of
// an open document always carry the version they were computed for. Seeds are checked on the
// server thread; large or costly ones in the check worker (off-thread-checks.ts), whose result
// is dropped when the document has changed since, so an older result can never follow a newer one.
import {
  DocumentDiagnosticReportKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { byPosition, type Finding } from "../../engine";
import type { Analysis } from "../state/analyses";
import { CheckCosts } from "./check-costs";
import { toDiagnostic } from "../features/to-lsp";
import { checkWorkerPath, OffThreadChecks } from "./off-thread-checks";
import { requestCancelled } from "../request-cancelled";
import { Memo } from "../state/memo";
import type { SeedServer } from "../state/seed-server";
import { textLength, textOfVersion } from "../state/large-text-document";
import { markStartup } from "../startup-marks";
import type { CrossFinding, IndexedSeed } from "../state/workspace-index";

/**
 * A document's diagnostics: its findings and its cross-file findings, by position. `carryIndex`:
 * the findings are an open document's (Analysis.findings()), and each diagnostic carries its
 * finding's index (FindingData) for code actions.
 */
export function toDiagnostics(findings: readonly Finding[], cross: readonly CrossFinding[], carryIndex = false): Diagnostic[] {
  const own = findings.map((finding, index) => ({ finding, data: carryIndex ? { finding: index } : undefined }));
  const all = cross.length ? [...own, ...cross.map((finding) => ({ finding, data: undefined }))].sort((a, b) => byPosition(a.finding, b.finding)) : own;
  return all.map(({ finding, data }) => {
    const diagnostic = toDiagnostic(finding);
    if (data) diagnostic.data = data;
    return diagnostic;
  });
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
  private readonly unopenedMemo = new Memo<{ seeds: IndexedSeed[]; cross: Map<string, CrossFinding[]> }>();
  /** What each open document's check costs: the delay after an edit, and where the check runs. */
  readonly costs = new CheckCosts();
  /** The check worker for large documents (absent when the sources run without their bundle). */
  readonly offThread: OffThreadChecks | undefined;
  /** Worker results dropped because the document changed (or the settings did) while they were computed. */
  staleDropped = 0;
  /** The server thread's first check compiles the engine (JIT, lazily built schemas): its time says nothing of the document. */
  private warmedUp = false;

  constructor(
    private readonly server: SeedServer,
    private readonly connection: Connection,
    readonly pull: boolean,
    private readonly canRefresh: boolean,
    workerPath = checkWorkerPath(),
  ) {
    this.offThread = workerPath ? new OffThreadChecks(workerPath, (message) => connection.console.error(message)) : undefined;
  }

  /** A document changed: check it after its adaptive delay, or `seeds.debounceMs` when set (pull clients ask by themselves). */
  scheduleCheck(uri: string): void {
    if (this.pull || !this.server.readiness.isReady) return;
    this.cancel(uri);
    const run = () => {
      this.timers.delete(uri);
      const document = this.server.documents.get(uri);
      if (document) this.publishOpen(document);
    };
    const document = this.server.documents.get(uri);
    const length = document ? textLength(document) : 0;
    const delay = this.server.settings.debounceMs ?? this.costs.delay(uri, length);
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

  /** A document closed: forget its scheduled and queued checks and what they cost. */
  closed(uri: string): void {
    this.cancel(uri);
    this.costs.forget(uri);
    this.offThread?.forget(uri);
  }

  /** Whether this analysis's findings should be computed in the check worker rather than here. */
  private goesOffThread(document: TextDocument, analysis: Analysis): boolean {
    return this.offThread !== undefined && !analysis.checked && this.costs.offThread(document.uri, textLength(document));
  }

  /** The analysis's findings, computed here if need be; the time taken is recorded as the document's cost. */
  private timedFindings(uri: string, analysis: Analysis): Finding[] {
    if (analysis.checked) return analysis.findings();
    const started = performance.now();
    const findings = analysis.findings();
    if (this.warmedUp) this.costs.record(uri, performance.now() - started);
    this.warmedUp = true;
    return findings;
  }

  /**
   * Checks the document's current version in the worker. Resolves with the analysis holding its
   * findings; "stale" when the document, the day or the settings changed meanwhile (the result
   * is dropped) or a newer version was queued; "failed" when the worker could not check it.
   */
  private async checkOffThread(document: TextDocument): Promise<Analysis | "stale" | "failed"> {
    const { uri, version } = document;
    // Read only if the worker needs the whole text: a check that sends edits never joins a large document's text.
    const text = textOfVersion(document);
    const env = this.server.analysisEnv(uri);
    const outcome = await this.offThread!.check({
      uri,
      version,
      text,
      length: textLength(document),
      today: env.today,
      config: env.config,
      summaryFile: this.server.indexName(uri),
    });
    if (outcome.kind === "failed") {
      this.connection.console.error(`seeds: checking ${uri} in the worker failed: ${outcome.error}`);
      return "failed";
    }
    if (outcome.kind === "superseded") return "stale";
    this.costs.record(uri, outcome.output.ms);
    if (this.server.documents.get(uri) !== document || document.version !== version || !this.server.isCurrent(uri, env)) {
      this.staleDropped++;
      return "stale";
    }
    return this.server.analyses.provide(document, env, outcome.output.findings, outcome.output.summary);
  }

  /** Checks an open document now (here or in the worker) and pushes its diagnostics for its current version. */
  publishOpen(document: TextDocument, updateIndex = true): void {
    if (this.pull || !this.server.readiness.isReady) return;
    this.cancel(document.uri);
    const analysis = this.server.analyze(document);
    if (!analysis) {
      this.clearUnopened(document.uri);
      return;
    }
    if (this.goesOffThread(document, analysis)) {
      void this.checkOffThread(document).then((checked) => {
        if (checked === "failed") this.publishChecked(document, this.server.analyze(document), updateIndex);
        else if (checked !== "stale") this.publishChecked(document, checked, updateIndex);
      });
      return;
    }
    this.publishChecked(document, analysis, updateIndex);
  }

  private publishChecked(document: TextDocument, analysis: Analysis | undefined, updateIndex: boolean): void {
    if (!analysis || this.server.documents.get(document.uri) !== document) return;
    const findings = this.timedFindings(document.uri, analysis);
    const groups = updateIndex ? this.server.indexOpenDocument(document, analysis) : [];
    const cross = this.server.crossFindingsForUri(document.uri);
    this.send(document.uri, document.version, toDiagnostics(findings, cross, true));
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
    markStartup("server-published");
  }

  /** Unopened seeds and their cross-file findings, cached until the index (open documents included) or a folder's config changes. */
  private unopened(): { seeds: IndexedSeed[]; cross: Map<string, CrossFinding[]> } {
    const { server } = this;
    const inputs = [server.index.revision, ...server.folders.list.map(server.configOfFolder)];
    return this.unopenedMemo.get(inputs, () => {
      const seeds = [...server.index.values()].filter((seed) => !server.openDocument(seed.key));
      return { seeds, cross: server.index.crossFindings(seeds, server.configOfFolder) };
    });
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

  private report(
    uri: string,
    diagnostics: Diagnostic[],
    previousResultId: string | undefined,
  ): { kind: "full"; resultId: string; items: Diagnostic[] } | { kind: "unchanged"; resultId: string } {
    const json = JSON.stringify(diagnostics);
    const last = this.reports.get(uri);
    if (last && last.json === json && last.resultId === previousResultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
    const resultId = String(this.nextResultId++);
    this.reports.set(uri, { resultId, json });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnostics };
  }

  /**
   * A pull request for an open document: answered at once, or once the worker has checked its
   * latest version. Throws RequestCancelled when the client cancelled it (before, or while the worker checked).
   */
  documentReport(params: DocumentDiagnosticParams, token?: CancellationToken): DocumentDiagnosticReport | Promise<DocumentDiagnosticReport> {
    if (token?.isCancellationRequested) throw requestCancelled();
    markStartup("server-pull");
    const document = this.server.documents.get(params.textDocument.uri);
    const analysis = document && this.server.analyze(document);
    if (!document || !analysis) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (this.goesOffThread(document, analysis)) return this.documentReportOffThread(params, token);
    return this.reportChecked(document, analysis, params.previousResultId);
  }

  private async documentReportOffThread(params: DocumentDiagnosticParams, token: CancellationToken | undefined): Promise<DocumentDiagnosticReport> {
    // A result for a version edited meanwhile is dropped: the latest version is checked instead.
    for (;;) {
      if (token?.isCancellationRequested) throw requestCancelled();
      const document = this.server.documents.get(params.textDocument.uri);
      const analysis = document && this.server.analyze(document);
      if (!document || !analysis) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      if (!this.goesOffThread(document, analysis)) return this.reportChecked(document, analysis, params.previousResultId);
      const checked = await this.checkOffThread(document);
      if (checked === "failed") return this.reportChecked(document, analysis, params.previousResultId);
      if (checked !== "stale") return this.reportChecked(document, checked, params.previousResultId);
    }
  }

  private reportChecked(document: TextDocument, analysis: Analysis, previousResultId: string | undefined): DocumentDiagnosticReport {
    const findings = this.timedFindings(document.uri, analysis);
    const groups = this.server.indexOpenDocument(document, analysis);
    if (groups.length) this.requestRefresh();
    const diagnostics = toDiagnostics(findings, this.server.crossFindingsForUri(document.uri), true);
    markStartup("server-report");
    return this.report(document.uri, diagnostics, previousResultId);
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
