/**
 * The eight end-to-end scenarios through the VS Code API, run inside the extension host by
 * electron/suite.ts: the same expectations (../expectations.ts) as the code-server tier, which
 * drives the same features through the UI. Each scenario starts with every editor reverted and
 * closed.
 */
import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import { CELL_EDIT, COMPLETION, DIAGNOSTIC_SOURCE, HOVER, MARKDOWN, NEW_SEED, OUTLINE, PREVIEW, REFERENCE } from "../expectations";
import {
  applyCompletion,
  hoverText,
  labelOf,
  lineText,
  openEditor,
  openSeedEditor,
  replaceAt,
  seedDiagnostics,
  waitFor,
  waitForDiagnostics,
  workspaceUri,
} from "./api";

export interface Scenario {
  name: string;
  run(timings: Record<string, number>): Promise<void>;
}

const findingsOf = (diagnostics: { rule: string; line: number; column: number }[]) => diagnostics.map(({ rule, line, column }) => ({ rule, line, column }));

async function referenceFindings(): Promise<void> {
  const editor = await openSeedEditor(REFERENCE.file);
  assert.equal(editor.document.languageId, "seed");
  const found = await waitForDiagnostics(editor.document.uri, "the reference findings", (d) => d.length === REFERENCE.findings.length);
  assert.deepEqual(findingsOf(found), REFERENCE.findings);
  for (const d of found) assert.equal(d.source, DIAGNOSTIC_SOURCE);
}

async function cellFixBothWays(timings: Record<string, number>): Promise<void> {
  const editor = await openSeedEditor(CELL_EDIT.file);
  const { uri } = editor.document;
  const typedAt = Date.now();
  await replaceAt(editor, CELL_EDIT.at.line, CELL_EDIT.at.column, CELL_EDIT.original.length, CELL_EDIT.typed);
  const [finding] = await waitForDiagnostics(uri, "the cell finding", (d) => d.some((x) => x.message === CELL_EDIT.finding.message), CELL_EDIT.maxLatencyMs);
  timings.cellDiagnosticLatency = Date.now() - typedAt;
  assert.deepEqual(seedDiagnostics(uri), [{ ...CELL_EDIT.finding, source: DIAGNOSTIC_SOURCE }]);
  assert.ok(finding);

  const at = new vscode.Position(CELL_EDIT.finding.line - 1, CELL_EDIT.finding.column - 1);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, new vscode.Range(at, at));
  const titles = actions.map((a) => a.title);
  assert.ok(titles.includes(CELL_EDIT.fixFromFrontmatter), `offered: ${JSON.stringify(titles)}`);
  assert.ok(titles.includes(CELL_EDIT.fixToFrontmatter), `offered: ${JSON.stringify(titles)}`);

  const fix = actions.find((a) => a.title === CELL_EDIT.fixFromFrontmatter)!;
  if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit));
  if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
  await waitForDiagnostics(uri, "no findings after the fix", (d) => d.length === 0);
  assert.equal(lineText(editor.document, CELL_EDIT.at.line), CELL_EDIT.restoredRow);
}

async function completion(): Promise<void> {
  const { currency, region } = COMPLETION;
  const editor = await openSeedEditor(COMPLETION.file);
  const { document } = editor;
  await replaceAt(editor, currency.at.line, currency.at.column, currency.code.length, "");
  const at = new vscode.Position(currency.at.line - 1, currency.at.column - 1);
  const currencies = await vscode.commands.executeCommand<vscode.CompletionList>("vscode.executeCompletionItemProvider", document.uri, at);
  const gbp = currencies.items.find((item) => labelOf(item) === currency.code);
  assert.ok(gbp, `no ${currency.code} among ${currencies.items.length} items`);
  assert.equal(gbp.detail, currency.detail);
  await applyCompletion(document, at, gbp);
  assert.equal(lineText(document, currency.at.line), currency.lineText);

  const ok = await editor.edit((edit) => edit.insert(new vscode.Position(region.beforeLine - 1, 0), `${region.typed}\n`));
  assert.ok(ok);
  const end = new vscode.Position(region.beforeLine - 1, region.typed.length);
  const regions = await vscode.commands.executeCommand<vscode.CompletionList>("vscode.executeCompletionItemProvider", document.uri, end);
  const labels = regions.items.map(labelOf);
  for (const name of region.offered) assert.ok(labels.includes(name), `${name} not offered: ${JSON.stringify(labels)}`);
  for (const name of region.notOffered) assert.ok(!labels.includes(name), `${name} offered although the seed has it`);
  const chosen = regions.items.find((item) => labelOf(item) === region.choose)!;
  assert.equal(chosen.detail, region.chosenDetail);
  await applyCompletion(document, end, chosen);
  assert.deepEqual([lineText(document, region.beforeLine), lineText(document, region.beforeLine + 1)], region.resultLines);
  assert.equal(lineText(document, region.beforeLine + 2), "level_mapping:");
}

async function hover(): Promise<void> {
  const editor = await openSeedEditor(HOVER.file);
  const text = await hoverText(editor.document.uri, HOVER.at.line, HOVER.at.column);
  for (const part of HOVER.contains) assert.ok(text.includes(part), `hover: ${text}`);
}

function previewTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(PREVIEW.viewType));
}

async function preview(timings: Record<string, number>): Promise<void> {
  const editor = await openSeedEditor(PREVIEW.file);
  const openedAt = Date.now();
  await vscode.commands.executeCommand(PREVIEW.commandId);
  const events = [vscode.window.tabGroups.onDidChangeTabs];
  await waitFor("the preview tab", () => previewTab()?.label === PREVIEW.title, events);
  timings.previewFirstRender = Date.now() - openedAt;
  // The preview follows edits: its title names the role, re-rendered as the author types.
  const { line, column, inserted } = PREVIEW.roleDisplayEdit;
  const editedAt = Date.now();
  await replaceAt(editor, line, column, 0, inserted);
  await waitFor(`the preview titled "${PREVIEW.editedTitle}"`, () => previewTab()?.label === PREVIEW.editedTitle, events, 10_000);
  timings.previewUpdateLatency = Date.now() - editedAt;
}

/**
 * New Seed asks through an input box and a quick pick, which the API cannot type into: the
 * suite answers them by wrapping `vscode.window` for the duration of the command. This works
 * because the suite file lies inside the extension's folder, so both share one `vscode` API
 * object (the extension host hands each extension its own).
 */
async function newSeed(): Promise<void> {
  const window = vscode.window as { -readonly [K in keyof typeof vscode.window]: (typeof vscode.window)[K] };
  const { showInputBox, createQuickPick } = window;
  const asked: string[] = [];
  window.showInputBox = async (options) => {
    const answer = options?.title === "New Seed: company" ? NEW_SEED.company : options?.title === "New Seed: role" ? NEW_SEED.role : undefined;
    asked.push(options?.title ?? "?");
    if (answer !== undefined) assert.equal(await options?.validateInput?.(answer), undefined);
    return answer;
  };
  window.createQuickPick = <T extends vscode.QuickPickItem>() => {
    const pick = createQuickPick.call(vscode.window) as vscode.QuickPick<T>;
    const show = pick.show.bind(pick);
    pick.show = () => {
      show();
      asked.push(pick.title ?? "?");
      pick.selectedItems = pick.items.filter((item) => item.label === NEW_SEED.region);
      void vscode.commands.executeCommand("workbench.action.acceptSelectedQuickOpenItem");
    };
    return pick;
  };
  try {
    await vscode.commands.executeCommand(NEW_SEED.commandId);
  } finally {
    window.showInputBox = showInputBox;
    window.createQuickPick = createQuickPick;
  }
  assert.deepEqual(asked, ["New Seed: company", "New Seed: role", "New Seed: regions"]);
  const uri = workspaceUri(NEW_SEED.file);
  const editor = await waitFor(
    `an editor on ${NEW_SEED.file}`,
    () => (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? vscode.window.activeTextEditor : undefined),
    [vscode.window.onDidChangeActiveTextEditor],
  );
  assert.equal(editor.document.languageId, "seed");
  const { line, startColumn, endColumn } = NEW_SEED.selection;
  assert.deepEqual([editor.selection.start.line + 1, editor.selection.start.character + 1, editor.selection.end.character + 1], [line, startColumn, endColumn]);
  // The placeholders are the findings; a finding typed over the selection appears, and undoing
  // it brings back exactly the placeholders.
  const placeholders = await waitForDiagnostics(uri, "the placeholder findings", (d) => d.length === NEW_SEED.findings.length);
  assert.deepEqual(findingsOf(placeholders), NEW_SEED.findings);
  await replaceAt(editor, line, startColumn, endColumn - startColumn, NEW_SEED.breakWith);
  const broken = await waitForDiagnostics(uri, "the typed finding", (d) => d.some((x) => x.rule === "invalid-value"));
  assert.deepEqual(findingsOf(broken), NEW_SEED.breakFindings);
  await vscode.commands.executeCommand("undo");
  await waitForDiagnostics(uri, "the placeholders after undo", (d) => d.length === NEW_SEED.findings.length && !d.some((x) => x.rule === "invalid-value"));
  assert.equal(editor.document.isDirty, false);
}

async function outline(): Promise<void> {
  const editor = await openSeedEditor(OUTLINE.file);
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>("vscode.executeDocumentSymbolProvider", editor.document.uri);
  const all = (list: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] => list.flatMap((s) => [s, ...all(s.children ?? [])]);
  const compensation = all(symbols).find((s) => s.name === "compensation");
  assert.ok(compensation, `no compensation symbol in ${JSON.stringify(all(symbols).map((s) => s.name))}`);
  assert.deepEqual(
    compensation.children.map((s) => s.name),
    OUTLINE.regions,
  );
}

async function markdownLeftAlone(): Promise<void> {
  const notes = await openEditor(MARKDOWN.file);
  assert.equal(notes.document.languageId, MARKDOWN.languageId);
  // The server is up and checking: a seed opened after the notes gets its findings...
  const seed = await openSeedEditor(REFERENCE.file);
  await waitForDiagnostics(seed.document.uri, "the reference findings", (d) => d.length === REFERENCE.findings.length);
  // ...while the notes, which would have findings as a seed, have none from the seed checker.
  assert.deepEqual(
    seedDiagnostics(notes.document.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE),
    [],
  );
}

export const SCENARIOS: Scenario[] = [
  { name: "1. the reference seed has its findings on the right lines", run: referenceFindings },
  { name: "2. a wrong figure in a table cell: diagnostic within 2 s, fixes both ways", run: cellFixBothWays },
  { name: "3. completion: currencies with their names, regions that fill in their currency", run: completion },
  { name: "4. hover on a key shows its documentation", run: hover },
  { name: "5. the preview opens and follows edits", run: preview },
  { name: "6. New Seed writes a seed with no findings", run: newSeed },
  { name: "7. the outline lists the regions", run: outline },
  { name: "8. a Markdown file that is not a seed gets no seed diagnostics", run: markdownLeftAlone },
];
