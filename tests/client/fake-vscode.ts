// A small stand-in for the `vscode` module, enough to activate the extension in a unit test and
// to watch what it does: registered commands, language switches, messages, output lines.
import { EventEmitter } from "node:events";

export interface FakeDocument {
  uri: FakeUri;
  languageId: string;
  getText(): string;
  readonly lineCount: number;
  lineAt(line: number): { text: string };
}

export class FakeUri {
  constructor(
    readonly scheme: string,
    readonly fsPath: string,
  ) {}
  static file(path: string): FakeUri {
    return new FakeUri("file", path);
  }
  static parse(value: string): FakeUri {
    return value.startsWith("file://") ? FakeUri.file(value.slice("file://".length)) : new FakeUri(value.split(":")[0]!, value);
  }
  static joinPath(base: FakeUri, ...parts: string[]): FakeUri {
    return new FakeUri(base.scheme, [base.fsPath, ...parts].join("/"));
  }
  toString(): string {
    return this.scheme === "file" ? `file://${this.fsPath}` : this.fsPath;
  }
}

export function createFakeVscode(options: { workspaceFolder?: string; settings?: Record<string, unknown>; files?: string[] } = {}) {
  const events = new EventEmitter();
  const commands = new Map<string, (...args: unknown[]) => unknown>();
  const messages: Array<{ level: "info" | "warning" | "error"; text: string }> = [];
  const output: string[] = [];
  const languageSwitches: Array<{ path: string; languageId: string }> = [];
  const executed: string[] = [];
  const serializers: string[] = [];
  const documents: FakeDocument[] = [];
  const folder = options.workspaceFolder;
  const settings: Record<string, unknown> = { files: [], ...options.settings };
  const disposable = { dispose() {} };
  const on = (event: string) => (listener: (value: unknown) => void) => {
    events.on(event, listener);
    return { dispose: () => events.off(event, listener) };
  };
  const message = (level: "info" | "warning" | "error") => (text: string) => {
    messages.push({ level, text });
    return Promise.resolve(undefined);
  };
  const log = (line: string) => output.push(line);

  const vscode = {
    Uri: FakeUri,
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
    TextEditorRevealType: { Default: 0, InCenter: 1, InCenterIfOutsideViewport: 2, AtTop: 3 },
    commands: {
      registerCommand(id: string, run: (...args: unknown[]) => unknown) {
        if (commands.has(id)) throw new Error(`command ${id} already exists`);
        commands.set(id, run);
        return { dispose: () => commands.delete(id) };
      },
      executeCommand(id: string) {
        executed.push(id);
        return Promise.resolve(undefined);
      },
    },
    window: {
      activeTextEditor: undefined as { document: FakeDocument } | undefined,
      createOutputChannel: () => ({ info: log, warn: log, error: log, debug: log, trace: log, appendLine: log, append: log, show() {}, dispose() {} }),
      showInformationMessage: message("info"),
      showWarningMessage: message("warning"),
      showErrorMessage: message("error"),
      withProgress: (_options: unknown, task: () => unknown) => task(),
      onDidChangeActiveTextEditor: on("activeEditor"),
      onDidChangeTextEditorVisibleRanges: on("visibleRanges"),
      registerWebviewPanelSerializer: (viewType: string) => {
        serializers.push(viewType);
        return disposable;
      },
    },
    workspace: {
      get textDocuments() {
        return documents;
      },
      getConfiguration: () => ({ get: (key: string, fallback?: unknown) => (key in settings ? settings[key] : fallback), ...settings }),
      getWorkspaceFolder: (uri: FakeUri) => (folder && uri.fsPath.startsWith(`${folder}/`) ? { uri: FakeUri.file(folder), name: "w", index: 0 } : undefined),
      asRelativePath: (uri: FakeUri) => (folder && uri.fsPath.startsWith(`${folder}/`) ? uri.fsPath.slice(folder.length + 1) : uri.fsPath),
      createFileSystemWatcher: () => ({ ...disposable, onDidCreate: on("x"), onDidChange: on("x"), onDidDelete: on("x") }),
      /** Files of the workspace (options.files) whose name ends like the glob's last part. */
      findFiles: (glob: string) =>
        Promise.resolve((options.files ?? []).filter((path) => path.endsWith(glob.split("/").pop()!)).map((path) => FakeUri.file(path))),
      onDidOpenTextDocument: on("open"),
      onDidCloseTextDocument: on("close"),
      onDidChangeTextDocument: on("change"),
      onDidChangeConfiguration: on("configuration"),
      workspaceFolders: folder ? [{ uri: FakeUri.file(folder), name: "w", index: 0 }] : undefined,
    },
    languages: {
      setTextDocumentLanguage(document: FakeDocument, languageId: string) {
        languageSwitches.push({ path: document.uri.fsPath, languageId });
        // As VS Code does: the same document is closed and opened again in its new language.
        events.emit("close", document);
        document.languageId = languageId;
        events.emit("open", document);
        return Promise.resolve(document);
      },
    },
  };

  return {
    vscode,
    commands,
    messages,
    output,
    languageSwitches,
    executed,
    serializers,
    /** Opens a document the way VS Code does: added to textDocuments, then onDidOpenTextDocument. */
    open(path: string, languageId: string, text = ""): FakeDocument {
      let current = text;
      const document = {
        uri: FakeUri.file(path),
        languageId,
        getText: () => current,
        get lineCount() {
          return current.split("\n").length;
        },
        lineAt: (line: number) => ({ text: current.split("\n")[line] ?? "" }),
        setText(next: string) {
          current = next;
        },
      };
      documents.push(document);
      events.emit("open", document);
      return document;
    },
    /** Replaces a document's text and fires onDidChangeTextDocument, as typing does. */
    edit(document: FakeDocument, text: string) {
      (document as FakeDocument & { setText(next: string): void }).setText(text);
      events.emit("change", { document, contentChanges: [{ text }] });
    },
    /** Change Language Mode: VS Code closes and reopens the same document object in the new language. */
    changeLanguage(document: FakeDocument, languageId: string) {
      events.emit("close", document);
      document.languageId = languageId;
      events.emit("open", document);
    },
    changeSettings(changed: Record<string, unknown>) {
      Object.assign(settings, changed);
      events.emit("configuration", { affectsConfiguration: (section: string) => Object.keys(changed).some((key) => `seeds.${key}`.startsWith(section)) });
    },
  };
}

export type FakeVscode = ReturnType<typeof createFakeVscode>;
