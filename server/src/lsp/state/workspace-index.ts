// What the server remembers of every seed in the workspace: its SeedSummary (a few located
// fields, not its text) and, when it was checked, its findings without fixes. Cross-file rules
// (duplicate-seed, company-display-conflict) compare seeds of one company within one folder, so
// seeds are grouped by folder and company: an edit re-runs the rules on its group only.
import { checkWorkspace, type Finding, type ResolvedConfig, type SeedSummary } from "../../engine";
import type { Related } from "../features/to-lsp";
import type { Folder } from "./folders";

export interface IndexedSeed {
  /** File path (folders.keyOf). */
  key: string;
  uri: string;
  folder: Folder | undefined;
  summary: SeedSummary;
  /** Set when the seed was checked (diagnostics scope "workspace", or the check command). */
  findings?: Finding[];
}

type ConfigOf = (folder: Folder | undefined) => ResolvedConfig;

/** A cross-file finding, with where its other side is (shown as related information). */
export type CrossFinding = Finding & { related?: Related[] };

/** Points a cross-file finding at the seeds it conflicts with (same company and role, or another display name). */
function withRelated(finding: Finding, seed: IndexedSeed, group: readonly IndexedSeed[]): CrossFinding {
  const { summary } = seed;
  const others = group.filter((other) => other.key !== seed.key && other.folder === seed.folder);
  let related: Related[] = [];
  if (finding.rule === "duplicate-seed") {
    related = others
      .filter((other) => other.summary.role && other.summary.role.value === summary.role?.value)
      .map((other) => ({ uri: other.uri, range: other.summary.role!.range, message: `The same company and role in ${other.summary.file}` }));
  } else if (finding.rule === "company-display-conflict") {
    related = others
      .filter((other) => other.summary.companyDisplay && other.summary.companyDisplay.value !== summary.companyDisplay?.value)
      .map((other) => {
        const display = other.summary.companyDisplay!;
        return { uri: other.uri, range: display.range, message: `Displayed as "${display.value}" in ${other.summary.file}` };
      });
  }
  return related.length ? { ...finding, related } : finding;
}

const groupOf = (seed: IndexedSeed): string | undefined =>
  seed.folder && seed.summary.company ? `${seed.folder.path}\u0000${seed.summary.company.value}` : undefined;

/** The summary fields the cross-file rules read, as text: equal keys mean equal cross-file results. */
function crossFileInput(summary: SeedSummary | undefined): string {
  if (!summary) return "";
  return JSON.stringify([summary.company?.value, summary.role?.value, summary.companyDisplay?.value, summary.disabled]);
}

function count(counts: Map<string, number>, names: readonly string[], delta: number): void {
  for (const name of names) {
    const next = (counts.get(name) ?? 0) + delta;
    if (next > 0) counts.set(name, next);
    else counts.delete(name);
  }
}

const byUse = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);

export class WorkspaceIndex {
  private readonly seeds = new Map<string, IndexedSeed>();
  private readonly groups = new Map<string, Set<string>>();
  private readonly regions = new Map<string, number>();
  private readonly sources = new Map<string, number>();
  private rankings: { regions: string[]; sources: string[] } | undefined;
  /** The open document (its URI) of each seed the editor has open, by key: its buffer is the truth. */
  private readonly open = new Map<string, string>();
  /**
   * Counts the changes that can alter the cross-file findings or the set of unopened seeds: every
   * change but keystrokes that leave cross-file values alone. Whole-index caches are kept for one
   * revision (memo.ts).
   */
  revision = 0;

  get(key: string): IndexedSeed | undefined {
    return this.seeds.get(key);
  }

  values(): IterableIterator<IndexedSeed> {
    return this.seeds.values();
  }

  /**
   * Adds or replaces a seed. Returns the groups whose cross-file findings may have changed.
   * `fromEditor`: an open document's buffer, which whole-index caches (of unopened seeds) ignore
   * unless its cross-file values change.
   */
  set(seed: IndexedSeed, fromEditor = false): string[] {
    const old = this.seeds.get(seed.key);
    if (old) this.unlink(old);
    this.seeds.set(seed.key, seed);
    const group = groupOf(seed);
    if (group) {
      const members = this.groups.get(group) ?? new Set<string>();
      members.add(seed.key);
      this.groups.set(group, members);
    }
    count(this.regions, seed.summary.regions, 1);
    count(this.sources, seed.summary.dataSources, 1);
    this.rankings = undefined;
    const unchanged = old !== undefined && crossFileInput(old.summary) === crossFileInput(seed.summary) && old.folder === seed.folder;
    if (!(unchanged && fromEditor)) this.revision++;
    if (unchanged) return [];
    return [...new Set([old && groupOf(old), group].filter((g): g is string => g !== undefined))];
  }

  delete(key: string): string[] {
    const old = this.seeds.get(key);
    if (!old) return [];
    this.unlink(old);
    this.seeds.delete(key);
    this.revision++;
    const group = groupOf(old);
    return group ? [group] : [];
  }

  /** Records that the editor opened (`uri`) or closed (undefined) the document of a key. */
  setOpen(key: string, uri: string | undefined): void {
    if (this.open.get(key) === uri) return;
    if (uri === undefined) this.open.delete(key);
    else this.open.set(key, uri);
    this.revision++;
  }

  /** The URI of the open document of a key, if the editor has it open. */
  openUri(key: string): string | undefined {
    return this.open.get(key);
  }

  /** Forgets every seed of a folder (removed from the workspace); returns them. */
  deleteFolder(folder: Folder): IndexedSeed[] {
    const removed = [...this.seeds.values()].filter((seed) => seed.folder === folder);
    for (const seed of removed) this.delete(seed.key);
    return removed;
  }

  private unlink(seed: IndexedSeed): void {
    const group = groupOf(seed);
    const members = group ? this.groups.get(group) : undefined;
    if (members) {
      members.delete(seed.key);
      if (members.size === 0) this.groups.delete(group!);
    }
    count(this.regions, seed.summary.regions, -1);
    count(this.sources, seed.summary.dataSources, -1);
    this.rankings = undefined;
  }

  membersOf(groups: readonly string[]): IndexedSeed[] {
    const keys = new Set(groups.flatMap((group) => [...(this.groups.get(group) ?? [])]));
    return [...keys].map((key) => this.seeds.get(key)!).filter(Boolean);
  }

  /** Cross-file findings of some seeds (of one folder's config each), by key; seeds without any are absent. */
  crossFindings(seeds: readonly IndexedSeed[], configOf: ConfigOf): Map<string, CrossFinding[]> {
    const result = new Map<string, CrossFinding[]>();
    const byFolder = new Map<Folder, IndexedSeed[]>();
    for (const seed of seeds) {
      if (!seed.folder) continue;
      const members = byFolder.get(seed.folder);
      if (members) members.push(seed);
      else byFolder.set(seed.folder, [seed]);
    }
    for (const [folder, members] of byFolder) {
      const byFile = new Map(members.map((seed) => [seed.summary.file, seed]));
      for (const [file, findings] of checkWorkspace(
        members.map((seed) => seed.summary),
        { config: configOf(folder) },
      )) {
        const seed = byFile.get(file);
        if (seed)
          result.set(
            seed.key,
            findings.map((finding) => withRelated(finding, seed, this.membersOf([groupOf(seed)!]))),
          );
      }
    }
    return result;
  }

  /** The cross-file findings of one seed, computed from its company group. */
  crossFindingsFor(key: string, configOf: ConfigOf): CrossFinding[] {
    const seed = this.seeds.get(key);
    const group = seed && groupOf(seed);
    if (!group) return [];
    return this.crossFindings(this.membersOf([group]), configOf).get(key) ?? [];
  }

  /** Regions and data sources the workspace's seeds use, most used first (for completion); `except`: a seed's key to leave out. */
  usage(except?: string): { regions: string[]; sources: string[] } {
    this.rankings ??= { regions: byUse(this.regions), sources: byUse(this.sources) };
    const own = except === undefined ? undefined : this.seeds.get(except);
    if (!own) return this.rankings;
    // Without the document being completed: what its author is typing ("Tok") is not a region
    // "used in this workspace", and would be offered back to them.
    const without = (counts: Map<string, number>, names: readonly string[]) => {
      const copy = new Map(counts);
      count(copy, names, -1);
      return byUse(copy);
    };
    return { regions: without(this.regions, own.summary.regions), sources: without(this.sources, own.summary.dataSources) };
  }
}
