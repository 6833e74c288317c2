import { CLEAN, SMALL, variant } from "../fixtures";
import { ruleTester, withCrlf, type InvalidCase } from "../rule-tester";

const TABLE =
  "| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |\n|--------|-------------|-----------------|-------|------------|\n| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |";
const FRONTMATTER = SMALL.slice(0, SMALL.indexOf("---\n###") + 4);

const afterDna: InvalidCase = {
  name: "no table: inserted after the DNA line",
  text: variant(SMALL, [`${TABLE}\n\n`, ""]),
  findings: [{ line: 30, column: 1, endLine: 30, endColumn: 39, message: "The body has no compensation table (a table whose first column is 'Region')." }],
  output: SMALL,
};

ruleTester("table-missing", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    { name: "a Location column counts as the region column", text: variant(SMALL, ["| Region | Base", "| Location | Base"]) },
    { name: "a table without outer pipes", text: variant(SMALL, [TABLE, TABLE.replace(/^\| | \|$/gm, "")]) },
    {
      name: "no compensation entries: nothing to insert",
      text: variant(SMALL, [`${TABLE}\n\n`, ""], ["compensation:\n  - region: Berlin", "compensation: []\nx:\n  - region: Berlin"]),
    },
    { name: "no frontmatter: frontmatter-missing's finding", text: "# Title\n" },
  ],
  invalid: [
    afterDna,
    withCrlf(afterDna),
    {
      // Regression: --fix inserted a second table above the quoted one.
      name: "the table inside a block quote: said where it is, and a second table is only a suggestion",
      text: variant(SMALL, [TABLE, TABLE.replace(/^/gm, "> ")]),
      findings: [
        {
          line: 32,
          column: 1,
          endLine: 32,
          endColumn: 66,
          message: "The compensation table is inside a block quote or a list; the checker reads a table only at the body's top level.",
        },
      ],
      output: null,
      suggestions: [
        {
          title: "Insert the compensation table from the frontmatter",
          output: variant(SMALL, [`${TABLE}\n`, `${TABLE}\n\n${TABLE.replace(/^/gm, "> ")}\n`]),
        },
      ],
    },
    {
      // Regression: the inserted table took the next line as its row, and the next pass deleted it.
      name: "no table, prose right under the DNA line: the inserted table ends with a blank line",
      text: variant(SMALL, [`\n\n${TABLE}\n`, "\nSee the offers below."]),
      findings: [{ line: 30, column: 1, endLine: 30, endColumn: 39, message: "The body has no compensation table (a table whose first column is 'Region')." }],
      output: variant(SMALL, [`\n\n${TABLE}\n`, `\n\n${TABLE}\n\nSee the offers below.`]),
    },
    {
      name: "no table and no DNA line: inserted after the heading",
      text: variant(SMALL, [`**Negotiation DNA:** Cash-heavy offers\n\n${TABLE}\n\n`, ""]),
      findings: [{ line: 28, column: 1, endLine: 28, endColumn: 54, message: "The body has no compensation table (a table whose first column is 'Region')." }],
      output: variant(SMALL, ["**Negotiation DNA:** Cash-heavy offers\n\n", ""]),
    },
    {
      name: "an empty body: appended after the frontmatter, reported on the closing ---",
      text: FRONTMATTER,
      findings: [{ line: 27, column: 1, endLine: 27, endColumn: 4, message: "The body has no compensation table (a table whose first column is 'Region')." }],
      output: `${FRONTMATTER}${TABLE}\n`,
    },
    {
      name: "a closing --- without a line ending: a line break comes first",
      text: FRONTMATTER.trimEnd(),
      findings: [{ line: 27, column: 1, endLine: 27, endColumn: 4, message: "The body has no compensation table (a table whose first column is 'Region')." }],
      output: `${FRONTMATTER}${TABLE}\n`,
    },
    withCrlf({
      name: "an empty body",
      text: FRONTMATTER,
      findings: [{ line: 27, column: 1, endLine: 27, endColumn: 4, message: "The body has no compensation table (a table whose first column is 'Region')." }],
      output: `${FRONTMATTER}${TABLE}\n`,
    }),
    {
      name: "the table in a block quote whose marks are followed by a tab: still said where it is",
      text: variant(SMALL, [TABLE, TABLE.replace(/^/gm, ">\t")]),
      findings: [
        {
          line: 32,
          column: 1,
          endLine: 32,
          endColumn: 66,
          message: "The compensation table is inside a block quote or a list; the checker reads a table only at the body's top level.",
        },
      ],
      output: null,
      suggestions: [
        {
          title: "Insert the compensation table from the frontmatter",
          output: variant(SMALL, [`${TABLE}\n`, `${TABLE}\n\n${TABLE.replace(/^/gm, ">\t")}\n`]),
        },
      ],
    },
    {
      name: "a Region header in a list item, with no delimiter row: said where it is",
      text: variant(SMALL, [TABLE, `- ${TABLE.split("\n")[0]}`]),
      findings: [
        {
          line: 32,
          column: 1,
          endLine: 32,
          endColumn: 66,
          message: "The compensation table is inside a block quote or a list; the checker reads a table only at the body's top level.",
        },
      ],
      output: null,
      suggestions: [
        {
          title: "Insert the compensation table from the frontmatter",
          output: variant(SMALL, [`${TABLE}\n`, `${TABLE}\n\n- ${TABLE.split("\n")[0]}\n`]),
        },
      ],
    },
    {
      name: "a Region header in a list item six block quotes deep (the marker past the twelfth character): said where it is",
      text: variant(SMALL, [TABLE, `> > > > > > - ${TABLE.split("\n")[0]}`]),
      findings: [
        {
          line: 32,
          column: 1,
          endLine: 32,
          endColumn: 78,
          message: "The compensation table is inside a block quote or a list; the checker reads a table only at the body's top level.",
        },
      ],
      output: null,
      suggestions: [
        {
          title: "Insert the compensation table from the frontmatter",
          output: variant(SMALL, [`${TABLE}\n`, `${TABLE}\n\n> > > > > > - ${TABLE.split("\n")[0]}\n`]),
        },
      ],
    },
    {
      name: "a Region header indented four spaces (code), with no delimiter row: said where it is",
      text: variant(SMALL, [TABLE, `    ${TABLE.split("\n")[0]}`]),
      findings: [
        {
          line: 32,
          column: 1,
          endLine: 32,
          endColumn: 68,
          message: "The compensation table is inside a block quote or a list; the checker reads a table only at the body's top level.",
        },
      ],
      output: null,
      suggestions: [
        {
          title: "Insert the compensation table from the frontmatter",
          output: variant(SMALL, [`${TABLE}\n`, `${TABLE}\n\n    ${TABLE.split("\n")[0]}\n`]),
        },
      ],
    },
    {
      name: "a Region header at the top level with no delimiter row: no table, inserted",
      text: variant(SMALL, [TABLE, TABLE.split("\n")[0]!]),
      findings: [{ line: 30, column: 1, endLine: 30, endColumn: 39, message: "The body has no compensation table (a table whose first column is 'Region')." }],
      output: variant(SMALL, [`${TABLE}\n`, `${TABLE}\n\n${TABLE.split("\n")[0]}\n`]),
    },
    {
      name: "three regions, in the frontmatter's order",
      text: variant(CLEAN, [
        "| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |\n|--------|-------------|-----------------|-------|------------|\n| San Francisco | $195K–$255K | $170K–$310K | 5% | $268K–$395K |\n| New York | $190K–$250K | $170K–$310K | 5% | $263K–$388K |\n| London | £148K–£194K | £128K–£233K | 5% | £203K–£300K |\n\n",
        "",
      ]),
      findings: [{ line: 50, column: 1, endLine: 50, endColumn: 140, message: "The body has no compensation table (a table whose first column is 'Region')." }],
      output: CLEAN,
    },
  ],
});
