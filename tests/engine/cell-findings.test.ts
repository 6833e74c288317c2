// What model/cell-findings.ts and model/row-root-causes.ts decide that the rule tests see only in
// part: which rewrites of a cell are safe (a cell not read as money or a percentage), the
// "every entry" bonus suggestion, fixes that YAML aliases leave out, and how cellColumns weighs
// the two readings of a table whose titles are swapped. Each seed is parsed inside its test (see
// tests/engine/MUTATION.md, "Tests the run can see").
import { describe, expect, it } from "vitest";
import { checkSeed, parseSeed } from "../../server/src/engine";
import { bonusRangeFix, cellFindings } from "../../server/src/engine/model/cell-findings";
import { CLEAN, ROWS, SMALL, TODAY, variant, withSanFranciscoCell } from "./fixtures";

const HEADER = "| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |";
const SWAPPED_TITLES = "| Region | Stock (RSU/4yr) | Base Salary | Bonus | Total Comp |";
const SF_BONUS = "    bonus_pct: 5\n    total_comp_low: 268000";
const NY_BONUS = "    bonus_pct: 5\n    total_comp_low: 263000";
const LONDON_BONUS = "    bonus_pct: 5\n    total_comp_low: 203000";

/** The table findings of a seed: rule, message and each fix as [title, safe, the edits' new texts]. */
const tableFindings = (text: string) =>
  checkSeed(text, { today: TODAY })
    .findings.filter((finding) => finding.rule.startsWith("table-"))
    .map((finding) => ({
      rule: finding.rule,
      message: finding.message,
      fixes: finding.fixes.map((fix) => [fix.title, fix.safe, fix.edits.map((edit) => edit?.newText)]),
    }));

/** Whether the one finding of a seed's table offers its frontmatter rewrite as safe. */
const rewriteIsSafe = (text: string) => {
  const findings = tableFindings(text);
  expect(findings).toHaveLength(1);
  return findings[0]!.fixes[0]![1];
};

describe("a cell not read as money: rewritten safely only when it says nothing of its own", () => {
  it.each([
    ["£195K–$255K", true],
    ["£195K to\u00a0to $255K", true],
    ["£195K—$255K", true],
    ["£195K - to $255K", true],
    ["£195K−$255K", true],
    ["£195K to $255K", true],
    ["£195K TO $255K", true],
    ["£195K to USD to $255K", true],
    ["£195K to EUR to $255K", false],
    ["£195K and $255K", false],
    ["£195K & $255K", false],
    ["£195K–$999K", false],
    ["USD", false],
    ["to", false],
    ["TBD", true],
  ])("base cell %j: safe %s", (cell, safe) => {
    expect(rewriteIsSafe(withSanFranciscoCell("base", cell))).toBe(safe);
  });
});

describe("a bonus cell not read as a percentage: rewritten safely only when it says nothing of its own", () => {
  it.each([
    ["5 pct", true],
    ["5 percent", true],
    ["5% pct", true],
    ["5 to 5 PCT", true],
    ["5 xpct", false],
    ["5 pctx", false],
    ["about 5", false],
    ["5 USD", false],
  ])("bonus cell %j: safe %s", (cell, safe) => {
    expect(rewriteIsSafe(withSanFranciscoCell("bonus", cell))).toBe(safe);
  });

  it("reads a decimal bonus as one figure", () => {
    const text = variant(withSanFranciscoCell("bonus", "10.55 pct"), [SF_BONUS, "    bonus_pct: 10.55\n    total_comp_low: 268000"]);
    expect(rewriteIsSafe(text)).toBe(true);
  });

  it("restates both ends of a bonus range", () => {
    const text = variant(withSanFranciscoCell("bonus", "5 to 10 pct"), [SF_BONUS, "    bonus_pct: 5\n    bonus_pct_high: 10\n    total_comp_low: 268000"]);
    expect(rewriteIsSafe(text)).toBe(true);
  });
});

describe("which entries' cells are compared", () => {
  it("an unknown key unlike any of a column's keys does not stop its cells being compared", () => {
    const text = variant(withSanFranciscoCell("base", "$190K–$250K"), ["  - region: San Francisco", "  - region: San Francisco\n    notes: hello"]);
    expect(tableFindings(text).map((finding) => finding.message)).toEqual([
      "Base Salary for San Francisco says $190K–$250K but the frontmatter says $195K–$255K.",
    ]);
  });

  it("an invalid bonus_pct_high keeps the bonus cell out of the comparison", () => {
    const text = variant(CLEAN, [SF_BONUS, "    bonus_pct: 5\n    bonus_pct_high: 500\n    total_comp_low: 268000"]);
    expect(tableFindings(text)).toEqual([]);
  });

  it("an entry whose money is a likely slip in the frontmatter still has its bonus cell compared", () => {
    // London's total below its base plus a quarter of its stock: the money cells are not judged against it.
    const text = variant(CLEAN, ["    total_comp_low: 203000", "    total_comp_low: 100000"], [ROWS.london, ROWS.london.replace("5%", "7%")]);
    expect(tableFindings(text).map((finding) => finding.message)).toEqual(["Bonus for London says 7% but the frontmatter says 5%."]);
  });

  it("a seed without a table has no cell findings", () => {
    const text = variant(SMALL, [
      "| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |\n|--------|-------------|-----------------|-------|------------|\n| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |\n",
      "",
    ]);
    expect(cellFindings(parseSeed(text))).toEqual([]);
    expect(bonusRangeFix(parseSeed(text))).toBeUndefined();
  });

  it("cellFindings without a config still compares London's pound cells", () => {
    const text = variant(CLEAN, [ROWS.london, "| London | £150K–£194K | £128K–£233K | 5% | £203K–£300K |"]);
    expect(cellFindings(parseSeed(text)).map((finding) => finding.message)).toEqual([
      "Base Salary for London says £150K–£194K but the frontmatter says £148K–£194K.",
    ]);
  });

  it("a row with more cells than the header has no cell findings", () => {
    const text = variant(CLEAN, [ROWS.london, "| London | oops | £148K–£194K | £128K–£233K | 5% | £203K–£300K |"]);
    expect(tableFindings(text).map((finding) => finding.rule)).toEqual(["table-row-cells"]);
  });
});

describe("fixes a YAML alias leaves out", () => {
  const aliased = variant(
    CLEAN,
    [
      "    stock_low: 170000\n    stock_high: 310000\n    bonus_pct: 5\n    total_comp_low: 268000",
      "    stock_low: &s 170000\n    stock_high: 310000\n    bonus_pct: 5\n    total_comp_low: 268000",
    ],
    [
      "    stock_low: 170000\n    stock_high: 310000\n    bonus_pct: 5\n    total_comp_low: 263000",
      "    stock_low: *s\n    stock_high: 310000\n    bonus_pct: 5\n    total_comp_low: 263000",
    ],
  );

  it("no 'from the table' fix for a money cell when one of the values to set is an alias", () => {
    const text = variant(aliased, [ROWS.newYork, "| New York | $190K–$250K | $171K–$311K | 5% | $263K–$388K |"]);
    expect(tableFindings(text)).toEqual([
      {
        rule: "table-cell-mismatch",
        message: "Stock (RSU/4yr) for New York says $171K–$311K but the frontmatter says $170K–$310K.",
        fixes: [["Set New York's Stock (RSU/4yr) to $170K–$310K (from the frontmatter)", true, ["$170K–$310K"]]],
      },
    ]);
  });

  const bonusAliased = variant(
    CLEAN,
    [SF_BONUS, "    bonus_pct: &b 5\n    total_comp_low: 268000"],
    [NY_BONUS, "    bonus_pct: *b\n    total_comp_low: 263000"],
  );

  it("no 'from the table' fix for a bonus cell when one of the values to set is an alias", () => {
    const text = variant(
      bonusAliased,
      [NY_BONUS.replace("bonus_pct: 5", "bonus_pct: *b"), "    bonus_pct: *b\n    bonus_pct_high: 10\n    total_comp_low: 263000"],
      [ROWS.newYork, "| New York | $190K–$250K | $170K–$310K | 6–15% | $263K–$388K |"],
    );
    expect(tableFindings(text)).toEqual([
      {
        rule: "table-cell-mismatch",
        message: "Bonus for New York says 6–15% but the frontmatter says 5–10%.",
        fixes: [["Set New York's Bonus to 5–10% (from the frontmatter)", true, ["5–10%"]]],
      },
    ]);
  });

  it("no bonus_pct_high added after an aliased bonus_pct, and no 'every entry' fix that would need it", () => {
    const text = variant(bonusAliased, [ROWS.sanFrancisco, ROWS.sanFrancisco.replace("5%", "5–15%")], [ROWS.newYork, ROWS.newYork.replace("5%", "5–15%")]);
    expect(tableFindings(text)).toMatchInlineSnapshot(`
      [
        {
          "fixes": [
            [
              "Add 'bonus_pct_high: 15' to San Francisco (keep the table's range)",
              false,
              [
                "
          bonus_pct_high: 15",
              ],
            ],
            [
              "Set San Francisco's Bonus to 5% (drop the table's upper end)",
              false,
              [
                "5%",
              ],
            ],
          ],
          "message": "The bonus for San Francisco is the range 5–15% in the table, but the frontmatter has only 'bonus_pct: 5': add 'bonus_pct_high: 15' or write 5%.",
          "rule": "table-bonus-range",
        },
        {
          "fixes": [
            [
              "Set New York's Bonus to 5% (drop the table's upper end)",
              false,
              [
                "5%",
              ],
            ],
          ],
          "message": "The bonus for New York is the range 5–15% in the table, but the frontmatter has only 'bonus_pct: 5': add 'bonus_pct_high: 15' or write 5%.",
          "rule": "table-bonus-range",
        },
      ]
    `);
  });
});

describe("the bonus from the table", () => {
  it("sets only the end that differs", () => {
    const text = variant(withSanFranciscoCell("bonus", "6–15%"), [SF_BONUS, "    bonus_pct: 5\n    bonus_pct_high: 15\n    total_comp_low: 268000"]);
    expect(tableFindings(text)).toMatchInlineSnapshot(`
      [
        {
          "fixes": [
            [
              "Set San Francisco's Bonus to 5–15% (from the frontmatter)",
              true,
              [
                "5–15%",
              ],
            ],
            [
              "Set San Francisco's bonus from the table (6–15%)",
              false,
              [
                "6",
              ],
            ],
          ],
          "message": "Bonus for San Francisco says 6–15% but the frontmatter says 5–15%.",
          "rule": "table-cell-mismatch",
        },
      ]
    `);
  });
});

describe("'Add bonus_pct_high from the table to every entry'", () => {
  const ranges = variant(CLEAN, [ROWS.sanFrancisco, ROWS.sanFrancisco.replace("5%", "5–15%")], [ROWS.newYork, ROWS.newYork.replace("5%", "5–15%")]);
  /** The edits of the "every entry" fix offered on San Francisco's bonus cell. */
  const everyEntry = (text: string) =>
    checkSeed(text, { today: TODAY })
      .findings.find((finding) => finding.rule === "table-bonus-range")!
      .fixes.find((fix) => fix.title === "Add bonus_pct_high from the table to every entry")?.edits.length;

  it("leaves out a row with more cells than the header", () => {
    const text = variant(ranges, [ROWS.london, "| London | £148K–£194K | £128K–£233K | 5–15% | £203K–£300K | extra |"]);
    expect(everyEntry(text)).toBe(2);
  });

  it("leaves out an entry that has a bonus_pct_high", () => {
    const text = variant(
      ranges,
      [LONDON_BONUS, "    bonus_pct: 5\n    bonus_pct_high: 10\n    total_comp_low: 203000"],
      [ROWS.london, ROWS.london.replace("5%", "5–15%")],
    );
    expect(everyEntry(text)).toBe(2);
  });

  it("leaves out an entry whose bonus keys are not judged (a misspelled bonus_pct_high)", () => {
    const text = variant(
      ranges,
      [LONDON_BONUS, "    bonus_pct: 5\n    bonus_pct_hi: 15\n    total_comp_low: 203000"],
      [ROWS.london, ROWS.london.replace("5%", "5–15%")],
    );
    expect(everyEntry(text)).toBe(2);
  });

  it("takes every entry whose cell is a range over its bonus_pct", () => {
    expect(everyEntry(variant(ranges, [ROWS.london, ROWS.london.replace("5%", "5–15%")]))).toBe(3);
  });

  it("is none for a seed without a bonus range or without a bonus column", () => {
    expect(bonusRangeFix(parseSeed(CLEAN))).toBeUndefined();
    const noBonus = variant(
      SMALL,
      [HEADER, "| Region | Base Salary | Stock (RSU/4yr) | Total Comp |"],
      ["| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |", "| Berlin | €80K–€100K | €40K–€80K | €98K–€130K |"],
    );
    expect(bonusRangeFix(parseSeed(noBonus))).toBeUndefined();
  });
});

describe("cellColumns: titles swapped over cells in the format's order", () => {
  const swapped = variant(CLEAN, [HEADER, SWAPPED_TITLES]);
  const columnsMessage = (text: string) => tableFindings(text).find((finding) => finding.rule === "table-columns")?.message;
  const TITLES_SWAPPED =
    "The table's columns are 'Region', 'Stock (RSU/4yr)', 'Base Salary', 'Bonus', 'Total Comp'; expected 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp': the cells below are in the expected order, so the titles are swapped.";
  const PLAIN =
    "The table's columns are 'Region', 'Stock (RSU/4yr)', 'Base Salary', 'Bonus', 'Total Comp'; expected 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp'.";

  it("every row agreeing in the format's order: the titles are swapped", () => {
    expect(columnsMessage(swapped)).toBe(TITLES_SWAPPED);
  });

  it("a row with more cells than the header does not count", () => {
    expect(columnsMessage(variant(swapped, [ROWS.london, "| London | £148K–£194K | £128K–£233K | 5% | £203K–£300K | extra |"]))).toBe(TITLES_SWAPPED);
    expect(columnsMessage(variant(swapped, [ROWS.london, "| London | oops | £148K–£194K | £128K–£233K | 5% | £203K–£300K |"]))).toBe(TITLES_SWAPPED);
  });

  it.each([
    ["a missing cell", "| London | £148K–£194K | £128K–£233K | 5% |"],
    ["a cell not read as money", "| London | TBD | £128K–£233K | 5% | £203K–£300K |"],
    ["a bonus that differs", "| London | £148K–£194K | £128K–£233K | 7% | £203K–£300K |"],
  ])("%s: the titles' reading is kept", (_, row) => {
    expect(columnsMessage(variant(swapped, [ROWS.london, row]))).toBe(PLAIN);
  });

  it("needs the region column where the format has it, even when the format's reading would agree", () => {
    // A region named "10%" in the bonus column's place: read in the format's order, Berlin's row agrees.
    const text = variant(
      SMALL,
      ["  - region: Berlin", '  - region: "10%"'],
      [HEADER, "| Bonus | Base Salary | Stock (RSU/4yr) | Region | Total Comp |"],
      ["| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |", "| 7% | €80K–€100K | €40K–€80K | 10% | €98K–€130K |"],
    );
    expect(tableFindings(text).map((finding) => finding.message)).toEqual([
      "The table's columns are 'Bonus', 'Base Salary', 'Stock (RSU/4yr)', 'Region', 'Total Comp'; expected 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp'.",
      "Bonus for 10% says 7% but the frontmatter says 10%.",
    ]);
  });

  it("cells that read the same both ways keep the titles' reading", () => {
    const sameBaseAndStock = variant(
      SMALL,
      ["    stock_low: 40000\n    stock_high: 80000", "    stock_low: 80000\n    stock_high: 100000"],
      ["| Berlin | €80K–€100K | €40K–€80K |", "| Berlin | €80K–€100K | €80K–€100K |"],
      [HEADER, SWAPPED_TITLES],
    );
    expect(columnsMessage(sameBaseAndStock)).toBe(PLAIN);
  });
});

describe("row-root-causes", () => {
  it("two cells holding each other's range in another currency are cells in another currency, not a swap", () => {
    const text = variant(CLEAN, [ROWS.london, "| London | $128K–$233K | $148K–$194K | 5% | £203K–£300K |"]);
    expect(tableFindings(text)).toMatchInlineSnapshot(`
      [
        {
          "fixes": [
            [
              "Set London's Base Salary and Stock (RSU/4yr) from the frontmatter (in GBP)",
              true,
              [
                "£148K–£194K",
                "£128K–£233K",
              ],
            ],
          ],
          "message": "Base Salary and Stock (RSU/4yr) for London are in USD (US Dollar), but London's currency is GBP: the frontmatter says Base Salary £148K–£194K, Stock (RSU/4yr) £128K–£233K.",
          "rule": "table-cell-mismatch",
        },
      ]
    `);
  });

  it("a swapped pair's fix swaps the two cells as written", () => {
    const text = variant(CLEAN, [ROWS.sanFrancisco, "| San Francisco | $170K–$310K | **$195K–$255K** | 5% | $268K–$395K |"]);
    expect(tableFindings(text)).toMatchInlineSnapshot(`
      [
        {
          "fixes": [
            [
              "Swap San Francisco's Base Salary and Stock (RSU/4yr) cells",
              true,
              [
                "**$195K–$255K**",
                "$170K–$310K",
              ],
            ],
          ],
          "message": "The Base Salary and Stock (RSU/4yr) cells for San Francisco are swapped: the frontmatter says Base Salary $195K–$255K and Stock (RSU/4yr) $170K–$310K.",
          "rule": "table-cell-mismatch",
        },
      ]
    `);
  });

  it("no 'currency from the table' fix when the entry's currency is an alias", () => {
    const text = variant(
      CLEAN,
      ["compensation:", "uk_currency: &gbp GBP\ncompensation:"],
      ["    total_comp_high: 300000\n    currency: GBP", "    total_comp_high: 300000\n    currency: *gbp"],
      [ROWS.london, "| London | $148K–$194K | $128K–$233K | 5% | $203K–$300K |"],
    );
    expect(tableFindings(text)).toMatchInlineSnapshot(`
      [
        {
          "fixes": [
            [
              "Set London's Base Salary, Stock (RSU/4yr) and Total Comp from the frontmatter (in GBP)",
              true,
              [
                "£148K–£194K",
                "£128K–£233K",
                "£203K–£300K",
              ],
            ],
          ],
          "message": "Base Salary, Stock (RSU/4yr) and Total Comp for London are in USD (US Dollar), but London's currency is GBP: the frontmatter says Base Salary £148K–£194K, Stock (RSU/4yr) £128K–£233K, Total Comp £203K–£300K.",
          "rule": "table-cell-mismatch",
        },
      ]
    `);
  });

  it("an entry's currency that may be the slip: a 'currency from the table' fix", () => {
    const text = variant(CLEAN, [ROWS.london, "| London | $148K–$194K | $128K–$233K | 5% | $203K–$300K |"]);
    expect(tableFindings(text)).toMatchInlineSnapshot(`
      [
        {
          "fixes": [
            [
              "Set London's Base Salary, Stock (RSU/4yr) and Total Comp from the frontmatter (in GBP)",
              true,
              [
                "£148K–£194K",
                "£128K–£233K",
                "£203K–£300K",
              ],
            ],
            [
              "Set London's currency to USD (from the table)",
              false,
              [
                "USD",
              ],
            ],
          ],
          "message": "Base Salary, Stock (RSU/4yr) and Total Comp for London are in USD (US Dollar), but London's currency is GBP: the frontmatter says Base Salary £148K–£194K, Stock (RSU/4yr) £128K–£233K, Total Comp £203K–£300K.",
          "rule": "table-cell-mismatch",
        },
      ]
    `);
  });
});
