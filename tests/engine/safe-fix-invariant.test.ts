// The safe-fix invariant (ARCHITECTURE.md): `--fix` never removes information the seed holds
// nowhere else. Over generated seeds with mutations an author makes (a wrong or extra figure, a
// bonus range, an extra or duplicated row, prose under the table, renamed or extra columns,
// changed frontmatter values, emphasis, hand-written amounts, words added to the heading, the
// labelled lines or a cell, a cell too many, a renamed row) every amount, percentage, table row and
// word of the author's present before `fixSeed` is still there after it, or was restated from a
// frontmatter value that differed from it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entries, findFigures, fixSeed, headingText, parseMoneyRange, parsePercentRange, parseSeed, tableText, type Seed } from "../../server/src/engine";
import { REFERENCE, TODAY } from "./fixtures";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
// Each run fixes a whole seed (several passes): generous on a loaded machine, and for PROPERTY_RUNS=5000.
const TIMEOUT = 30_000 + RUNS * 100;

// ---- Generated seeds -------------------------------------------------------------------------

const REGIONS: [string, string][] = [
  ["San Francisco", "USD"],
  ["New York", "USD"],
  ["London", "GBP"],
  ["Berlin", "EUR"],
  ["Zurich", "CHF"],
  ["Toronto", "CAD"],
  ["Remote (US|Canada)", "USD"],
  ["Tokyo", "JPY"],
];

interface GenEntry {
  region: string;
  currency: string;
  base: [number, number];
  stock: [number, number];
  bonus: [number, number | undefined];
  total: [number, number];
}

const thousands = (min: number, max: number) => fc.integer({ min, max }).map((n) => n * 1000);
const entryArb = (region: string, currency: string) =>
  fc
    .record({
      baseLow: thousands(60, 300),
      baseSpan: thousands(0, 80),
      stockLow: thousands(0, 100).map((n) => n * 4),
      stockSpan: thousands(0, 50).map((n) => n * 4),
      bonus: fc.integer({ min: 0, max: 20 }),
      bonusSpan: fc.option(fc.integer({ min: 1, max: 15 }), { nil: undefined }),
      extra: thousands(0, 40),
    })
    .map((r): GenEntry => {
      const base: [number, number] = [r.baseLow, r.baseLow + r.baseSpan];
      const stock: [number, number] = [r.stockLow, r.stockLow + r.stockSpan];
      const total: [number, number] = [base[0] + stock[0] / 4 + r.extra, base[1] + stock[1] / 4 + r.extra];
      return { region, currency, base, stock, bonus: [r.bonus, r.bonusSpan === undefined ? undefined : r.bonus + r.bonusSpan], total };
    });

const seedArb = fc
  .shuffledSubarray(REGIONS, { minLength: 1, maxLength: 5 })
  .chain((regions) => fc.tuple(...regions.map(([region, currency]) => entryArb(region, currency))))
  .map((list) => seedText(list));

function entryData(entry: GenEntry): Record<string, unknown> {
  return {
    region: entry.region,
    base_low: entry.base[0],
    base_high: entry.base[1],
    stock_low: entry.stock[0],
    stock_high: entry.stock[1],
    bonus_pct: entry.bonus[0],
    ...(entry.bonus[1] === undefined ? {} : { bonus_pct_high: entry.bonus[1] }),
    total_comp_low: entry.total[0],
    total_comp_high: entry.total[1],
    currency: entry.currency,
  };
}

function seedText(list: GenEntry[]): string {
  const data = list.map(entryData);
  const yaml = data
    .map((entry) =>
      Object.entries(entry)
        .map(([key, value], i) => `${i === 0 ? "  - " : "    "}${key}: ${typeof value === "string" ? JSON.stringify(value) : value}`)
        .join("\n"),
    )
    .join("\n");
  const head = { role_display: "Data Engineer", company_display: "Acme" };
  return [
    "---",
    "company: acme",
    'company_display: "Acme"',
    "role: data-engineer",
    "role_display: Data Engineer",
    "role_type: standard",
    "last_updated: 2026-06-01",
    "data_quality: medium",
    "salary_data_quarter: 2026-Q1",
    "next_review_due: 2027-01-15",
    "compensation:",
    yaml,
    "level_mapping:",
    "  internal: L3",
    '  raw: "Acme L3 = Google L4"',
    "data_sources:",
    "  - Levels.fyi",
    'negotiation_dna_summary: "Cash-heavy offers"',
    "---",
    `### ${headingText(head)}`,
    "",
    "**Negotiation DNA:** Cash-heavy offers",
    "",
    tableText(data, "\n"),
    "",
    "**Level Mapping:** Acme L3 = Google L4",
    "",
    `> **Negotiate Up Strategy:** "I need ${tableText(data, "\n").match(/\| (\S+)–/)?.[1] ?? "$100K"} base."`,
    "",
    "#### Evidence & Sources",
    "- Levels.fyi offers (2026)",
    "",
  ].join("\n");
}

// ---- Mutations an author makes -----------------------------------------------------------------

type Mutation = (lines: string[], pick: number, n: number) => void;
const tableLines = (lines: string[]) => lines.map((line, i) => ({ line, i })).filter(({ line }) => line.startsWith("| ") && !line.startsWith("| Region"));
const rowAt = (lines: string[], pick: number) => {
  const rows = tableLines(lines);
  return rows.length ? rows[pick % rows.length]! : undefined;
};
const setCell = (lines: string[], pick: number, column: number, f: (cell: string) => string) => {
  const row = rowAt(lines, pick);
  if (!row) return;
  const cells = row.line.split(/(?<!\\)\|/);
  if (cells[column + 1] === undefined) return;
  cells[column + 1] = ` ${f(cells[column + 1]!.trim())} `;
  lines[row.i] = cells.join("|");
};

const MUTATIONS: Record<string, Mutation> = {
  "wrong amount": (l, p, n) => setCell(l, p, 1 + (n % 3 === 2 ? 3 : n % 3), () => `$${100 + n}K–$${200 + n}K`),
  "bonus range": (l, p, n) => setCell(l, p, 3, (cell) => `${parseInt(cell, 10) || 0}–${(parseInt(cell, 10) || 0) + 1 + (n % 9)}%`),
  "other bonus range": (l, p, n) => setCell(l, p, 3, () => `${n % 7}–${10 + (n % 7)}%`),
  "other bonus": (l, p, n) => setCell(l, p, 3, () => `${n % 40}%`),
  "figure added to a cell": (l, p) => setCell(l, p, 1, (cell) => `${cell} + $20K sign-on`),
  "bold cell": (l, p, n) => setCell(l, p, n % 5, (cell) => `**${cell}**`),
  "hand-written amounts": (l, p) =>
    setCell(l, p, 1, (cell) => cell.replace(/(\d+(?:\.\d+)?)K/g, (_m, k: string) => `${Math.round(Number(k) * 1000).toLocaleString("en-US")}`)),
  "other currency": (l, p) => setCell(l, p, 2, (cell) => cell.replace(/[$£€]|CHF |CA\$|¥/g, "₹")),
  "not money": (l, p, n) => setCell(l, p, 4, () => (n % 2 ? "TBD" : "about 200")),
  "extra row": (l, p, n) => {
    const row = rowAt(l, p);
    if (row) l.splice(row.i + 1, 0, `| Paris | €${n}K–€${n + 50}K | €1K–€2K | 5% | €${n + 1}K–€${n + 60}K |`);
  },
  "duplicated row": (l, p) => {
    const row = rowAt(l, p);
    if (row) l.splice(row.i + 1, 0, row.line);
  },
  "duplicated row, another figure": (l, p, n) => {
    const row = rowAt(l, p);
    if (row) l.splice(row.i + 1, 0, row.line.replace(/\d+K/, `${n + 1}K`));
  },
  "deleted row": (l, p) => {
    const row = rowAt(l, p);
    if (row) l.splice(row.i, 1);
  },
  "swapped rows": (l, p, n) => {
    const a = rowAt(l, p);
    const b = rowAt(l, n);
    if (a && b) [l[a.i], l[b.i]] = [b.line, a.line];
  },
  "prose under the table": (l, p, n) => {
    const rows = tableLines(l);
    const last = rows[rows.length - 1];
    if (last) l.splice(last.i + 1, 0, n % 2 ? "Sources: Levels.fyi | Glassdoor | Blind (Feb 2026 pull, 12% response)" : "Figures are medians of $150K offers.");
  },
  "short column names": (l) => {
    const i = l.findIndex((line) => line.startsWith("| Region"));
    if (i >= 0) l[i] = "| Region | Base | Stock | Bonus | Total |";
  },
  "notes column": (l) => {
    const i = l.findIndex((line) => line.startsWith("| Region"));
    if (i < 0) return;
    l[i] += " Notes |";
    l[i + 1] += "---|";
    for (const row of tableLines(l)) l[row.i] += " signing $15K |";
  },
  "column dropped": (l) => {
    for (let i = 0; i < l.length; i++)
      if (l[i]!.startsWith("|"))
        l[i] = l[i]!.split(/(?<!\\)\|/)
          .filter((_, c) => c !== 4)
          .join("|");
  },
  "frontmatter figure changed": (l, p, n) => {
    const keys = l.map((line, i) => ({ line, i })).filter(({ line }) => /^ {4}(base|stock|total_comp)_(low|high): \d+$/.test(line));
    const key = keys[p % Math.max(1, keys.length)];
    if (key) l[key.i] = key.line.replace(/\d+$/, (v) => String(Number(v) + (n + 1) * 1000));
  },
  "frontmatter bonus range": (l, p, n) => {
    const keys = l.map((line, i) => ({ line, i })).filter(({ line }) => /^ {4}bonus_pct: \d+$/.test(line));
    const key = keys[p % Math.max(1, keys.length)];
    if (key) l.splice(key.i + 1, 0, `    bonus_pct_high: ${30 + (n % 20)}`);
  },
  "heading changed": (l, _p, n) => {
    const i = l.findIndex((line) => line.startsWith("### "));
    if (i >= 0) l[i] = `### Data ${n % 2 ? "Scientist" : "Analyst"} | Acme Global Negotiation Guide`;
  },
  // Words only the author wrote, each holding a marker that --fix must keep (see `markers`).
  "words added to the heading": (l, _p, n) => appendTo(l, "### ", ` (2026 edition, $${n}K RSU, ${marker(n)})`),
  "words added to the DNA line": (l, _p, n) => appendTo(l, "**Negotiation DNA:**", ` (plus $${n}K sign-on at L5 ${marker(n)})`),
  "words added to the Level Mapping line": (l, _p, n) => appendTo(l, "**Level Mapping:**", ` | Remote OK ${marker(n)}`),
  "DNA line changed, words added": (l, _p, n) => {
    const i = l.findIndex((line) => line.startsWith("**Negotiation DNA:**"));
    if (i >= 0) l[i] = `**Negotiation DNA:** Equity-heavy offers, ${marker(n)} noted`;
  },
  "words in a cell": (l, p, n) =>
    setCell(l, p, 1 + (n % 4), () => [`see note ${marker(n)}`, `Private company: options, not RSUs ${marker(n)}`, `$${n}K (est. ${marker(n)})`][n % 3]!),
  "footnote mark on a cell": (l, p, n) => setCell(l, p, 1 + (n % 4), (cell) => `${cell}${["†", " †", "‡"][n % 3]}`),
  "cell inserted after the region": (l, p, n) => setCell(l, p, 0, (cell) => `${cell} | Hybrid ${marker(n)}`),
  "note past the header": (l, p, n) => {
    const row = rowAt(l, p);
    if (row) l[row.i] = `${row.line} Remote ${marker(n)} |`;
  },
  "column title with a note": (l, _p, n) => {
    const i = l.findIndex((line) => line.startsWith("| Region"));
    if (i >= 0) l[i] = l[i]!.replace("Total Comp", `Total Comp (est. ${marker(n)})`);
  },
  "row renamed": (l, p, n) => setCell(l, p, 0, (cell) => (n % 2 ? `${cell} (Bay Area ${marker(n)})` : `${cell.slice(0, 1)}${cell.slice(2)} ${marker(n)}`)),
};

/** A word no seed holds: it marks text the author wrote, which --fix must keep. */
const marker = (n: number) => `Zqx${n}`;
const MARKER = /Zqx\d+|[†‡]/g;
const markers = (text: string) => new Set(text.match(MARKER) ?? []);
function appendTo(lines: string[], prefix: string, words: string): void {
  const i = lines.findIndex((line) => line.startsWith(prefix));
  if (i >= 0) lines[i] += words;
}

const mutationArb = fc.record({ name: fc.constantFrom(...Object.keys(MUTATIONS)), pick: fc.nat({ max: 50 }), n: fc.nat({ max: 400 }) });
const mutate = (text: string, mutations: { name: string; pick: number; n: number }[]) => {
  const lines = text.split("\n");
  for (const { name, pick, n } of mutations) MUTATIONS[name]!(lines, pick, n);
  return lines.join("\n");
};

// ---- The invariant -----------------------------------------------------------------------------

const figureKey = (currency: string | undefined, value: number) => `${currency ?? ""}:${value}`;
const regionKey = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

const figureKeys = (text: string) =>
  findFigures(text)
    .filter((amount) => !Number.isNaN(amount.value))
    .map((amount) => figureKey(amount.currency, amount.value));

/** Figures in the body outside the table, with their counts. */
function proseFigures(seed: Seed): Map<string, number> {
  const rows = new Set((seed.body.table?.rows ?? []).map((row) => row.line.span.start));
  const counts = new Map<string, number>();
  for (const line of seed.body.lines) {
    if (rows.has(line.span.start)) continue;
    for (const key of figureKeys(line.text)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Figures in the table's rows, by region. */
function rowFigures(seed: Seed): Map<string, Set<string>> {
  const table = seed.body.table;
  const byRegion = new Map<string, Set<string>>();
  for (const row of table?.rows ?? []) {
    const region = regionKey(row.cells[table!.columns.region ?? 0]?.text ?? "");
    const set = byRegion.get(region) ?? new Set<string>();
    for (const cell of row.cells) for (const key of figureKeys(cell.text)) set.add(key);
    byRegion.set(region, set);
  }
  return byRegion;
}

const MONEY_KEYS = { base: ["base_low", "base_high"], stock: ["stock_low", "stock_high"], total: ["total_comp_low", "total_comp_high"] } as const;

/** Could losing this figure be "restated from a frontmatter value that differed from it"? */
function restatedFromDiffering(seed: Seed, key: string): boolean {
  const table = seed.body.table;
  if (table) {
    const first = new Map<string, (typeof table.rows)[number]>();
    for (const row of table.rows) {
      const region = regionKey(row.cells[table.columns.region ?? 0]?.text ?? "");
      if (!first.has(region)) first.set(region, row);
    }
    for (const entry of entries(seed)) {
      const row = first.get(regionKey(entry.region ?? ""));
      if (!row) continue;
      for (const kind of ["base", "stock", "total"] as const) {
        const cell = row.cells[table.columns[kind] ?? -1];
        const parsed = cell && parseMoneyRange(cell.text);
        if (!parsed) continue;
        const [lowKey, highKey] = MONEY_KEYS[kind];
        const ends: [typeof parsed.low, unknown][] = [
          [parsed.low, entry.data[lowKey]],
          [parsed.high, entry.data[highKey]],
        ];
        for (const [end, truth] of ends) {
          if (figureKey(end.currency ?? parsed.currency, end.value) !== key && figureKey(parsed.currency, end.value) !== key) continue;
          if (typeof truth === "number" && (truth !== end.value || parsed.currency !== entry.currency)) return true;
        }
      }
      const bonus = row.cells[table.columns.bonus ?? -1];
      const percent = bonus && parsePercentRange(bonus.text);
      if (percent) {
        const ends: [number, unknown][] = [
          [percent.low, entry.data.bonus_pct],
          ...(percent.high !== percent.low ? [[percent.high, entry.data.bonus_pct_high] as [number, unknown]] : []),
        ];
        for (const [value, truth] of ends) if (figureKey(undefined, value) === key && typeof truth === "number" && truth !== value) return true;
      }
    }
  }
  return false;
}

/** Rows per region, counting copies with the same cells once (removing a copy loses nothing). */
function distinctRows(seed: Seed): Map<string, number> {
  const table = seed.body.table;
  const seen = new Map<string, Set<string>>();
  for (const row of table?.rows ?? []) {
    const texts = row.cells.map((cell) => cell.text.trim());
    if (texts.every((text) => text === "")) continue;
    const region = regionKey(texts[table!.columns.region ?? 0] ?? "");
    seen.set(region, (seen.get(region) ?? new Set()).add(texts.join("\u0000")));
  }
  return new Map([...seen].map(([region, rows]) => [region, rows.size]));
}

function expectNothingLost(before: string): void {
  const seedBefore = parseSeed(before);
  const after = fixSeed(before, { today: TODAY }).text;
  const seedAfter = parseSeed(after);
  const lost = (what: string) => `${what} was lost by --fix:\n${before}\n----- after -----\n${after}`;
  // Prose: every figure is still there as often, unless its line was restated from the frontmatter.
  const proseAfter = proseFigures(seedAfter);
  for (const [key, count] of proseFigures(seedBefore)) {
    if ((proseAfter.get(key) ?? 0) < count) expect(restatedFromDiffering(seedBefore, key), lost(`the figure ${key}`)).toBe(true);
  }
  // The table: each region's figures are still in one of its rows, unless restated.
  const rowsAfter = rowFigures(seedAfter);
  for (const [region, keys] of rowFigures(seedBefore)) {
    for (const key of keys) {
      if (!rowsAfter.get(region)?.has(key)) expect(restatedFromDiffering(seedBefore, key), lost(`the figure ${key} of the row for ${region}`)).toBe(true);
    }
  }
  // Words: every word only the author wrote (a marker) is still there.
  const markersAfter = markers(after);
  for (const word of markers(before)) expect(markersAfter.has(word), lost(`the author's word ${word}`)).toBe(true);
  const distinctAfter = distinctRows(seedAfter);
  for (const [region, count] of distinctRows(seedBefore)) {
    // A row may be rewritten (its cells restated), or dropped when it became a copy of another.
    expect(distinctAfter.get(region) ?? 0, lost(`a row for ${region}`)).toBeGreaterThanOrEqual(Math.min(count, 1));
  }
}

describe("the safe-fix invariant: --fix loses no amount, percentage or row", () => {
  it("generated seeds are clean, and --fix leaves them as they are", () => {
    fc.assert(
      fc.property(seedArb, (text) => {
        expect(fixSeed(text, { today: TODAY }).text).toBe(text);
      }),
      { numRuns: 50 },
    );
  });

  it(
    "generated seeds with an author's mutations",
    () => {
      fc.assert(
        fc.property(seedArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (text, mutations) => expectNothingLost(mutate(text, mutations))),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "the reference seed with an author's mutations",
    () => {
      fc.assert(
        fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => expectNothingLost(mutate(REFERENCE, mutations))),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it.each([
    ["the reference seed's 5–15% bonus ranges", REFERENCE],
    [
      "a line of prose with pipes right under the table",
      REFERENCE.replace("| £203K–£300K |\n", "| £203K–£300K |\nSources: Levels.fyi | Glassdoor | Blind (Feb 2026 pull)\n"),
    ],
  ])("regression: %s", (_name, text) => {
    expectNothingLost(text);
    expect(fixSeed(text, { today: TODAY }).text).toBe(text);
  });
});
