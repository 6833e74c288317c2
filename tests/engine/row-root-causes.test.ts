// One mistake in a table row, one finding (model/row-root-causes.ts, model/cell-findings.ts'
// cellColumns): what is merged, what is not, and where the merged finding stands.
import { describe, expect, it } from "vitest";
import { checkSeed } from "../../server/src/engine";
import { CLEAN, ROWS, TODAY, variant } from "./fixtures";

const HEADER = "| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |";
/** The table findings of a seed: rule and message, in order. */
const tableFindings = (text: string) =>
  checkSeed(text, { today: TODAY })
    .findings.filter((finding) => finding.rule.startsWith("table-"))
    .map((finding) => [finding.rule, finding.message]);

describe("one finding for a row's one mistake", () => {
  it("a merged finding stands where the first cell it replaces stood, before the row's other findings", () => {
    const text = variant(CLEAN, [ROWS.london, "| London | $148K–$194K | $128K–$233K | 7% | $203K–$300K |"]);
    expect(tableFindings(text)).toEqual([
      [
        "table-cell-mismatch",
        "Base Salary, Stock (RSU/4yr) and Total Comp for London are in USD (US Dollar), but London's currency is GBP: the frontmatter says Base Salary £148K–£194K, Stock (RSU/4yr) £128K–£233K, Total Comp £203K–£300K.",
      ],
      ["table-cell-mismatch", "Bonus for London says 7% but the frontmatter says 5%."],
    ]);
  });

  it("cells in two other currencies are not one mistake: a finding each", () => {
    const text = variant(CLEAN, [ROWS.london, "| London | $148K–$194K | €128K–€233K | 5% | £203K–£300K |"]);
    expect(tableFindings(text)).toEqual([
      ["table-cell-mismatch", "Base Salary for London is in USD (US Dollar), but London's currency is GBP: the frontmatter says £148K–£194K."],
      ["table-cell-mismatch", "Stock (RSU/4yr) for London is in EUR (Euro), but London's currency is GBP: the frontmatter says £128K–£233K."],
    ]);
  });

  it("one cell in another currency stays its own finding", () => {
    const text = variant(CLEAN, [ROWS.london, "| London | $148K–$194K | £128K–£233K | 5% | £203K–£300K |"]);
    expect(tableFindings(text)).toEqual([
      ["table-cell-mismatch", "Base Salary for London is in USD (US Dollar), but London's currency is GBP: the frontmatter says £148K–£194K."],
    ]);
  });

  it("three cells rotated are no swapped pair: a finding each", () => {
    const text = variant(CLEAN, [ROWS.sanFrancisco, "| San Francisco | $268K–$395K | $195K–$255K | 5% | $170K–$310K |"]);
    expect(tableFindings(text).map(([, message]) => message)).toEqual([
      "Base Salary for San Francisco says $268K–$395K but the frontmatter says $195K–$255K.",
      "Stock (RSU/4yr) for San Francisco says $195K–$255K but the frontmatter says $170K–$310K.",
      "Total Comp for San Francisco says $170K–$310K but the frontmatter says $268K–$395K.",
    ]);
  });

  it("a pair that holds each other's range swapped with another pair's: the stock and total cells", () => {
    const text = variant(CLEAN, [ROWS.sanFrancisco, "| San Francisco | $195K–$255K | $268K–$395K | 5% | $170K–$310K |"]);
    expect(tableFindings(text)).toEqual([
      [
        "table-cell-mismatch",
        "The Stock (RSU/4yr) and Total Comp cells for San Francisco are swapped: the frontmatter says Stock (RSU/4yr) $170K–$310K and Total Comp $268K–$395K.",
      ],
    ]);
  });
});

describe("titles swapped over cells in the expected order", () => {
  const swapped = variant(CLEAN, [HEADER, "| Region | Stock (RSU/4yr) | Base Salary | Bonus | Total Comp |"]);

  it("is read only when every row agrees in the expected order: one row off keeps the titles' reading", () => {
    const text = variant(swapped, [ROWS.london, "| London | £150K–£194K | £128K–£233K | 5% | £203K–£300K |"]);
    // Read by the titles: two rows whose base and stock cells hold each other's range, and London's two cells.
    expect(tableFindings(text).map(([rule, message]) => (rule === "table-cell-mismatch" ? message!.split(" ").slice(0, 4).join(" ") : rule))).toEqual([
      "table-columns",
      "The Base Salary and",
      "The Base Salary and",
      "Stock (RSU/4yr) for London",
      "Base Salary for London",
    ]);
  });

  it("needs the region column where the format has it", () => {
    const text = variant(CLEAN, [HEADER, "| Base Salary | Region | Stock (RSU/4yr) | Bonus | Total Comp |"]);
    expect(tableFindings(text)[0]).toEqual([
      "table-columns",
      "The table's columns are 'Base Salary', 'Region', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp'; expected 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp'.",
    ]);
  });

  it("needs every column of the format", () => {
    const text = variant(CLEAN, [HEADER, "| Region | Stock (RSU/4yr) | Base Salary | Bonus | Notes |"]);
    expect(tableFindings(text)[0]![1]).toBe(
      "The table's columns are 'Region', 'Stock (RSU/4yr)', 'Base Salary', 'Bonus', 'Notes'; expected 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp'.",
    );
  });

  it("the bonus and total titles swapped", () => {
    const text = variant(CLEAN, [HEADER, "| Region | Base Salary | Stock (RSU/4yr) | Total Comp | Bonus |"]);
    expect(tableFindings(text)).toEqual([
      [
        "table-columns",
        "The table's columns are 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Total Comp', 'Bonus'; expected 'Region', 'Base Salary', 'Stock (RSU/4yr)', 'Bonus', 'Total Comp': the cells below are in the expected order, so the titles are swapped.",
      ],
    ]);
  });
});
