// Palette commands answered by the language server (workspace/executeCommand).
import * as vscode from "vscode";
import { parseSeed } from "../../../server/src/engine";
import { SEED_LANGUAGE_ID } from "../language-assignment";
import type { SeedLanguageServer } from "../language-server";
import {
  checkSummary,
  editRefusal,
  isWorkspaceEdit,
  overduePickItems,
  readCheckCounts,
  readOverdueReviews,
  SERVER_COMMANDS,
  type DiagnosticCounts,
} from "../server-protocol";

function activeSeed(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId === SEED_LANGUAGE_ID) return document;
  void vscode.window.showWarningMessage("Open a seed in the editor first.");
  return undefined;
}

/**
 * Runs a command on the active seed. The server normally applies its edit itself
 * (workspace/applyEdit) and answers {applied, reason}; if it answers with a WorkspaceEdit
 * instead, the client applies that.
 */
async function editActiveSeed(server: SeedLanguageServer, command: string): Promise<void> {
  const document = activeSeed();
  if (!document) return;
  const answer = await server.execute(command, [document.uri.toString()]);
  if (!answer.ok) return;
  const refusal = editRefusal(answer.result);
  if (refusal) void vscode.window.showInformationMessage(`Seeds: ${refusal}`);
  if (!isWorkspaceEdit(answer.result)) return;
  const edit = await answer.client.protocol2CodeConverter.asWorkspaceEdit(answer.result);
  if (!(await vscode.workspace.applyEdit(edit))) void vscode.window.showErrorMessage("Seeds: the edit could not be applied (the document changed meanwhile?).");
}

export const regenerateTable = (server: SeedLanguageServer) => editActiveSeed(server, SERVER_COMMANDS.regenerateTable);
export const markReviewed = (server: SeedLanguageServer) => editActiveSeed(server, SERVER_COMMANDS.markReviewed);

/** Counts the server's published diagnostics: the fallback when its answer carries no counts. */
function countDiagnostics(collection: vscode.DiagnosticCollection | undefined): DiagnosticCounts {
  const counts = { files: 0, errors: 0, warnings: 0, infos: 0 };
  collection?.forEach((_uri, diagnostics) => {
    counts.files++;
    for (const diagnostic of diagnostics) {
      if (diagnostic.severity === vscode.DiagnosticSeverity.Error) counts.errors++;
      else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) counts.warnings++;
      else counts.infos++;
    }
  });
  return counts;
}

/**
 * Focuses the Problems view, opening the panel if needed. Not "workbench.actions.view.problems":
 * that is the Problems panel's toggle, so a second Check Workspace used to close the panel.
 */
export const SHOW_PROBLEMS_COMMAND = "workbench.panel.markers.view.focus";

/**
 * Checks every seed; the server keeps their diagnostics in the Problems panel (whatever the
 * scope setting) until the next check or a settings change. Ends with a notification of the counts.
 */
export async function checkWorkspace(server: SeedLanguageServer): Promise<void> {
  const answer = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "Seeds: checking every seed in the workspace…" },
    () => server.execute(SERVER_COMMANDS.checkWorkspace),
  );
  if (!answer.ok) return;
  await vscode.commands.executeCommand(SHOW_PROBLEMS_COMMAND);
  const counts = readCheckCounts(answer.result) ?? countDiagnostics(server.diagnostics);
  const message = checkSummary(counts);
  if (counts.errors > 0) void vscode.window.showErrorMessage(message);
  else if (counts.warnings > 0) void vscode.window.showWarningMessage(message);
  else void vscode.window.showInformationMessage(message);
}

/** Where the cursor goes in an overdue seed: the next_review_due value, else the top. */
function reviewDateSelection(document: vscode.TextDocument): vscode.Selection {
  const seed = parseSeed(document.getText());
  const span = seed.nodes?.valueSpan(["next_review_due"]);
  if (!span) return new vscode.Selection(0, 0, 0, 0);
  return new vscode.Selection(document.positionAt(span.start), document.positionAt(span.end));
}

export async function showOverdue(server: SeedLanguageServer): Promise<void> {
  const answer = await server.execute(SERVER_COMMANDS.overdueReviews);
  if (!answer.ok) return;
  const items = overduePickItems(readOverdueReviews(answer.result));
  if (items.length === 0) {
    void vscode.window.showInformationMessage("No seed is overdue for review.");
    return;
  }
  const chosen = await vscode.window.showQuickPick(items, {
    title: `${items.length} seed${items.length === 1 ? " is" : "s are"} overdue for review`,
    placeHolder: "Open a seed at its next_review_due",
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!chosen) return;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(chosen.review.uri));
  const editor = await vscode.window.showTextDocument(document);
  editor.selection = reviewDateSelection(document);
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
