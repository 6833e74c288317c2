// Table cells as GFM inline text: reading what a cell renders to, writing cells that read back
// unchanged, and ending a table where markdown-it (the preview) ends it.
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { MAX_DELIMITER_RUN, MAX_DELIMITER_RUNS, parseSeed, tableRow } from "../../server/src/engine";
import { splitRow } from "../../server/src/engine/parse/body";
import { escapeCellText, readCell, writeIntoCell } from "../../server/src/engine/parse/cells";
import { endsTable } from "../../server/src/engine/parse/table-end";
import { checkForPreview, renderPreview } from "../../server/src/render";
import { CLEAN, REMOTE, ROWS, variant } from "./fixtures";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 500);

const line = (text: string) => ({ span: { start: 0, end: text.length }, text, next: text.length });
const cellsOf = (row: string) => splitRow(line(row));

// Text a cell can hold: one line, no surrounding whitespace (cells are trimmed), and the
// characters that mean something to Markdown or to a table mixed in often.
const SPECIAL = [
  "|",
  "\\",
  "\\|",
  "*",
  "**",
  "_",
  "`",
  "~~",
  "[",
  "]",
  "(",
  ")",
  "<",
  ">",
  "&",
  "&amp;",
  "&#124;",
  "!",
  "#",
  "$",
  "£",
  "–",
  "%",
  " ",
  "é",
  "😀",
];
const cellValue = fc
  .array(fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ maxLength: 4 }), fc.string({ unit: "grapheme", maxLength: 3 })), { maxLength: 8 })
  .map((parts) =>
    parts
      .join("")
      .replace(/[\r\n\u0000]/g, " ")
      .trim(),
  )
  .filter((value) => value !== "" && value === value.trim());

describe("reading a cell", () => {
  it.each([
    ["**$195K–$255K**", "$195K–$255K", "$195K–$255K"],
    ["*London*", "London", "London"],
    ["_London_", "London", "London"],
    ["`$195K`", "$195K", "$195K"],
    ["[$195K](https://levels.fyi)", "$195K", "$195K"],
    ["**[London](https://x.test)**", "London", "London"],
    ["$195K&ndash;$255K", "$195K–$255K", "$195K&ndash;$255K"],
    ["\\*London\\*", "*London*", "\\*London\\*"],
    ["**$1** – **$2**", "$1 – $2", "**$1** – **$2**"],
    ["$195K–$255K", "$195K–$255K", "$195K–$255K"],
  ])("%s reads as %s; a value written into it replaces %s", (source, text, valueSource) => {
    const cell = readCell(source, 10);
    expect(cell.text).toBe(text);
    expect(cell.span).toEqual({ start: 10, end: 10 + source.length });
    expect(source.slice(cell.valueSpan.start - 10, cell.valueSpan.end - 10)).toBe(valueSource);
  });

  it("a run of `*` longer than any emphasis is text, as the preview renders it (and costs what prose costs)", () => {
    const stars = "*".repeat(MAX_DELIMITER_RUN + 1);
    const source = `${stars}London${stars}`;
    expect(readCell(source, 0).text).toBe(source);
    expect(renderPreview(checkForPreview(variant(CLEAN, ["| San Francisco |", `| ${source} |`]), { today: "2026-11-28" }), { today: "2026-11-28" })).toContain(
      `<td>${source}</td>`,
    );
    // At the limit it is still emphasis, in the cell as in markdown-it.
    const nested = "*".repeat(MAX_DELIMITER_RUN);
    expect(readCell(`${nested}London${nested}`, 0).text).toBe("London");
  });

  it("past the first MAX_DELIMITER_RUNS delimiter runs of a cell, `*` is text, as the preview renders it", () => {
    // 1,001 emphasized words: 2,002 runs; the first 1,000 runs pair into 500 emphases.
    const source = Array.from({ length: MAX_DELIMITER_RUNS / 2 + 501 }, () => "*a*").join(" ");
    const expected = `${"a ".repeat(MAX_DELIMITER_RUNS / 2)}${Array.from({ length: 501 }, () => "*a*").join(" ")}`;
    expect(readCell(source, 0).text).toBe(expected);
    const html = renderPreview(checkForPreview(variant(CLEAN, ["| San Francisco |", `| ${source} |`]), { today: "2026-11-28" }), { today: "2026-11-28" });
    expect(html).toContain(`<td>${"<em>a</em> ".repeat(MAX_DELIMITER_RUNS / 2)}*a* *a*`);
    expect(html.split("<em>").length - 1).toBe(MAX_DELIMITER_RUNS / 2);
  });

  // What a cell reads as, where a value written into it goes, and how it is escaped there.
  it.each<[string, string, [number, number], "inline" | "code"]>([
    ["London", "London", [0, 6], "inline"],
    ["*London*", "London", [1, 7], "inline"],
    ["**a** b", "a b", [0, 7], "inline"],
    ["`a` `b`", "a b", [0, 7], "inline"],
    // An image reads as its alt text; it is no wrapper.
    ["![alt *x*](u)", "alt x", [0, 13], "inline"],
    ["**![a](u)**", "a", [0, 11], "inline"],
    // A link with an empty label: the value goes into the label.
    ["[](u)", "", [1, 1], "inline"],
    ["**[](u)**", "", [3, 3], "inline"],
    // An autolink is no inline link, even with a `]` in it.
    ["<https://x.y/a]b>", "https://x.y/a]b", [0, 17], "inline"],
    ["[a [b] c](u)", "a [b] c", [1, 8], "inline"],
    // A code span drops one space at each end only when both are there.
    ["` a `", "a", [2, 3], "code"],
    ["` a`", "a", [1, 3], "code"],
    ["`a `", "a", [1, 3], "code"],
    ["`  `", "", [1, 3], "code"],
    ["`` `x` ``", "`x`", [3, 6], "code"],
    ["` ab`", "ab", [1, 4], "code"],
    ["`ab `", "ab", [1, 4], "code"],
    // A code span followed by text that ends in backticks is not one wrapped value.
    ["`` ` `` ``", "` ``", [0, 10], "inline"],
    // Offsets in the pipe-unescaped text do not map back: the whole cell is the value.
    ["**a\\|b**", "a|b", [0, 8], "inline"],
    ["`a\\|b`", "a|b", [0, 6], "inline"],
    // The text is trimmed after reading, and a line break inside a cell reads as a space.
    ["&#32;*a*", "a", [0, 8], "inline"],
    ["a\r*b*", "a b", [0, 5], "inline"],
    ["a  \r*b*", "a b", [0, 7], "inline"],
    // Raw HTML, links in plain text and typography are off, as in the preview.
    ["*x* <b>y</b>", "x <b>y</b>", [0, 12], "inline"],
    ["*https://x.test*", "https://x.test", [1, 15], "inline"],
    ["*(c) a -- b...*", "(c) a -- b...", [1, 14], "inline"],
  ])("%j reads as %j, its value at %j, %s", (source, text, [start, end], context) => {
    expect(readCell(source, 0)).toEqual({ span: { start: 0, end: source.length }, text, valueSpan: { start, end }, valueContext: context });
  });

  it("an escaped pipe is part of the cell: `| Remote (US\\|Canada) | x |`", () => {
    const cells = cellsOf("| Remote (US\\|Canada) | $1K |");
    expect(cells.map((cell) => cell.text)).toEqual(["Remote (US|Canada)", "$1K"]);
    expect(cells[0]!.span).toEqual({ start: 2, end: 21 });
  });

  it("the reference seed's regions read from the table as the frontmatter writes them", () => {
    const seed = parseSeed(REMOTE);
    expect(seed.body.table!.rows.map((row) => row.cells[0]!.text)).toEqual(["San Francisco", "New York", "Remote (US|Canada)"]);
  });
});

describe("writing a cell", () => {
  it("round trip: any region or value written as a cell reads back unchanged", () => {
    fc.assert(
      fc.property(cellValue, (value) => {
        expect(readCell(escapeCellText(value), 0).text).toBe(value);
        // Inside a row too: the pipes it holds do not split it.
        const cells = cellsOf(`| ${escapeCellText(value)} | x |`);
        expect(cells.map((cell) => cell.text)).toEqual([value, "x"]);
      }),
      { numRuns: RUNS },
    );
  });

  it("round trip through tableRow: a whole row for any region has five cells and the region back", () => {
    fc.assert(
      fc.property(cellValue, (region) => {
        const cells = cellsOf(
          tableRow({
            region,
            currency: "USD",
            base_low: 1000,
            base_high: 2000,
            stock_low: 0,
            stock_high: 0,
            bonus_pct: 5,
            total_comp_low: 1000,
            total_comp_high: 2000,
          }),
        );
        expect(cells.map((cell) => cell.text)).toEqual([region, "$1K–$2K", "$0", "5%", "$1K–$2K"]);
      }),
      { numRuns: RUNS },
    );
  });

  it("round trip inside the author's emphasis, code span or link: the value reads back, the wrapper stays", () => {
    const wrappers = fc.constantFrom(
      ["**", "**"],
      ["*", "*"],
      ["_", "_"],
      ["~~", "~~"],
      ["[", "](https://levels.fyi)"],
      ["**[", "](https://levels.fyi)**"],
      ["`", "`"],
      ["*`", "`*"],
    );
    fc.assert(
      fc.property(wrappers, cellValue, fc.constantFrom("$195K–$255K", "5–15%", "£148K"), ([open, close], value, before) => {
        const source = `${open}${before}${close}`;
        const edit = writeIntoCell(readCell(source, 0), value);
        const written = source.slice(0, edit.start) + edit.newText + source.slice(edit.end);
        const cells = cellsOf(`| ${written} |`);
        expect(cells.map((cell) => cell.text)).toEqual([value]);
        // A value a code span cannot hold replaces the whole cell; any other keeps the wrapper.
        if (!(open.includes("`") && /[`\\]/.test(value))) expect(written.startsWith(open) && written.endsWith(close)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("writes `Remote (US\\|Canada)` in a row", () => {
    expect(
      tableRow({
        region: "Remote (US|Canada)",
        currency: "USD",
        base_low: 1000,
        base_high: 2000,
        stock_low: 0,
        stock_high: 0,
        bonus_pct: 5,
        total_comp_low: 1000,
        total_comp_high: 2000,
      }),
    ).toBe("| Remote (US\\|Canada) | $1K–$2K | $0 | 5% | $1K–$2K |");
  });
});

describe("where the table ends", () => {
  // As the preview reads the body: raw HTML on (and shown as text), so an HTML block ends a table.
  const markdown = new MarkdownIt("default", { html: true });
  /** Rows markdown-it renders for the table followed by `next`. */
  const renderedRows = (next: string) => {
    const tokens = markdown.parse(`| a | b |\n|---|---|\n| x | y |\n${next}\n`, {});
    return tokens.find((token) => token.type === "table_open")!.map![1] - 2;
  };

  it.each([
    "Sources: Levels.fyi | Glassdoor | Blind (Feb 2026 pull)",
    "plain prose",
    "<div>|",
    "<!-- note -->",
    "<details>",
    "<span>",
    "#x | y",
    "-a|b",
    "> quote | x",
    "- item | x",
    "1. item|x",
    "2) x",
    "# heading",
    "   # heading|",
    "```",
    "~~~ x",
    "---",
    "***",
    "* * *",
    "_ _ _",
    "    code | x",
    "\t| x",
    "",
    "   ",
    "\u00a0",
    " \u3000 ",
  ])("%j: as markdown-it decides", (next) => {
    expect(endsTable(next)).toBe(renderedRows(next) === 1);
  });

  it("agrees with markdown-it on generated lines", () => {
    const starts = fc.constantFrom(
      "",
      " ",
      "  ",
      "   ",
      "    ",
      "\t",
      ">",
      "-",
      "*",
      "+",
      "_",
      "#",
      "##",
      "1.",
      "1)",
      "123456789.",
      "1234567890.",
      "```",
      "~~~",
      "``",
      "---",
      "***",
      "___",
      "- - -",
      "|",
      "<",
      "<!--",
      "<div",
      "</p",
      "<script",
      "<?",
      "<!X",
      "<![CDATA[",
      "<span",
    );
    const rests = fc.constantFrom("", " ", " x", "x", " | y", "`", "|", "-", " -", "\t", ">", "/>", "-->");
    fc.assert(
      fc.property(starts, rests, fc.string({ maxLength: 4 }), (start, rest, tail) => {
        const next = `${start}${rest}${tail}`.replace(/[\r\n]/g, "");
        expect(endsTable(next), JSON.stringify(next)).toBe(renderedRows(next) === 1);
      }),
      { numRuns: RUNS },
    );
  });

  it("a table followed by a blank line and prose has only its rows", () => {
    const seed = parseSeed(variant(CLEAN, [`${ROWS.london}\n`, `${ROWS.london}\n\nSources: A | B\n`]));
    expect(seed.body.table!.rows).toHaveLength(3);
  });
});
