// @ts-nocheck
// Reads seeds.config.json from a document's workspace folder through vscode.workspace.fs
// (so remote and virtual workspaces work), cached per folder until the file changes.
import * as vscode from "vscode";
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, type ResolvedConfig } from "../../../server/src/engine";
import { configFromFile, withRuleSettings } from "./preview-config";

export class ConfigSource implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<ResolvedConfig>>();
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
  private readonly changed = new vscode.EventEmitter<void>();
  /** The config file or the `seeds.rules` setting changed: re-check. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    const invalidate = () => {
      this.cache.clear();
      this.changed.fire();
    };
    this.subscriptions = [
      this.watcher,
      this.changed,
      this.watcher.onDidChange(invalidate),
      this.watcher.onDidCreate(invalidate),
      this.watcher.onDidDelete(invalidate),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration("seeds.rules")) this.changed.fire();
      }),
    ];
  }

  async configFor(uri: vscode.Uri): Promise<ResolvedConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const fromFile = folder ? await this.folderConfig(folder.uri) : DEFAULT_CONFIG;
    return withRuleSettings(fromFile, vscode.workspace.getConfiguration("seeds", uri).get<unknown>("rules"));
  }

  private folderConfig(folder: vscode.Uri): Promise<ResolvedConfig> {
    const key = folder.toString();
    let config = this.cache.get(key);
    if (!config) {
      config = Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, CONFIG_FILE_NAME))).then(
        (bytes) => configFromFile(new TextDecoder("utf-8").decode(bytes)),
        () => configFromFile(undefined),
      );
      this.cache.set(key, config);
    }
    return config;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
