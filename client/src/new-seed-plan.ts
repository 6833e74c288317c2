// The pure half of "New Seed": turning the author's answers into a file name and the seed text,
// and the region choices offered in the quick pick. The engine writes the text, so a new seed
// is clean by construction and needs no language server.
import { currencyName, newSeedText, slugify, uniqueRegions, type ResolvedConfig } from "../../server/src/engine";

// The one definition, shared with `seeds new`; re-exported for this module's callers.
export { uniqueRegions };

export interface NewSeedAnswers {
  companyDisplay: string;
  roleDisplay: string;
  regions: readonly string[];
}

export interface NewSeedPlan {
  fileName: string;
  text: string;
}

/** Why a display name cannot be used, or undefined when it can (it must yield a non-empty slug). */
export function displayNameProblem(value: string, what: "company" | "role"): string | undefined {
  if (value.trim() === "") return `Enter the ${what} name.`;
  if (slugify(value) === "") return `The ${what} name needs at least one letter or digit.`;
  return undefined;
}

/** Where a folder keeps its seeds: the folder (relative, posix, "" for the root) and the extension. */
export interface SeedConvention {
  directory: string;
  extension: ".md" | ".txt";
}

/** A folder with no seeds yet gets them in `seeds/`, as Markdown. */
export const DEFAULT_CONVENTION: SeedConvention = { directory: "seeds", extension: ".md" };

/**
 * The convention of the seeds already in a folder, for New Seed to follow: the directory holding
 * the most of them, and the extension most of them have there (`.md` on a tie).
 *
 * @param seedPaths the existing seeds' paths relative to the workspace folder, posix form.
 * @returns DEFAULT_CONVENTION when there are none; otherwise the most common place. Ties between
 *   directories go to the one that sorts first, so the answer does not depend on listing order.
 */
export function seedConvention(seedPaths: readonly string[]): SeedConvention {
  if (seedPaths.length === 0) return DEFAULT_CONVENTION;
  const byDirectory = new Map<string, { md: number; txt: number }>();
  for (const path of seedPaths) {
    const slash = path.lastIndexOf("/");
    const directory = slash === -1 ? "" : path.slice(0, slash);
    const counts = byDirectory.get(directory) ?? { md: 0, txt: 0 };
    if (path.toLowerCase().endsWith(".txt")) counts.txt++;
    else counts.md++;
    byDirectory.set(directory, counts);
  }
  const total = (counts: { md: number; txt: number }) => counts.md + counts.txt;
  const [directory, counts] = [...byDirectory].sort(([a, ca], [b, cb]) => total(cb) - total(ca) || (a < b ? -1 : a > b ? 1 : 0))[0]!;
  return { directory, extension: counts.txt > counts.md ? ".txt" : ".md" };
}

export function planNewSeed(
  answers: NewSeedAnswers,
  today: string,
  config: ResolvedConfig,
  eol = "\n",
  extension: SeedConvention["extension"] = ".md",
): NewSeedPlan {
  const companyDisplay = answers.companyDisplay.trim();
  const roleDisplay = answers.roleDisplay.trim();
  const company = slugify(companyDisplay);
  const role = slugify(roleDisplay);
  const regions = uniqueRegions(answers.regions).map((region) => knownRegionName(config, region) ?? region);
  const text = newSeedText({ company, companyDisplay, role, roleDisplay, regions, today, config, eol });
  return { fileName: `${company}-${role}${extension}`, text };
}

/** The configured spelling of a region typed in another case ("london" -> "London"). */
function knownRegionName(config: ResolvedConfig, region: string): string | undefined {
  const lower = region.toLowerCase();
  for (const name of config.regions.keys()) if (name.toLowerCase() === lower) return name;
  return undefined;
}

export interface RegionChoice {
  label: string;
  description: string;
  /** True for a region the author typed that the configuration does not know. */
  custom: boolean;
}

/** "USD · US Dollar": the currency a known region's rows will be written in. */
function currencyDescription(code: string): string {
  const name = currencyName(code);
  return name && name !== code ? `${code} · ${name}` : code;
}

/**
 * The choices of the region quick pick: regions the author already added by typing (kept so
 * that they stay selected), the text being typed when it names no known region, then every
 * known region with its usual currency.
 */
export function regionChoices(config: ResolvedConfig, typed: string, customRegions: readonly string[]): RegionChoice[] {
  const known = [...config.regions.entries()].map(([region, code]) => ({ label: region, description: currencyDescription(code), custom: false }));
  const isKnown = (region: string) => known.some((choice) => choice.label.toLowerCase() === region.toLowerCase());
  const custom = uniqueRegions(customRegions).filter((region) => !isKnown(region));
  const pending = typed.trim();
  const showPending = pending !== "" && !isKnown(pending) && !custom.some((region) => region.toLowerCase() === pending.toLowerCase());
  const customChoice = (region: string) => ({ label: region, description: "new region (currency USD until you change it)", custom: true });
  return [...custom.map(customChoice), ...(showPending ? [customChoice(pending)] : []), ...known];
}
