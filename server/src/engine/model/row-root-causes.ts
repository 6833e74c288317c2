// One mistake, one finding, within a table row: two money cells swapped (`| SF | $170K–$310K |
// $195K–$255K |`, base and stock), or several cells written in another currency (London in `$`),
// are each one finding for the row instead of one per cell.
import { amountMatches, currencyName, type MoneyRange } from "../money";
import type { Seed } from "../parse/seed";
import { COLUMNS, type MoneyKind } from "../schema/columns";
import type { Fix, Span, TextEdit } from "../types";
import { setValue } from "../yaml-edits";
import type { CellFinding } from "./cell-findings";
import { num, type Entry } from "./frontmatter-data";
import { cellText } from "../body-text";

type MoneyFinding = CellFinding & { money: NonNullable<CellFinding["money"]> };

/** Does the range read from a cell denote the entry's range of `kind`, in its currency? */
export function restates(read: MoneyRange, entry: Entry, kind: MoneyKind): boolean {
  const [low, high] = [num(entry.data[COLUMNS[kind].low]), num(entry.data[COLUMNS[kind].high])];
  return read.currency === entry.currency && low !== undefined && high !== undefined && amountMatches(read.low, low) && amountMatches(read.high, high);
}

/** From the start of the first finding's span to the end of the last's. */
const spanning = (findings: readonly CellFinding[]): Span => ({
  start: Math.min(...findings.map((finding) => finding.span.start)),
  end: Math.max(...findings.map((finding) => finding.span.end)),
});

/** Two money cells of the row that each hold the other's range: one finding, whose safe fix swaps them back. */
function swappedPair(seed: Seed, entry: Entry, money: readonly MoneyFinding[]): Merged | undefined {
  for (let i = 0; i < money.length; i++) {
    for (let j = i + 1; j < money.length; j++) {
      const [first, second] = [money[i]!, money[j]!];
      if (!restates(first.money.read, entry, second.money.kind) || !restates(second.money.read, entry, first.money.kind)) continue;
      const [a, b] = [first.money.kind, second.money.kind];
      const titles = `${COLUMNS[a].title} and ${COLUMNS[b].title}`;
      const source = (finding: MoneyFinding) => seed.text.slice(finding.money.cell.span.start, finding.money.cell.span.end);
      // Each cell gets the other's text as written: nothing of the author's is lost.
      const edits: TextEdit[] = [
        { ...first.money.cell.span, newText: source(second) },
        { ...second.money.cell.span, newText: source(first) },
      ];
      return {
        replaced: new Set([first, second]),
        finding: {
          rule: "table-cell-mismatch",
          span: spanning([first, second]),
          message: `The ${titles} cells for ${entry.region} are swapped: the frontmatter says ${COLUMNS[a].title} ${cellText(entry.data, a)} and ${COLUMNS[b].title} ${cellText(entry.data, b)}.`,
          fixes: [{ title: `Swap ${entry.region}'s ${titles} cells`, safe: true, edits }],
        },
      };
    }
  }
  return undefined;
}

/** A finding that stands for several cells' findings. */
interface Merged {
  finding: CellFinding;
  replaced: ReadonlySet<CellFinding>;
}

/**
 * Two or more money cells of the row in one other currency: one finding for them. When they are
 * all of the row's `moneyCells` and their figures agree, the entry's currency may be the slip.
 */
function otherCurrency(seed: Seed, entry: Entry, money: readonly MoneyFinding[], moneyCells: number): Merged | undefined {
  const byCurrency = new Map<string, MoneyFinding[]>();
  for (const finding of money) {
    const currency = finding.money.read.currency;
    if (currency === undefined || currency === entry.currency) continue;
    byCurrency.set(currency, [...(byCurrency.get(currency) ?? []), finding]);
  }
  const [currency, cells] = [...byCurrency].find(([, list]) => list.length >= 2) ?? [];
  if (!currency || !cells) return undefined;
  const titles = cells.map((finding) => COLUMNS[finding.money.kind].title);
  const named = `${titles.slice(0, -1).join(", ")} and ${titles[titles.length - 1]}`;
  const says = cells.map((finding) => `${COLUMNS[finding.money.kind].title} ${cellText(entry.data, finding.money.kind)}`).join(", ");
  const fixes: Fix[] = [
    {
      title: `Set ${entry.region}'s ${named} from the frontmatter (in ${entry.currency})`,
      safe: cells.every((finding) => finding.fixes![0]!.safe),
      edits: cells.flatMap((finding) => finding.fixes![0]!.edits),
    },
  ];
  if (cells.length === moneyCells && cells.every((finding) => restates({ ...finding.money.read, currency: entry.currency }, entry, finding.money.kind))) {
    const edit = setValue(seed, ["compensation", entry.index, "currency"], currency);
    if (edit) fixes.push({ title: `Set ${entry.region}'s currency to ${currency} (from the table)`, safe: false, edits: [edit] });
  }
  return {
    replaced: new Set(cells),
    finding: {
      rule: "table-cell-mismatch",
      span: spanning(cells),
      message: `${named} for ${entry.region} are in ${currency} (${currencyName(currency)}), but ${entry.region}'s currency is ${entry.currency}: the frontmatter says ${says}.`,
      fixes,
    },
  };
}

/**
 * The findings of one row's cells with each root cause reported once: a swapped pair of money
 * cells, or cells in another currency, replace the findings of the cells they explain.
 * `moneyCells` is how many money cells of the row were compared.
 */
export function oneRootCause(seed: Seed, entry: Entry, findings: CellFinding[], moneyCells: number): CellFinding[] {
  const money = findings.filter((finding): finding is MoneyFinding => finding.money !== undefined);
  if (money.length < 2) return findings;
  const merged = swappedPair(seed, entry, money) ?? otherCurrency(seed, entry, money, moneyCells);
  if (!merged) return findings;
  // The merged finding stands where the first of those it replaces stood.
  const result: CellFinding[] = [];
  for (const finding of findings) {
    if (!merged.replaced.has(finding)) result.push(finding);
    else if (!result.includes(merged.finding)) result.push(merged.finding);
  }
  return result;
}
