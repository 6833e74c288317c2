// The live preview webview ("Seeds: Open Preview to the Side").
import type * as vscode from "vscode";

export function registerPreview(_context: vscode.ExtensionContext): void {}
