// The preview panel beside the editor. It follows the active seed editor, re-checks and
// re-renders as the author types (debounced), and keeps its scroll position in step with the
// editor's when `seeds.preview.scrollSync` is on.
import { randomBytes } from "node:crypto";
import * as vscode from "vscode";
import { localToday } from "../../../server/src/engine";
import { checkForPreview } from "../../../server/src/render";
import { ConfigSource } from "./config-source";
import { LastGoodPreview } from "./last-good";
import { isFromWebview, type FromWebview, type ToWebview } from "./messages";
import { ScrollLeader } from "./scroll-leader";
import { webviewHtml } from "./webview-html";

export const PREVIEW_VIEW_TYPE = "seeds.preview";
/** Typing pauses shorter than this do not re-render. */
export const RENDER_DEBOUNCE_MS = 80;

const isSeed = (document: vscode.TextDocument) => document.languageId === "seed";
const scrollSyncEnabled = (uri: vscode.Uri) => vscode.workspace.getConfiguration("seeds.preview", uri).get<boolean>("scrollSync", true);

export class SeedPreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private html = "";
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The line we asked the editor to scroll to: its visible-range events are not sent back. */
  private revealedLine: number | undefined;
  /** The reader scrolling the preview leads: the editor follows, and its scroll events are not sent back meanwhile. */
  private readonly previewLeads = new ScrollLeader();
  private renderGeneration = 0;
  private readonly pages = new LastGoodPreview();
  private readonly configs = new ConfigSource();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri) {
    this.subscriptions.push(
      this.configs,
      this.configs.onDidChange(() => this.schedule(0)),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isSeed(editor.document) && editor.document !== this.document) this.follow(editor.document);
      }),
      // A file opened for the first time becomes active as Markdown or Plain Text and turns into a
      // seed a moment later (language-assignment.ts), which VS Code reports as an open, not as a
      // change of the active editor: follow it then.
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (isSeed(document) && document !== this.document && vscode.window.activeTextEditor?.document.uri.toString() === document.uri.toString())
          this.follow(document);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document && event.contentChanges.length > 0) this.schedule(RENDER_DEBOUNCE_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.document) this.document = undefined;
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => this.editorScrolled(event)),
    );
  }

  /** Opens the panel beside the editor (or reveals it) showing this document. */
  open(document: vscode.TextDocument, column: vscode.ViewColumn | undefined): void {
    if (!this.panel) this.panel = this.createPanel(column);
    else this.panel.reveal(this.panel.viewColumn ?? vscode.ViewColumn.Beside, true);
    this.follow(document);
  }

  private createPanel(column: vscode.ViewColumn | undefined): vscode.WebviewPanel {
    const dist = vscode.Uri.joinPath(this.extensionUri, "dist");
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      "Seed Preview",
      { viewColumn: column === undefined ? vscode.ViewColumn.Beside : column + 1, preserveFocus: true },
      { enableScripts: true, enableCommandUris: false, enableFindWidget: true, localResourceRoots: [dist] },
    );
    return this.adopt(panel);
  }

  /** Takes over a panel VS Code restored after a reload, showing this document again. */
  restore(panel: vscode.WebviewPanel, document: vscode.TextDocument): void {
    this.panel?.dispose();
    panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, "dist")] };
    this.html = "";
    this.panel = this.adopt(panel);
    this.follow(document);
  }

  private adopt(panel: vscode.WebviewPanel): vscode.WebviewPanel {
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.document = undefined;
      this.html = "";
      this.pages.clear();
      clearTimeout(this.timer);
    });
    panel.webview.onDidReceiveMessage((message: unknown) => {
      if (isFromWebview(message)) void this.received(message);
    });
    return panel;
  }

  private follow(document: vscode.TextDocument): void {
    this.document = document;
    this.schedule(0);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    if (this.panel && this.document) this.timer = setTimeout(() => void this.render(), delay);
  }

  private async render(): Promise<void> {
    const panel = this.panel;
    const document = this.document;
    if (!panel || !document) return;
    const generation = ++this.renderGeneration;
    const config = await this.configs.configFor(document.uri);
    // A newer edit or a different document started another render while the config loaded.
    if (generation !== this.renderGeneration || this.panel !== panel) return;
    const today = localToday();
    const result = checkForPreview(document.getText(), { today, config });
    const { html, title } = this.pages.next(document.uri.toString(), result, today);
    panel.title = title;
    const firstRender = this.html === "";
    this.html = html;
    if (firstRender || !panel.webview.html) {
      panel.webview.html = this.page(panel.webview, html, panel.title);
    } else {
      this.post({ type: "update", html, line: this.syncedLine(document), uri: document.uri.toString() });
    }
  }

  /** The editor's top line when scroll sync is on: where the preview should stay after a swap. */
  private syncedLine(document: vscode.TextDocument): number | undefined {
    return scrollSyncEnabled(document.uri) ? this.editorFor(document)?.visibleRanges[0]?.start.line : undefined;
  }

  private page(webview: vscode.Webview, content: string, title: string): string {
    const dist = vscode.Uri.joinPath(this.extensionUri, "dist");
    return webviewHtml({
      cspSource: webview.cspSource,
      nonce: randomBytes(18).toString("base64"),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, "preview.css")).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, "preview.js")).toString(),
      title,
      content,
    });
  }

  private post(message: ToWebview): void {
    void this.panel?.webview.postMessage(message);
  }

  private editorFor(document: vscode.TextDocument): vscode.TextEditor | undefined {
    const active = vscode.window.activeTextEditor;
    if (active?.document === document) return active;
    return vscode.window.visibleTextEditors.find((editor) => editor.document === document);
  }

  private editorScrolled(event: vscode.TextEditorVisibleRangesChangeEvent): void {
    if (!this.panel || event.textEditor.document !== this.document || !scrollSyncEnabled(this.document.uri)) return;
    const line = event.visibleRanges[0]?.start.line;
    if (line === undefined) return;
    // The editor answering our own revealRange (possibly in several events): do not bounce it
    // back, or the preview would jump to the line's start and the two would chase each other.
    if (line === this.revealedLine) return;
    // Reveals made while the reader scrolls the preview land in several events, some on other
    // lines than asked (the editor scrolls by whole lines): sending them back would snap the
    // preview to where it was a moment ago.
    if (this.previewLeads.leads(performance.now())) return;
    this.revealedLine = undefined;
    this.post({ type: "scrollToLine", line });
  }

  private async received(message: FromWebview): Promise<void> {
    const document = this.document;
    if (!document) return;
    switch (message.type) {
      case "ready": {
        // The webview (re)loaded, e.g. after being hidden: give it the latest content and position.
        if (this.html) this.post({ type: "update", html: this.html, line: this.syncedLine(document), uri: document.uri.toString() });
        else {
          const line = this.syncedLine(document);
          if (line !== undefined) this.post({ type: "scrollToLine", line });
        }
        return;
      }
      case "didScroll": {
        const editor = this.editorFor(document);
        if (!editor || !scrollSyncEnabled(document.uri)) return;
        this.previewLeads.claim(performance.now());
        const line = Math.min(message.line, document.lineCount - 1);
        if (editor.visibleRanges[0]?.start.line === line) return;
        this.revealedLine = line;
        editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
        return;
      }
      case "reveal": {
        const line = Math.min(message.line, document.lineCount - 1);
        const position = new vscode.Position(line, message.character);
        const editor = await vscode.window.showTextDocument(document, {
          viewColumn: this.editorFor(document)?.viewColumn ?? vscode.ViewColumn.One,
          selection: new vscode.Range(position, position),
          preserveFocus: false,
        });
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        return;
      }
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
