/**
 * What the end-to-end scenarios expect, shared by the code-server tier (seeds.e2e.test.ts,
 * through Chromium) and the @vscode/test-electron runner (electron/suite.ts, through the API).
 *
 * Lines and columns are 1-based, as the Problems panel and Ctrl+G show them. The fixture is the
 * repository's bundled `seeds/` folder plus `notes/README.md` (tests/e2e/fixtures/workspace);
 * seeds.e2e.test.ts checks these expectations against the engine first, so a change in the
 * seeds or in the rules fails there with a clear message rather than as a UI timeout.
 */

export interface Position1 {
  line: number;
  column: number;
}

export interface ExpectedFinding extends Position1 {
  rule: string;
}

/** The diagnostics' source, shown as "seeds(rule)" in the Problems panel. */
export const DIAGNOSTIC_SOURCE = "seeds";

/** Scenario 1: the reference seed's findings. The review is overdue since 2026-05-23 whatever today is. */
export const REFERENCE = {
  file: "seeds/000_5ae9dcfe2e03ad59.txt",
  findings: [
    { rule: "review-overdue", line: 10, column: 18 },
    { rule: "table-bonus-range", line: 54, column: 47 },
    { rule: "table-bonus-range", line: 55, column: 42 },
    { rule: "table-bonus-range", line: 56, column: 40 },
  ] satisfies ExpectedFinding[],
} as const;

/** Scenario 2: a wrong figure typed into a clean seed's table, then fixed from the frontmatter. */
export const CELL_EDIT = {
  file: "seeds/northwind-analytics-data-scientist.md",
  /** Where `$214K` (San Francisco's base_high in the table) starts. */
  at: { line: 54, column: 25 },
  original: "$214K",
  typed: "$250K",
  finding: {
    rule: "table-cell-mismatch",
    line: 54,
    column: 19,
    message: "Base Salary for San Francisco says $172K–$250K but the frontmatter says $172K–$214K.",
  },
  fixFromFrontmatter: "Set San Francisco's Base Salary to $172K–$214K (from the frontmatter)",
  fixToFrontmatter: "Set San Francisco's base_high from the table ($172K–$250K)",
  /** The fixed row: exactly the original line. */
  restoredRow: "| San Francisco | $172K–$214K | $120K–$220K | 10% | $220K–$291K |",
  /** The diagnostic must be in the Problems panel this soon after the edit. */
  maxLatencyMs: 2_000,
} as const;

/** Scenario 3: completion of a currency value and of a new compensation entry's region. */
export const COMPLETION = {
  file: "seeds/helix-robotics-staff-software-engineer.md",
  currency: {
    /** London's `    currency: GBP`: the value starts at column 15. */
    at: { line: 31, column: 15 },
    lineText: "    currency: GBP",
    code: "GBP",
    /** The item's detail: the currency's Intl name, and that it is London's usual one. */
    detail: "British Pound (usual in London)",
  },
  region: {
    /** A new entry is typed on a new line just before `level_mapping:`. */
    beforeLine: 42,
    typed: "  - region: ",
    /** Known regions offered (the seed already has Boston, London and Zurich). */
    offered: ["San Francisco", "New York", "Berlin", "Dublin", "Toronto"],
    notOffered: ["London", "Boston", "Zurich"],
    filter: "Berl",
    choose: "Berlin",
    chosenDetail: "EUR (Euro)",
    /** The entry after choosing: the region's usual currency is filled in on the next line. */
    resultLines: ["  - region: Berlin", "    currency: EUR"],
  },
} as const;

/** Scenario 4: hovering a key shows its documentation from the zod schema. */
export const HOVER = {
  file: "seeds/helix-robotics-staff-software-engineer.md",
  /** Inside London's `base_low` key. */
  at: { line: 23, column: 7 },
  contains: ["base_low", "Annual base salary, low end"],
} as const;

/** Scenario 5: the preview shows the chart and follows edits. */
export const PREVIEW = {
  file: "seeds/maple-ledger-data-engineer.md",
  command: "Seeds: Open Preview to the Side",
  commandId: "seeds.openPreviewToSide",
  viewType: "seeds.preview",
  /** One `.bar-group` per region, in frontmatter order. */
  regions: ["Toronto", "Vancouver"],
  /** The `**Negotiation DNA:**` line; text is appended at its end. */
  dnaLine: 40,
  appended: " Zebra Crossing",
  /** The panel's title names the role and the company, and follows edits to them. */
  title: "Preview Data Engineer · Maple Ledger",
  /** `role_display: "Data Engineer"`: text inserted before the closing quote. */
  roleDisplayEdit: { line: 5, column: 29, inserted: " II" },
  editedTitle: "Preview Data Engineer II · Maple Ledger",
} as const;

/**
 * Scenario 6: "Seeds: New Seed" writes a seed whose only findings are its placeholders (a
 * to-do list): London's figures, then each placeholder text (levels, DNA, lever, strategy,
 * evidence).
 */
export const NEW_SEED = {
  command: "Seeds: New Seed",
  commandId: "seeds.newSeed",
  company: "Acme Robotics",
  role: "Staff Engineer",
  region: "London",
  file: "seeds/acme-robotics-staff-engineer.md",
  /** New Seed selects the first amount (`    base_low: 0`) so the author can type it. */
  selection: { line: 14, startColumn: 15, endColumn: 16 },
  findings: [
    { rule: "placeholder", line: 14, column: 15 },
    { rule: "placeholder", line: 23, column: 40 },
    { rule: "placeholder", line: 26, column: 27 },
    { rule: "placeholder", line: 39, column: 27 },
    { rule: "placeholder", line: 41, column: 31 },
    { rule: "placeholder", line: 44, column: 14 },
  ],
  /**
   * Typing over that selection makes an invalid-value finding, and the figures still 0 are then
   * reported from base_high; undo restores the placeholder findings.
   */
  breakWith: "lots",
  breakFindings: [
    { rule: "invalid-value", line: 14, column: 15 },
    { rule: "placeholder", line: 15, column: 16 },
    { rule: "placeholder", line: 23, column: 40 },
    { rule: "placeholder", line: 26, column: 27 },
    { rule: "placeholder", line: 39, column: 27 },
    { rule: "placeholder", line: 41, column: 31 },
    { rule: "placeholder", line: 44, column: 14 },
  ],
} as const;

/** Scenario 7: the outline lists the regions. */
export const OUTLINE = {
  file: REFERENCE.file,
  regions: ["San Francisco", "New York", "London"],
} as const;

/** Scenario 8: a Markdown file with non-seed frontmatter stays Markdown and gets no seed diagnostics. */
export const MARKDOWN = {
  file: "notes/README.md",
  languageId: "markdown",
  languageName: "Markdown",
} as const;

/**
 * The flat-folder scenarios (flat-folder.e2e.test.ts): the reference seed as
 * `000_5ae9dcfe2e03ad59.txt` beside a README.md with non-seed frontmatter, no config, no settings.
 */
export const FLAT_FOLDER = {
  seed: "000_5ae9dcfe2e03ad59.txt",
  readme: "README.md",
  /** The reference seed's findings, as "rule [Ln, Col]" in the Problems panel's order. */
  findings: ["review-overdue [Ln 10, Col 18]", "table-bonus-range [Ln 54, Col 47]", "table-bonus-range [Ln 55, Col 42]", "table-bonus-range [Ln 56, Col 40]"],
  /** San Francisco's base_high in the table, `$255K`, typed over as `$250K`, then fixed from the frontmatter. */
  cell: {
    at: { line: 54, column: 25 },
    selected: "$255K",
    typed: "$250K",
    original: "| San Francisco | $195K–$255K | $170K–$310K | 5–15% | $268K–$395K |",
    typedRow: "| San Francisco | $195K–$250K | $170K–$310K | 5–15% | $268K–$395K |",
    finding: {
      rule: "table-cell-mismatch",
      line: 54,
      column: 19,
      message: "Base Salary for San Francisco says $195K–$250K but the frontmatter says $195K–$255K.",
    },
    fixFromFrontmatter: "Set San Francisco's Base Salary to $195K–$255K (from the frontmatter)",
    fixToFrontmatter: "Set San Francisco's base_high from the table ($195K–$250K)",
  },
  /** London's `    currency: GBP`: the value starts at column 15. */
  currency: { at: { line: 38, column: 15 }, lineText: "    currency: GBP", code: "GBP", detail: "British Pound (usual in London)" },
  preview: { command: "Seeds: Open Preview to the Side", regions: ["San Francisco", "New York", "London"], title: "Preview ML/AI Engineer · Weights & Biases" },
  /** New Seed in this folder writes a .txt beside the reference seed. */
  newSeed: { company: "Acme Robotics", role: "Staff Engineer", region: "London", file: "acme-robotics-staff-engineer.txt" },
} as const;
