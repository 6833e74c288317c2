// The VS Code extension: starts the language server and registers the seed commands.
import type * as vscode from "vscode";

export function activate(_context: vscode.ExtensionContext): void {}

export function deactivate(): void {}
