// The live preview webview ("Seeds: Open Preview to the Side"). The client calls
// registerPreview from activate; the command and its editor/title button are contributed in
// package.json.
import * as vscode from "vscode";
import { PREVIEW_VIEW_TYPE, SeedPreview } from "./panel";

export const OPEN_PREVIEW_COMMAND = "seeds.openPreviewToSide";

export function registerPreview(context: vscode.ExtensionContext): void {
  let preview: SeedPreview | undefined;
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_PREVIEW_COMMAND, async (uri?: unknown) => {
      // From the editor title button VS Code passes the file's URI; from the palette, nothing.
      const active = vscode.window.activeTextEditor;
      const document =
        uri instanceof vscode.Uri && uri.toString() !== active?.document.uri.toString() ? await vscode.workspace.openTextDocument(uri) : active?.document;
      if (!document) {
        void vscode.window.showInformationMessage("Open a seed in an editor to preview it.");
        return;
      }
      preview ??= new SeedPreview(context.extensionUri);
      preview.open(document, active?.viewColumn);
    }),
    // After a window reload VS Code hands back the panel with the state the webview saved.
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      async deserializeWebviewPanel(panel, state: unknown) {
        const saved = state && typeof state === "object" ? (state as { uri?: unknown }).uri : undefined;
        const document =
          typeof saved === "string" ? await Promise.resolve(vscode.workspace.openTextDocument(vscode.Uri.parse(saved))).catch(() => undefined) : undefined;
        if (!document) {
          panel.dispose();
          return;
        }
        preview ??= new SeedPreview(context.extensionUri);
        preview.restore(panel, document);
      },
    }),
    { dispose: () => preview?.dispose() },
  );
}
