// Hover: a key's documentation (from the schema), a value read as what it means (an amount as
// money in its entry's currency, a currency's name, a region's usual currency, a review date
// relative to today), for a table cell the frontmatter values it must agree with, and for an
// amount in the levers or the strategy quote the ranges it was checked against (or why not).
import { MarkupKind, type Hover } from "vscode-languageserver";
import {
  cellText,
  currencyName,
  daysBetween,
  formatMoney,
  isIsoCurrency,
  isRealDate,
  usualCurrency,
  type PathSegment,
  type ResolvedConfig,
  type Seed,
  type Span,
} from "../../engine";
import { keyDoc, keyDocMarkdown, type KeyDoc } from "../../engine";
import { cellColumns, checkAsks, COLUMNS, entries, formatMoneyRange, isMergePair, matchTable, type AskCheck, type CellKind, valueAt } from "../../engine";
import { isMap } from "yaml";
import { outline } from "./yaml-outline";

interface HoverEnv {
  config: ResolvedConfig;
  today: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** What a scalar value means, in one line of Markdown, when there is more to say than the key's doc. */
function valueMeaning(seed: Seed, doc: KeyDoc, path: readonly PathSegment[], value: unknown, env: HoverEnv): string | undefined {
  const entry = doc.container === "compensation" ? valueAt(seed.data, path.slice(0, -1)).value : undefined;
  const currency = valueAt(entry, ["currency"]).value;
  if (doc.kind === "integer" && typeof value === "number") {
    if (typeof currency === "string" && isIsoCurrency(currency)) return `\`${value}\` ${currency} is **${formatMoney(value, currency)}**.`;
    return `\`${value.toLocaleString("en-US")}\` (no valid currency in this entry).`;
  }
  if (doc.key.startsWith("bonus_pct") && typeof value === "number") return `**${value}%** of base.`;
  if (doc.kind === "currency" && typeof value === "string") {
    return isIsoCurrency(value) ? `**${value}**: ${currencyName(value)}.` : `\`${value}\` is not an ISO 4217 currency code.`;
  }
  if (doc.key === "region" && typeof value === "string") {
    const usual = usualCurrency(env.config, value);
    return usual ? `Usual currency in ${value}: **${usual}** (${currencyName(usual)}).` : `${value} is not a known region: any currency is accepted.`;
  }
  if (doc.kind === "date" && typeof value === "string" && isRealDate(value)) {
    const days = daysBetween(env.today, value);
    if (doc.key === "next_review_due")
      return days < 0 ? `Review **overdue** by ${plural(-days, "day")}.` : days === 0 ? "Review due **today**." : `Review due in ${plural(days, "day")}.`;
    return days === 0 ? "Today." : days < 0 ? `${plural(-days, "day")} ago.` : `In ${plural(days, "day")} (in the future).`;
  }
  return undefined;
}

function frontmatterHover(seed: Seed, yaml: Span, offset: number, env: HoverEnv): Hover | undefined {
  const line = outline(seed.text, yaml).find((candidate) => candidate.start <= offset && offset <= seed.lines.lineEnd(seed.lines.lineOf(candidate.start)));
  if (!line) return undefined;
  const keyStart = line.start + line.col;
  const path: PathSegment[] = line.key ? [...line.container, line.key] : line.container.slice(0, -1);
  const doc = keyDoc(path);
  if (!doc) return undefined;
  if (line.key && offset <= keyStart + line.key.length) {
    return {
      contents: { kind: MarkupKind.Markdown, value: keyDocMarkdown(doc) },
      range: seed.lines.range({ start: keyStart, end: keyStart + line.key.length }),
    };
  }
  const valuePath = line.key ? path : line.container;
  const span = seed.nodes?.valueSpan(valuePath);
  const meaning = valueMeaning(seed, doc, valuePath, valueAt(seed.data, valuePath).value, env);
  const value = meaning ? `${meaning}\n\n---\n\n${keyDocMarkdown(doc)}` : keyDocMarkdown(doc);
  return { contents: { kind: MarkupKind.Markdown, value }, range: span && span.start <= offset && offset <= span.end ? seed.lines.range(span) : undefined };
}

function cellHover(seed: Seed, offset: number): Hover | undefined {
  const table = seed.body.table;
  if (!table || offset < table.span.start || offset > table.span.end) return undefined;
  const row = table.rows.find((candidate) => candidate.line.span.start <= offset && offset <= candidate.line.span.end);
  const index = row?.cells.findIndex((cell) => cell.span.start <= offset && offset <= cell.span.end) ?? -1;
  const cell = row?.cells[index];
  if (!row || !cell) return undefined;
  const markdown = (value: string): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range: seed.lines.range(cell.span) });
  const pair = matchTable(seed).pairs.find((candidate) => candidate.row === row);
  if (!pair) return markdown(`No compensation entry in the frontmatter has the region \`${cell.text}\`.`);
  const { entry } = pair;
  // The column the cell's figures follow (the format's order when only the titles were swapped).
  const kind = (Object.entries(cellColumns(seed)) as [string, number][]).find(([, position]) => position === index)?.[0];
  const frontmatter = (keys: string[]) =>
    keys
      .filter((key) => entry.data[key] !== undefined)
      .map((key) => `\`${key}: ${entry.data[key]}\``)
      .join(", ");
  if (kind === "region" || kind === undefined)
    return markdown(`Frontmatter entry ${entry.index + 1} (**${entry.region}**): ${frontmatter(["region", "currency"])}.`);
  const column = COLUMNS[kind as CellKind];
  const expected = cellText(entry.data, column.kind);
  const keys = column.cell === "percent" ? [column.low, column.high] : [column.low, column.high, "currency"];
  const lines = [`From the frontmatter (**${entry.region}**): ${frontmatter(keys)}${expected ? ` → **${expected}**` : ""}.`];
  if (expected && expected !== cell.text) lines.push("", `The cell says \`${cell.text}\`.`);
  return markdown(lines.join("\n"));
}

/** What amount-out-of-range made of an amount in the prose: the ranges it was checked against, or why it was not checked. */
function askMarkdown(ask: AskCheck): string {
  const what = `**${ask.written}${ask.kind ? ` ${ask.kind}` : ""}**`;
  if (ask.status === "unchecked") return `${what} is not checked against the frontmatter: ${ask.reason}.`;
  const ranges = ask.ranges.map(
    (range) => `- ${range.region ?? "(no region)"}: ${COLUMNS[range.kind].name} ${formatMoneyRange(range.low, range.high, ask.currency!)}`,
  );
  const verdict = ask.status === "inside" ? `${what} lies inside a frontmatter range it could refer to.` : `${what} is outside every range it could refer to.`;
  return [verdict, "", `Checked against the ${ask.kind ?? "base, stock and total comp"} ranges in ${ask.currency}:`, "", ...ranges].join("\n");
}

function askHover(seed: Seed, offset: number): Hover | undefined {
  const line = seed.body.prose.find((candidate) => candidate.span.start <= offset && offset <= candidate.span.end);
  if (!line) return undefined;
  const ask = checkAsks(seed, true, [line]).find((candidate) => candidate.span.start <= offset && offset <= candidate.span.end);
  return ask && { contents: { kind: MarkupKind.Markdown, value: askMarkdown(ask) }, range: seed.lines.range(ask.span) };
}

/** On a compensation entry's merge key (`<<: *us`): the values it brings in, which the entry's own keys override. */
function mergeHover(seed: Seed, offset: number): Hover | undefined {
  const nodes = seed.nodes;
  if (!nodes) return undefined;
  for (const entry of entries(seed)) {
    const map = nodes.node(["compensation", entry.index]);
    if (!isMap(map)) continue;
    for (const pair of map.items.filter(isMergePair)) {
      const key = nodes.pairKeySpan(pair);
      const end = nodes.pairEnd(pair);
      if (!key || end === undefined || offset < key.start || offset > end) continue;
      const merged = Object.keys(entry.data).filter((name) => nodes.mergePairOf(["compensation", entry.index, name]) === pair);
      const values = merged.map((name) => `\`${name}: ${String(entry.data[name])}\``).join(", ");
      const value = merged.length
        ? `This merge key brings ${values} into ${entry.region ?? "this entry"}; the entry's own keys override it.`
        : "This merge key brings nothing in: the entry sets every key itself.";
      return { contents: { kind: MarkupKind.Markdown, value }, range: seed.lines.range({ start: key.start, end }) };
    }
  }
  return undefined;
}

export function hoverAt(seed: Seed, offset: number, env: HoverEnv): Hover | undefined {
  const frontmatter = seed.frontmatter;
  if (frontmatter && offset >= frontmatter.content.start && offset < frontmatter.content.end)
    return mergeHover(seed, offset) ?? frontmatterHover(seed, frontmatter.content, offset, env);
  return cellHover(seed, offset) ?? askHover(seed, offset);
}
