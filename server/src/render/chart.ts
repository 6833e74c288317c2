// The compensation chart: for each currency, one inline SVG whose single axis starts at zero,
// with a group of range bars (base, stock per year, total comp) per region. Amounts in
// different currencies never share an axis. Bar positions and widths are exactly proportional
// to the amounts; labels use the engine's canonical money form.
import { COLUMNS, currencyName, entries, formatMoneyRange, isIsoCurrency, type Seed } from "../engine";
import { escapeHtml } from "./escape";
import type { Marks } from "./marks";

export type BarKind = "base" | "stock" | "total";

export interface Bar {
  kind: BarKind;
  low: number;
  high: number;
  /** Canonical money text, e.g. "$195K–$255K". */
  label: string;
}

interface RegionBars {
  /** Index of the entry in `compensation`. */
  index: number;
  region: string;
  /** One per kind, in BAR_KINDS order; undefined when the entry lacks readable numbers. */
  bars: (Bar | undefined)[];
}

export interface CurrencyChart {
  /** The entries' currency as written ("" when missing). */
  currency: string;
  regions: RegionBars[];
  /** Right end of the axis: a round number at or above every amount. */
  axisMax: number;
  ticks: number[];
}

/** The bars of a region, in order; each reads its column's keys from the engine's column table. */
const BAR_KINDS: readonly { kind: BarKind; label: string; divisor: number }[] = [
  { kind: "base", label: "Base", divisor: 1 },
  // Stock in a seed is a four-year grant; the chart shows what vests in one year.
  { kind: "stock", label: "Stock / yr", divisor: 4 },
  { kind: "total", label: "Total comp", divisor: 1 },
];

export const LAYOUT = {
  width: 720,
  plotX: 112,
  plotWidth: 440,
  axisHeight: 26,
  regionTitleHeight: 22,
  rowHeight: 20,
  barHeight: 12,
  groupGap: 12,
} as const;

const amount = (value: unknown): number | undefined => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

function bar(data: Record<string, unknown>, kind: (typeof BAR_KINDS)[number], currency: string): Bar | undefined {
  const low = amount(data[COLUMNS[kind.kind].low]);
  const high = amount(data[COLUMNS[kind.kind].high]);
  if (low === undefined || high === undefined || low < 0 || high < 0) return undefined;
  const [lowPerYear, highPerYear] = [low / kind.divisor, high / kind.divisor];
  return { kind: kind.kind, low: lowPerYear, high: highPerYear, label: formatMoneyRange(lowPerYear, highPerYear, currency) };
}

/**
 * The axis: steps of 1, 2, 2.5 or 5 times a power of ten, three to six of them, ending at the
 * smallest such round number at or above the largest amount (fewer steps on a tie).
 */
function axisFor(max: number): { axisMax: number; step: number } {
  let best = { axisMax: Infinity, step: max, intervals: Infinity };
  const exponent = Math.floor(Math.log10(max));
  for (let power = exponent - 2; power <= exponent + 1; power++) {
    for (const factor of [1, 2, 2.5, 5]) {
      const step = factor * 10 ** power;
      const intervals = Math.ceil(max / step - 1e-9);
      if (intervals < 3 || intervals > 6) continue;
      const axisMax = intervals * step;
      if (axisMax < best.axisMax || (axisMax === best.axisMax && intervals < best.intervals)) best = { axisMax, step, intervals };
    }
  }
  return best;
}

export function chartModel(seed: Seed): CurrencyChart[] {
  const charts = new Map<string, CurrencyChart>();
  for (const entry of entries(seed)) {
    const currency = entry.currency ?? "";
    let chart = charts.get(currency);
    if (!chart) charts.set(currency, (chart = { currency, regions: [], axisMax: 1, ticks: [0] }));
    const region = entry.region ?? `Entry ${entry.index + 1}`;
    chart.regions.push({ index: entry.index, region, bars: BAR_KINDS.map((kind) => bar(entry.data, kind, currency)) });
  }
  for (const chart of charts.values()) {
    const max = Math.max(0, ...chart.regions.flatMap((r) => r.bars.map((b) => (b ? Math.max(b.low, b.high) : 0))));
    if (max > 0) {
      const { axisMax, step } = axisFor(max);
      chart.axisMax = axisMax;
      chart.ticks = Array.from({ length: Math.round(axisMax / step) + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6);
    }
  }
  return [...charts.values()];
}

/** Three decimals are plenty for SVG and keep the output stable. */
const px = (value: number) => String(Math.round(value * 1000) / 1000);

function barRow(bar: Bar | undefined, kindLabel: string, region: string, axisMax: number, y: number): string {
  const { plotX, plotWidth, rowHeight, barHeight } = LAYOUT;
  const labelY = px(y + rowHeight / 2 + 4);
  const kind = `<text class="kind-label" x="12" y="${labelY}">${escapeHtml(kindLabel)}</text>`;
  if (!bar) return `${kind}<text class="bar-label bar-missing" x="${plotX}" y="${labelY}">—</text>`;
  const low = Math.min(bar.low, bar.high);
  const high = Math.max(bar.low, bar.high);
  const x = plotX + (low / axisMax) * plotWidth;
  const width = ((high - low) / axisMax) * plotWidth;
  const barY = y + (rowHeight - barHeight) / 2;
  const inverted = bar.low > bar.high ? " bar-inverted" : "";
  // A range whose ends are equal has no width: a tick shows where it is.
  const tick = width < 2 ? `<line class="bar-tick bar-${bar.kind}" x1="${px(x)}" x2="${px(x)}" y1="${px(barY - 2)}" y2="${px(barY + barHeight + 2)}"/>` : "";
  const title = `<title>${escapeHtml(`${region} ${kindLabel.toLowerCase()}: ${bar.label}`)}</title>`;
  return (
    kind +
    `<rect class="bar bar-${bar.kind}${inverted}" data-kind="${bar.kind}" data-low="${bar.low}" data-high="${bar.high}" x="${px(x)}" y="${px(barY)}" width="${px(width)}" height="${barHeight}" rx="2">${title}</rect>` +
    tick +
    `<text class="bar-label" x="${px(x + width + 6)}" y="${labelY}">${escapeHtml(bar.label)}</text>`
  );
}

function groupHeight(): number {
  const { regionTitleHeight, rowHeight, groupGap } = LAYOUT;
  return regionTitleHeight + BAR_KINDS.length * rowHeight + groupGap;
}

function regionGroup(seed: Seed, region: RegionBars, axisMax: number, top: number, marks: Marks): string {
  const line = seed.nodes ? seed.lines.lineOf(seed.nodes.itemSpan(["compensation", region.index])?.start ?? 0) : 0;
  const mark = marks.place([{ kind: "region", index: region.index }], line);
  const markAttributes = mark ? ` id="${mark.id}" title="${escapeHtml(mark.title)}"` : "";
  const markTitle = mark ? `<title>${escapeHtml(mark.title)}</title>` : "";
  const rows = region.bars
    .map((bar, i) => barRow(bar, BAR_KINDS[i]!.label, region.region, axisMax, top + LAYOUT.regionTitleHeight + i * LAYOUT.rowHeight))
    .join("");
  return (
    `<g class="bar-group${mark ? ` ${mark.class}` : ""}" data-region="${escapeHtml(region.region)}" data-line="${line}"${markAttributes}>${markTitle}` +
    `<text class="region-label" x="4" y="${px(top + 15)}">${escapeHtml(region.region)}</text>${rows}</g>`
  );
}

function axis(chart: CurrencyChart, height: number): string {
  const { plotX, plotWidth, axisHeight } = LAYOUT;
  return chart.ticks
    .map((tick) => {
      const x = px(plotX + (tick / chart.axisMax) * plotWidth);
      // An invalid currency is shown as written on the bars; the axis keeps to plain numbers.
      const label = formatMoneyRange(tick, tick, isIsoCurrency(chart.currency) ? chart.currency : "");
      return `<line class="grid" x1="${x}" x2="${x}" y1="${axisHeight - 6}" y2="${height}"/><text class="tick-label" x="${x}" y="${axisHeight - 10}">${escapeHtml(label)}</text>`;
    })
    .join("");
}

function currencyTitle(currency: string): string {
  if (currency === "") return "No currency";
  const name = currencyName(currency);
  return name ? `${currency} · ${name}` : currency;
}

function renderChart(seed: Seed, chart: CurrencyChart, marks: Marks): string {
  const height = LAYOUT.axisHeight + chart.regions.length * groupHeight();
  const groups = chart.regions.map((region, i) => regionGroup(seed, region, chart.axisMax, LAYOUT.axisHeight + i * groupHeight(), marks)).join("");
  const title = currencyTitle(chart.currency);
  return (
    `<figure class="chart" data-currency="${escapeHtml(chart.currency)}">` +
    `<figcaption>${escapeHtml(title)}</figcaption>` +
    `<svg class="comp-chart" viewBox="0 0 ${LAYOUT.width} ${height}" width="${LAYOUT.width}" height="${height}" role="img" aria-label="${escapeHtml(`Compensation ranges in ${title}`)}">` +
    `<g class="axis">${axis(chart, height)}</g>${groups}</svg></figure>`
  );
}

/** The charts section, or "" when the frontmatter has no compensation entries. */
export function renderCharts(seed: Seed, marks: Marks): string {
  const charts = chartModel(seed);
  if (charts.length === 0) return "";
  const key = seed.nodes?.keySpan(["compensation"]);
  const line = key ? seed.lines.lineOf(key.start) : 0;
  return `<section class="charts" data-line="${line}"><h2 class="section-title">Compensation by region</h2>${charts.map((chart) => renderChart(seed, chart, marks)).join("")}</section>`;
}
