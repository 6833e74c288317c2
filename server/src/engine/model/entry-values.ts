// Readers of one compensation entry's figures for rules that compare them: only valid values,
// and whether a value is the entry's own or one a merge key brings in. A rule that compares an
// invalid value (or repeats, at every alias, what is reported where the value is written)
// answers one slip with a second finding.
import type { Seed } from "../parse/seed";
import { CompensationEntrySchema } from "../schema/frontmatter";
import type { Entry } from "./frontmatter-data";
import { COLUMNS } from "../schema/columns";
import { usualCurrency, type ResolvedConfig } from "../config";
import { isIsoCurrency } from "../money";

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

type MoneyValues = Record<"base" | "stock" | "total", { low?: number; high?: number }>;

/** The entry's valid money figures, each column's ends read once (each read is a schema check). */
function moneyValues(entry: Entry): MoneyValues {
  const ends = (kind: "base" | "stock" | "total") => ({
    low: validNumber(entry, COLUMNS[kind].low as EntryKey),
    high: validNumber(entry, COLUMNS[kind].high as EntryKey),
  });
  return { base: ends("base"), stock: ends("stock"), total: ends("total") };
}

/**
 * The ends (`low`, `high`) at which the entry's total comp is below base + stock/4: the figures
 * total-comp-implausible reports, one of which is likely a typo (`base_high: 2550000`).
 */
export function implausibleEnds(entry: Entry): ("low" | "high")[] {
  const values = moneyValues(entry);
  // A reversed base or stock range (`base_low: 1950000` above base_high) is range-order's one finding.
  if (reversed(values).some((kind) => kind !== "total")) return [];
  return (["low", "high"] as const).filter((end) => {
    const [base, stock, total] = [values.base[end], values.stock[end], values.total[end]];
    return base !== undefined && stock !== undefined && total !== undefined && total < base + stock / 4;
  });
}

/**
 * The region's usual currency when the entry names another valid one (London with EUR): the
 * mismatch region-currency reports, where either side may be the slip.
 */
export function unusualCurrency(config: ResolvedConfig, entry: Entry): string | undefined {
  if (!entry.region || typeof entry.currency !== "string" || !isIsoCurrency(entry.currency)) return undefined;
  const usual = usualCurrency(config, entry.region);
  return usual && usual !== entry.currency ? usual : undefined;
}

/** The money columns whose range the entry writes reversed (low above high): range-order's findings. */
export function reversedKinds(entry: Entry): ("base" | "stock" | "total")[] {
  return reversed(moneyValues(entry));
}

function reversed(values: MoneyValues): ("base" | "stock" | "total")[] {
  return (["base", "stock", "total"] as const).filter((kind) => {
    const { low, high } = values[kind];
    return low !== undefined && high !== undefined && low > high;
  });
}
