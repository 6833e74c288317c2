// Applies the `seeds.files` setting: a Markdown or plain-text document whose path matches one of
// its globs is switched to the `seed` language when it opens (and when the setting changes).
// Other documents are never touched, so a Markdown file outside the globs stays Markdown and
// gets no seed diagnostics (the language server only sees `seed` documents).
import * as vscode from "vscode";
import { DEFAULT_SEED_GLOBS, seedGlobs, seedPathMatcher, shouldBecomeSeed, type SeedPathMatcher } from "./seed-files";

export const SEED_LANGUAGE_ID = "seed";

function matcherFromSettings(): SeedPathMatcher {
  const globs = seedGlobs(vscode.workspace.getConfiguration("seeds").get<unknown>("files", DEFAULT_SEED_GLOBS));
  return seedPathMatcher(globs, { caseInsensitive: process.platform === "win32" });
}

function filePaths(document: vscode.TextDocument): { absolutePath: string; relativePath?: string } | undefined {
  if (document.uri.scheme !== "file") return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  return {
    absolutePath: document.uri.fsPath,
    relativePath: folder ? vscode.workspace.asRelativePath(document.uri, false) : undefined,
  };
}

export function registerLanguageAssignment(context: vscode.ExtensionContext, log: (message: string) => void): void {
  let matcher = matcherFromSettings();

  const assign = async (document: vscode.TextDocument) => {
    const paths = filePaths(document);
    if (!paths || !shouldBecomeSeed(document.languageId, paths, matcher)) return;
    try {
      await vscode.languages.setTextDocumentLanguage(document, SEED_LANGUAGE_ID);
    } catch (error) {
      // The document may have closed in the meantime; nothing to repair.
      log(`Could not switch ${document.uri.toString()} to the seed language: ${String(error)}`);
    }
  };
  const assignAll = () => vscode.workspace.textDocuments.forEach((document) => void assign(document));

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => void assign(document)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration("seeds.files")) return;
      matcher = matcherFromSettings();
      assignAll();
    }),
  );
  assignAll();
}
