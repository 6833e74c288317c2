// Switches seeds to the `seed` language: a Markdown or plain-text document that is a seed (by the
// engine's definition, or by the `seeds.files` globs) becomes `seed` when it opens, when it is
// edited into a seed, and when the setting changes. A window reload or a reopened file opens as
// Markdown again and is switched again, so a seed stays a seed. Other documents are never touched:
// a README stays Markdown and gets no seed diagnostics (the language server only sees `seed`).
import * as vscode from "vscode";
import { markStartup } from "../../server/src/lsp/startup-marks";
import {
  DEFAULT_SEED_GLOBS,
  REASSIGNABLE_LANGUAGES,
  seedGlobs,
  seedPathMatcher,
  shouldBecomeSeed,
  type SeedCandidate,
  type SeedPathMatcher,
} from "./seed-files";

export const SEED_LANGUAGE_ID = "seed";

function matcherFromSettings(): SeedPathMatcher {
  const globs = seedGlobs(vscode.workspace.getConfiguration("seeds").get<unknown>("files", DEFAULT_SEED_GLOBS));
  return seedPathMatcher(globs, { caseInsensitive: process.platform === "win32" });
}

function candidate(document: vscode.TextDocument): SeedCandidate {
  const { uri } = document;
  const onDisk = uri.scheme === "file";
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return {
    languageId: document.languageId,
    absolutePath: onDisk ? uri.fsPath : uri.path,
    relativePath: folder ? vscode.workspace.asRelativePath(uri, false) : undefined,
    text: () => document.getText(),
    hasPath: uri.scheme !== "untitled",
  };
}

export function registerLanguageAssignment(context: vscode.ExtensionContext, log: (message: string) => void): void {
  let matcher = matcherFromSettings();
  /**
   * Documents seen as `seed`. VS Code reports a language change as a close and an open of the
   * same document object: one that was a seed and comes back as Markdown was switched by the
   * author (Change Language Mode) and is left as they chose. A reopened file is a new object.
   */
  const wereSeeds = new WeakSet<vscode.TextDocument>();

  const assign = async (document: vscode.TextDocument) => {
    if (document.languageId === SEED_LANGUAGE_ID) {
      wereSeeds.add(document);
      return;
    }
    if (wereSeeds.has(document) || !shouldBecomeSeed(candidate(document), matcher)) return;
    try {
      markStartup("language-switch");
      wereSeeds.add(await vscode.languages.setTextDocumentLanguage(document, SEED_LANGUAGE_ID));
      markStartup("language-switched");
    } catch (error) {
      // The document may have closed in the meantime; nothing to repair.
      log(`Could not switch ${document.uri.toString()} to the seed language: ${String(error)}`);
    }
  };
  const assignAll = () => vscode.workspace.textDocuments.forEach((document) => void assign(document));

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => {
      markStartup(`document-opened-${document.languageId}`);
      void assign(document);
    }),
    // A Markdown file typed into a seed becomes one. Most edits are to files with no frontmatter,
    // which the first line rules out without reading the text.
    vscode.workspace.onDidChangeTextDocument(({ document }) => {
      if (!REASSIGNABLE_LANGUAGES.has(document.languageId) || document.lineCount === 0 || !document.lineAt(0).text.includes("---")) return;
      void assign(document);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration("seeds.files")) return;
      matcher = matcherFromSettings();
      assignAll();
    }),
  );
  assignAll();
}
