// "Seeds: New Seed": asks for the company, the role, the regions and (with several workspace
// folders) the folder, then writes `<company>-<role>.md` (or `.txt`) where that folder's seeds
// already are (`seeds/` when it has none) and opens it with the first amount selected. The engine
// writes the text (no server needed).
import * as vscode from "vscode";
import { CONFIG_FILE_NAME, isSeedFile, localToday, parseConfigText, resolveConfig, type ResolvedConfig } from "../../../server/src/engine";
import { SEED_LANGUAGE_ID } from "../language-assignment";
import { DEFAULT_CONVENTION, displayNameProblem, planNewSeed, regionChoices, seedConvention, type RegionChoice, type SeedConvention } from "../new-seed-plan";

/** Candidates read to find the folder's convention: enough to see it, few enough to stay quick. */
const MAX_CANDIDATES = 2000;
const ENOUGH_SEEDS = 50;
const READ_BATCH = 32;

type RegionItem = vscode.QuickPickItem & RegionChoice;

async function askName(what: "company" | "role", example: string): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: `New Seed: ${what}`,
    prompt: `The ${what} name as it should be printed`,
    placeHolder: example,
    ignoreFocusOut: true,
    validateInput: (value) => displayNameProblem(value, what),
  });
}

/** A multi-select of the known regions; typing a name that is not listed offers it as a new region. */
function askRegions(config: ResolvedConfig): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<RegionItem>();
    pick.title = "New Seed: regions";
    pick.placeholder = "Choose the regions, or type a region that is not listed";
    pick.canSelectMany = true;
    pick.ignoreFocusOut = true;
    pick.matchOnDescription = true;
    let custom: string[] = [];
    let settled = false;
    const refresh = () => {
      const selected = new Set(pick.selectedItems.map((item) => item.label));
      const items = regionChoices(config, pick.value, custom).map((choice) => ({ ...choice, alwaysShow: choice.custom }));
      pick.items = items;
      pick.selectedItems = items.filter((item) => selected.has(item.label));
    };
    pick.onDidChangeValue(() => refresh());
    pick.onDidChangeSelection((items) => {
      custom = items.filter((item) => item.custom).map((item) => item.label);
    });
    pick.onDidAccept(() => {
      settled = true;
      // Enter with nothing ticked takes the highlighted region, as a single-select pick would.
      const chosen = (pick.selectedItems.length ? pick.selectedItems : pick.activeItems).map((item) => item.label);
      pick.hide();
      resolve(chosen);
    });
    pick.onDidHide(() => {
      pick.dispose();
      if (!settled) resolve(undefined);
    });
    refresh();
    pick.show();
  });
}

async function askFolder(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0]!.uri;
  if (folders.length > 1) return (await vscode.window.showWorkspaceFolderPick({ placeHolder: "New Seed: the seed goes in this folder's seeds/ folder" }))?.uri;
  const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: "Create the seed here" });
  return chosen?.[0];
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** seeds.config.json of the folder (errors ignored: the checker reports them), with the review interval setting as fallback. */
async function configFor(folder: vscode.Uri): Promise<ResolvedConfig> {
  const interval = vscode.workspace.getConfiguration("seeds", folder).get<number>("reviewIntervalDays");
  const fallback = resolveConfig(typeof interval === "number" && interval > 0 ? { reviewIntervalDays: Math.floor(interval) } : {});
  try {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, CONFIG_FILE_NAME)));
    const { config, errors } = parseConfigText(text);
    if (errors.length) return fallback;
    const setsInterval = /"reviewIntervalDays"\s*:/.test(text);
    return setsInterval ? config : { ...config, reviewIntervalDays: fallback.reviewIntervalDays };
  } catch {
    return fallback;
  }
}

/** Where the workspace folder's seeds are (the engine's isSeedFile decides which files are seeds). */
async function conventionOf(folder: vscode.Uri): Promise<SeedConvention> {
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, "**/*.{md,txt}"), "**/{node_modules,.git}/**", MAX_CANDIDATES);
  const files = found.filter((file) => file.path.startsWith(`${folder.path}/`)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const seeds: string[] = [];
  const decoder = new TextDecoder();
  for (let start = 0; start < files.length && seeds.length < ENOUGH_SEEDS; start += READ_BATCH) {
    const batch = files.slice(start, start + READ_BATCH);
    const texts = await Promise.all(
      batch.map((file) =>
        vscode.workspace.fs.readFile(file).then(
          (bytes) => decoder.decode(bytes),
          () => "",
        ),
      ),
    );
    batch.forEach((file, i) => {
      if (isSeedFile(file.path, texts[i]!)) seeds.push(file.path.slice(folder.path.length + 1));
    });
  }
  return seedConvention(seeds);
}

/** Selects the first `base_low: 0` so the author can type the first figure at once. */
function firstAmountSelection(document: vscode.TextDocument): vscode.Selection {
  const match = /^ {4}base_low: 0$/m.exec(document.getText());
  if (!match) return new vscode.Selection(0, 0, 0, 0);
  const start = document.positionAt(match.index + match[0].length - 1);
  return new vscode.Selection(start, start.translate(0, 1));
}

export async function newSeed(): Promise<void> {
  const companyDisplay = await askName("company", "Weights & Biases");
  if (companyDisplay === undefined) return;
  const roleDisplay = await askName("role", "ML/AI Engineer");
  if (roleDisplay === undefined) return;
  const folder = await askFolder();
  if (!folder) return;
  const config = await configFor(folder);
  const regions = await askRegions(config);
  if (regions === undefined) return;

  // A folder chosen outside the workspace is where the author wants the seed, as it is.
  const inWorkspace = vscode.workspace.getWorkspaceFolder(folder) !== undefined;
  const convention = inWorkspace ? await conventionOf(folder) : { ...DEFAULT_CONVENTION, directory: "" };
  const plan = planNewSeed({ companyDisplay, roleDisplay, regions }, localToday(), config, "\n", convention.extension);
  const directory = convention.directory ? vscode.Uri.joinPath(folder, ...convention.directory.split("/")) : folder;
  const target = vscode.Uri.joinPath(directory, plan.fileName);
  if (await exists(target)) {
    const choice = await vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(target)} already exists.`, "Open It");
    if (choice) await vscode.window.showTextDocument(target);
    return;
  }
  await vscode.workspace.fs.createDirectory(directory);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(plan.text));
  let document = await vscode.workspace.openTextDocument(target);
  // A folder outside every seed glob still gets a seed: the author asked for one.
  if (document.languageId !== SEED_LANGUAGE_ID) document = await vscode.languages.setTextDocumentLanguage(document, SEED_LANGUAGE_ID);
  const editor = await vscode.window.showTextDocument(document);
  editor.selection = firstAmountSelection(document);
  editor.revealRange(editor.selection);
}
