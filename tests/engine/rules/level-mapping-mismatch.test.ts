import { CLEAN, removeLine, SMALL, variant } from "../fixtures";
import { ruleTester, withCrlf, type InvalidCase } from "../rule-tester";

const wrong: InvalidCase = {
  name: "a different mapping: only the value is replaced",
  text: variant(SMALL, ["**Level Mapping:** Acme L3 = Google L4", "**Level Mapping:** Acme L3 = Google L5"]),
  findings: [
    {
      line: 36,
      column: 20,
      endLine: 36,
      endColumn: 39,
      message: "The Level Mapping line says 'Acme L3 = Google L5' but the frontmatter says 'Acme L3 = Google L4'.",
    },
  ],
  output: SMALL,
  suggestions: [
    {
      title: "Set the frontmatter from the Level Mapping line",
      output: variant(
        SMALL,
        ["**Level Mapping:** Acme L3 = Google L4", "**Level Mapping:** Acme L3 = Google L5"],
        ['raw: "Acme L3 = Google L4"', 'raw: "Acme L3 = Google L5"'],
      ),
    },
  ],
};
const adds: InvalidCase = {
  name: "a note added after the mapping: nothing contradicts, so nothing is fixed; both directions are suggestions",
  text: variant(SMALL, ["**Level Mapping:** Acme L3 = Google L4", "**Level Mapping:** Acme L3 = Google L4 | Remote OK"]),
  findings: [
    {
      line: 36,
      column: 40,
      endLine: 36,
      endColumn: 51,
      message: "The Level Mapping line adds '| Remote OK' to what the frontmatter says ('Acme L3 = Google L4').",
    },
  ],
  output: null,
  suggestions: [
    { title: "Write the Level Mapping line as the frontmatter says (drop '| Remote OK')", output: SMALL },
    {
      title: "Set the frontmatter from the Level Mapping line",
      output: variant(
        SMALL,
        ["**Level Mapping:** Acme L3 = Google L4", "**Level Mapping:** Acme L3 = Google L4 | Remote OK"],
        ['raw: "Acme L3 = Google L4"', 'raw: "Acme L3 = Google L4 | Remote OK"'],
      ),
    },
  ],
};
const wrongAndAdds: InvalidCase = {
  name: "a different level with a note after a comma: the level is replaced, the note stays",
  text: variant(SMALL, ["**Level Mapping:** Acme L3 = Google L4", "**Level Mapping:** Acme L3 = Google L5, Remote OK"]),
  findings: [
    {
      line: 36,
      column: 20,
      endLine: 36,
      endColumn: 50,
      message: "The Level Mapping line says 'Acme L3 = Google L5, Remote OK' but the frontmatter says 'Acme L3 = Google L4'.",
    },
  ],
  output: variant(SMALL, ["**Level Mapping:** Acme L3 = Google L4", "**Level Mapping:** Acme L3 = Google L4, Remote OK"]),
  suggestions: [
    { title: "Write the Level Mapping line as the frontmatter says (drop 'Remote OK')", output: SMALL },
    {
      title: "Set the frontmatter from the Level Mapping line",
      output: variant(
        SMALL,
        ["**Level Mapping:** Acme L3 = Google L4", "**Level Mapping:** Acme L3 = Google L5, Remote OK"],
        ['raw: "Acme L3 = Google L4"', 'raw: "Acme L3 = Google L5, Remote OK"'],
      ),
    },
  ],
};
const missing: InvalidCase = {
  name: "no Level Mapping line: inserted after the table",
  text: variant(SMALL, ["**Level Mapping:** Acme L3 = Google L4\n\n", ""]),
  findings: [
    {
      line: 34,
      column: 1,
      endLine: 34,
      endColumn: 55,
      message: "The body has no Level Mapping line; it should read '**Level Mapping:** Acme L3 = Google L4'.",
    },
  ],
  output: SMALL,
};

ruleTester("level-mapping-mismatch", {
  valid: [
    {
      name: "a link and an escaped pipe (regression)",
      text: variant(
        SMALL,
        ['raw: "Acme L3 = Google L4"', 'raw: "Acme L3 = Google L4 | Meta E4"'],
        ["**Level Mapping:** Acme L3 = Google L4", "**Level Mapping:** Acme L3 = [Google L4](https://levels.fyi) \\| Meta E4"],
      ),
    },
    { name: "the clean seed", text: CLEAN },
    { name: "the colon outside the bold", text: variant(SMALL, ["**Level Mapping:**", "**Level Mapping**:"]) },
    { name: "no raw mapping in the frontmatter: nothing to compare", text: removeLine(SMALL, "raw:") },
    {
      name: "no level_mapping in the frontmatter at all: nothing to compare (and no crash)",
      text: variant(SMALL, ['level_mapping:\n  internal: L3\n  raw: "Acme L3 = Google L4"\n', ""]),
    },
  ],
  invalid: [
    wrong,
    withCrlf(wrong),
    adds,
    withCrlf(adds),
    wrongAndAdds,
    withCrlf(wrongAndAdds),
    missing,
    withCrlf(missing),
    {
      name: "no table either: inserted after the DNA line",
      text: variant(SMALL, [
        "| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |\n|--------|-------------|-----------------|-------|------------|\n| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |\n\n**Level Mapping:** Acme L3 = Google L4\n\n",
        "",
      ]),
      findings: [
        {
          line: 30,
          column: 1,
          endLine: 30,
          endColumn: 39,
          message: "The body has no Level Mapping line; it should read '**Level Mapping:** Acme L3 = Google L4'.",
        },
      ],
      output: variant(SMALL, [
        "| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |\n|--------|-------------|-----------------|-------|------------|\n| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |\n\n",
        "",
      ]),
    },
    {
      name: "a table with no rows: inserted after its delimiter row",
      text: variant(SMALL, ["| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |\n\n**Level Mapping:** Acme L3 = Google L4\n", ""]),
      findings: [
        {
          line: 33,
          column: 1,
          endLine: 33,
          endColumn: 64,
          message: "The body has no Level Mapping line; it should read '**Level Mapping:** Acme L3 = Google L4'.",
        },
      ],
      output: variant(SMALL, ["| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |\n", ""]),
    },
    {
      name: "no table and no DNA line: inserted after the heading",
      text: variant(SMALL, [
        "**Negotiation DNA:** Cash-heavy offers\n\n| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |\n|--------|-------------|-----------------|-------|------------|\n| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |\n\n**Level Mapping:** Acme L3 = Google L4\n\n",
        "",
      ]),
      findings: [
        {
          line: 28,
          column: 1,
          endLine: 28,
          endColumn: 54,
          message: "The body has no Level Mapping line; it should read '**Level Mapping:** Acme L3 = Google L4'.",
        },
      ],
      output: variant(SMALL, [
        "**Negotiation DNA:** Cash-heavy offers\n\n| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |\n|--------|-------------|-----------------|-------|------------|\n| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |\n\n",
        "",
      ]),
    },
    {
      name: "no heading, DNA line or table: inserted after the frontmatter",
      text: variant(SMALL, [
        "### Software Engineer | Acme Global Negotiation Guide\n\n**Negotiation DNA:** Cash-heavy offers\n\n| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |\n|--------|-------------|-----------------|-------|------------|\n| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |\n\n**Level Mapping:** Acme L3 = Google L4\n\n",
        "",
      ]),
      findings: [
        {
          line: 27,
          column: 1,
          endLine: 27,
          endColumn: 4,
          message: "The body has no Level Mapping line; it should read '**Level Mapping:** Acme L3 = Google L4'.",
        },
      ],
      output: variant(SMALL, [
        "### Software Engineer | Acme Global Negotiation Guide\n\n**Negotiation DNA:** Cash-heavy offers\n\n| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |\n|--------|-------------|-----------------|-------|------------|\n| Berlin | €80K–€100K | €40K–€80K | 10% | €98K–€130K |\n\n",
        "",
      ]),
    },
    {
      name: "the reference seed's mapping with a level changed",
      text: variant(CLEAN, ["**Level Mapping:** W&B ML/AI Engineer = Google L4-L5", "**Level Mapping:** W&B ML/AI Engineer = Google L5-L6"]),
      findings: [
        {
          line: 63,
          column: 20,
          endLine: 63,
          endColumn: 144,
          message:
            "The Level Mapping line says 'W&B ML/AI Engineer = Google L5-L6 ML Engineer = Meta ML Engineer IC4-5 = Databricks ML Engineer = OpenAI SWE = Anthropic SWE' but the frontmatter says 'W&B ML/AI Engineer = Google L4-L5 ML Engineer = Meta ML Engineer IC4-5 = Databricks ML Engineer = OpenAI SWE = Anthropic SWE'.",
        },
      ],
      output: CLEAN,
      suggestions: [
        {
          title: "Set the frontmatter from the Level Mapping line",
          output: variant(
            CLEAN,
            ["**Level Mapping:** W&B ML/AI Engineer = Google L4-L5", "**Level Mapping:** W&B ML/AI Engineer = Google L5-L6"],
            ['raw: "W&B ML/AI Engineer = Google L4-L5', 'raw: "W&B ML/AI Engineer = Google L5-L6'],
          ),
        },
      ],
    },
  ],
});
