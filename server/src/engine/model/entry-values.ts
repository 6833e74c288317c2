// Readers of one compensation entry's figures for rules that compare them: only valid values,
// and whether a value is the entry's own or one a merge key brings in. A rule that compares an
// invalid value (or repeats, at every alias, what is reported where the value is written)
// answers one slip with a second finding.
import type { Seed } from "../parse/seed";
import { CompensationEntrySchema } from "../schema/frontmatter";
import type { Entry } from "./frontmatter-data";

type EntryKey = keyof typeof CompensationEntrySchema.shape;

/** The entry's value for `key` when the schema accepts it as a number, else undefined. */
export function validNumber(entry: Entry, key: EntryKey): number | undefined {
  const value = entry.data[key];
  return typeof value === "number" && CompensationEntrySchema.shape[key].safeParse(value).success ? value : undefined;
}

/** Do all these keys of the entry come from a merge key (`<<: *us`), none written in it? */
export function allMerged(seed: Seed, entry: Entry, keys: readonly string[]): boolean {
  return keys.every((key) => seed.nodes?.mergePairOf(["compensation", entry.index, key]) !== undefined);
}
