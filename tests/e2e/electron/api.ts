/**
 * Helpers for the scenarios that run INSIDE the extension host (electron/suite.ts): files of the
 * opened workspace, editors, and waits on VS Code events (never fixed sleeps).
 */
import * as vscode from "vscode";

export function workspaceUri(relPath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error("no workspace folder is open: pass the fixture folder as the first launch argument");
  return vscode.Uri.joinPath(folder.uri, ...relPath.split("/"));
}

export async function openEditor(relPath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relPath));
  return vscode.window.showTextDocument(document, { preview: false });
}

/**
 * Opens a workspace seed in an editor once the extension has made it a `seed`: it recognises a
 * seed by its content when the file opens and switches its language then, a moment after
 * openTextDocument resolves.
 */
export async function openSeedEditor(relPath: string): Promise<vscode.TextEditor> {
  const editor = await openEditor(relPath);
  await waitFor(`${relPath} in the seed language`, () => editor.document.languageId === "seed", [vscode.workspace.onDidOpenTextDocument]);
  return editor;
}

/** Resolves when `check()` is truthy, re-checking whenever one of `events` fires; rejects after `timeoutMs`. */
export function waitFor<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  events: vscode.Event<unknown>[],
  timeoutMs = 15_000,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    let settled = false;
    const finish = (error: Error | undefined, value?: T) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      for (const s of subscriptions) s.dispose();
      if (error) reject(error);
      else resolve(value as T);
    };
    const timer = setTimeout(() => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    const test = async () => {
      try {
        const value = await check();
        if (value) finish(undefined, value);
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
      }
    };
    for (const event of events) subscriptions.push(event(() => void test()));
    void test();
  });
}

export interface SeedDiagnostic {
  rule: string;
  line: number;
  column: number;
  message: string;
  source: string | undefined;
}

/** The seed diagnostics of a file, 1-based, as the Problems panel shows them. */
export function seedDiagnostics(uri: vscode.Uri): SeedDiagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .map((d) => ({
      rule: typeof d.code === "object" ? String(d.code.value) : String(d.code ?? ""),
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      message: d.message,
      source: d.source,
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}

/** Waits until the file's seed diagnostics satisfy `accept`, and returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  accept: (diagnostics: SeedDiagnostic[]) => boolean,
  timeoutMs = 15_000,
): Promise<SeedDiagnostic[]> {
  return waitFor(
    `${what} in ${vscode.workspace.asRelativePath(uri)} (now: ${JSON.stringify(seedDiagnostics(uri))})`,
    () => {
      const now = seedDiagnostics(uri);
      return accept(now) ? now : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics],
    timeoutMs,
  );
}

/** A 1-based line's text. */
export function lineText(document: vscode.TextDocument, line: number): string {
  return document.lineAt(line - 1).text;
}

/** Replaces `[line:column, +length)` (1-based) in the editor, as one edit. */
export async function replaceAt(editor: vscode.TextEditor, line: number, column: number, length: number, text: string): Promise<void> {
  const start = new vscode.Position(line - 1, column - 1);
  const ok = await editor.edit((edit) => edit.replace(new vscode.Range(start, start.translate(0, length)), text));
  if (!ok) throw new Error(`could not edit ${editor.document.uri.toString()} at ${line}:${column}`);
}

/**
 * Reverts every modified document of the workspace folder and closes all editors. Documents
 * elsewhere (the user's settings.json, which the workbench may be writing at startup) are left
 * alone.
 */
export async function revertAndCloseAll(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || !folder || vscode.workspace.getWorkspaceFolder(document.uri) !== folder) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand("workbench.action.files.revert");
  }
  await vscode.commands.executeCommand("workbench.action.closeAllEditors");
}

/** Applies a completion item the way accepting it does: its main edit and its additional edits. */
export async function applyCompletion(document: vscode.TextDocument, position: vscode.Position, item: vscode.CompletionItem): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  const range =
    item.range === undefined
      ? (document.getWordRangeAtPosition(position) ?? new vscode.Range(position, position))
      : "replacing" in item.range
        ? item.range.replacing
        : item.range;
  const text =
    typeof item.insertText === "string" ? item.insertText : (item.insertText?.value ?? (typeof item.label === "string" ? item.label : item.label.label));
  edit.replace(document.uri, range, text);
  for (const extra of item.additionalTextEdits ?? []) edit.replace(document.uri, extra.range, extra.newText);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not apply the completion ${JSON.stringify(item.label)}`);
}

export const labelOf = (item: vscode.CompletionItem) => (typeof item.label === "string" ? item.label : item.label.label);

/** The hover's text at a 1-based position. */
export async function hoverText(uri: vscode.Uri, line: number, column: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", uri, new vscode.Position(line - 1, column - 1));
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === "string" ? c : c.value))
    .join("\n");
}
