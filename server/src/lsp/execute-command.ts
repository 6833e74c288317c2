// workspace/executeCommand: the server-side half of the editor's seed commands.
import type { TextEdit } from "vscode-languageserver";
import { daysBetween, isRealDate, newSeedText, parseSeed, slugify, type Finding, type Seed } from "../engine";
import { markReviewedEdits, regenerateTableEdit, workspaceEdit } from "./features/code-actions";
import { readRegularText } from "../files/read-regular";
import { keyOf } from "./state/folders";
import type { SeedServer } from "./state/seed-server";
import type { WorkspaceIndexer } from "./indexing/workspace-indexer";
import { COMMANDS, type OverdueReview } from "./protocol";

export { COMMANDS } from "./protocol";

interface EditResult {
  applied: boolean;
  /** Why nothing was applied. */
  reason?: string;
}

interface WorkspaceCounts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** A URI argument as clients send it: a string, or an object with a `uri` (or `external`) string. */
function uriArgument(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const field of ["uri", "external"]) if (typeof record[field] === "string") return record[field] as string;
  }
  return undefined;
}

async function seedOf(server: SeedServer, uri: string): Promise<{ seed: Seed; version: number | null } | undefined> {
  const document = server.documents.get(uri);
  if (document) {
    const analysis = server.analyze(document);
    return analysis && { seed: analysis.seed, version: document.version };
  }
  if (!uri.startsWith("file:")) return undefined;
  const text = await readRegularText(keyOf(uri));
  return text === undefined ? undefined : { seed: parseSeed(text), version: null };
}

async function applySeedEdit(server: SeedServer, args: unknown[], label: string, build: (seed: Seed) => TextEdit[] | undefined): Promise<EditResult> {
  const uri = uriArgument(args[0]);
  if (!uri) return { applied: false, reason: "No seed URI was given." };
  const found = await seedOf(server, uri);
  if (!found) return { applied: false, reason: "The document is not a seed." };
  const edits = build(found.seed);
  if (!edits?.length) return { applied: false, reason: "Nothing to change." };
  const documentChanges = server.capabilities.workspace?.workspaceEdit?.documentChanges === true;
  const result = await server.connection.workspace.applyEdit({ label, edit: workspaceEdit({ uri, version: found.version, documentChanges }, edits) });
  return result.applied ? { applied: true } : { applied: false, reason: result.failureReason ?? "The editor did not apply the edit." };
}

function count(findings: readonly Finding[], totals: WorkspaceCounts): void {
  for (const finding of findings) {
    if (finding.severity === "error") totals.errors++;
    else if (finding.severity === "warning") totals.warnings++;
    else totals.infos++;
  }
}

/** Checks every seed and keeps the findings on display (see SeedServer.workspaceCheckShown). */
async function checkWorkspace(server: SeedServer, indexer: WorkspaceIndexer): Promise<WorkspaceCounts> {
  server.workspaceCheckShown = true;
  // indexAll republishes: every seed's diagnostics, also in scope "openFiles".
  await indexer.indexAll({ check: true });
  const seeds = [...server.index.values()];
  const cross = server.index.crossFindings(seeds, server.configOfFolder);
  const totals: WorkspaceCounts = { files: seeds.length, errors: 0, warnings: 0, infos: 0 };
  for (const seed of seeds) {
    const document = server.openDocument(seed.key);
    count(document ? (server.analyze(document)?.findings() ?? []) : (seed.findings ?? []), totals);
    count(cross.get(seed.key) ?? [], totals);
  }
  return totals;
}

function overdueReviews(server: SeedServer): OverdueReview[] {
  const today = server.today();
  const overdue: OverdueReview[] = [];
  for (const { uri, summary } of server.index.values()) {
    const due = summary.nextReviewDue;
    if (!due || !isRealDate(due) || due >= today) continue;
    const { file, company, role } = summary;
    overdue.push({ uri, file, company: company?.value, role: role?.value, nextReviewDue: due, daysOverdue: daysBetween(due, today) });
  }
  return overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || a.file.localeCompare(b.file));
}

function newSeed(server: SeedServer, args: unknown[]): { text: string; fileName: string } | { error: string } {
  const input = (args[0] ?? {}) as Record<string, unknown>;
  const company = typeof input.company === "string" ? input.company.trim() : "";
  const role = typeof input.role === "string" ? input.role.trim() : "";
  if (!company || !role) return { error: "A new seed needs a company and a role." };
  const regions = Array.isArray(input.regions) ? input.regions.filter((region): region is string => typeof region === "string" && region.trim() !== "") : [];
  const folderUri = uriArgument(input.folder) ?? server.folders.list[0]?.uri;
  const config = folderUri ? server.configFor(folderUri) : server.configOfFolder(undefined);
  const names = { company: slugify(company), companyDisplay: company, role: slugify(role), roleDisplay: role };
  const text = newSeedText({ ...names, regions, today: server.today(), config });
  return { text, fileName: `${slugify(company)}-${slugify(role)}.md` };
}

export async function executeCommand(server: SeedServer, indexer: WorkspaceIndexer, command: string, args: unknown[]): Promise<unknown> {
  const env = () => ({ today: server.today(), config: server.configFor(uriArgument(args[0]) ?? "") });
  switch (command) {
    case COMMANDS.regenerateTable:
      return applySeedEdit(server, args, "Regenerate table from frontmatter", (seed) => {
        const edit = regenerateTableEdit(seed);
        return edit && [edit];
      });
    case COMMANDS.markReviewed:
      return applySeedEdit(server, args, "Mark reviewed today", (seed) => markReviewedEdits(seed, env())?.edits);
    case COMMANDS.checkWorkspace:
      return checkWorkspace(server, indexer);
    case COMMANDS.overdueReviews:
      return overdueReviews(server);
    case COMMANDS.newSeed:
      return newSeed(server, args);
    default:
      return undefined;
  }
}
