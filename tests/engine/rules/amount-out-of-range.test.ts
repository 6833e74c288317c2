import { CLEAN, REFERENCE, SMALL, variant, withLevers } from "../fixtures";
import { ruleTester } from "../rule-tester";

// withLevers puts the prose on line 71 of CLEAN; its column 1 is the start of `1. "`.
const lever = (ask: string) => withLevers(`1. "${ask}"`);

ruleTester("amount-out-of-range", {
  valid: [
    { name: "the clean seed (competitor offers above the range are not asks)", text: CLEAN },
    { name: "the reference seed", text: REFERENCE },
    // One root cause, one finding: a range whose figure is invalid is not dropped, leaving the
    // ask to be judged against the others ($252K is inside San Francisco's base only).
    { name: "base_low written as text: its range is not dropped", text: variant(lever("I need $252K base."), ["base_low: 195000", 'base_low: "195000"']) },
    { name: "base_low written 195_000: its range is not dropped", text: variant(lever("I need $252K base."), ["base_low: 195000", "base_low: 195_000"]) },
    {
      name: "a currency that is not a code: its ranges may be in any currency",
      text: variant(lever("I need $252K base."), ["currency: USD\n  - region: New York", "currency: usd\n  - region: New York"]),
    },
    {
      name: "a reversed base range: range-order's finding, not a judge of asks",
      text: variant(lever("I need $252K base."), ["base_low: 195000", "base_low: 300000"]),
    },
    { name: "a competitor's offer before the ask", text: lever("Anthropic is offering $400K base, so I need $250K base.") },
    { name: "a competitor's offer after the ask (because)", text: lever("I need $250K base because Anthropic is offering $400K base.") },
    { name: "a competitor's offer after the ask (to match)", text: lever("I need $250K base to match OpenAI's $400K offer.") },
    { name: "a competitor's pay after the ask (while)", text: lever("I need $250K base, while Google pays $420K.") },
    { name: "a signing bonus or a refresher is not in any range", text: lever("I need a $100K signing bonus and a $50K refresher.") },
    { name: "yearly equity ($75K/yr in RSUs is $300K over 4 years)", text: lever("I need $75K/yr in RSUs.") },
    { name: "yearly equity written per year", text: lever("I need $75K per year in equity.") },
    { name: "equity/yr after the amount", text: lever("I need $75K equity/yr.") },
    { name: "equity/4yr is the 4-year grant", text: lever("I need $295K equity/4yr.") },
    { name: "an amount in a currency no entry uses", text: lever("I need €900K base.") },
    { name: "the top of the range written $255,000", text: lever("I need $255,000 base.") },
    { name: "$0.25M", text: lever("I need $0.25M base.") },
    { name: "a year is not money", text: lever("I need $250K base in 2026.") },
    { name: "an amount that fits some range when its kind is not said", text: lever("My floor is $180K.") },
    { name: "an ask in the frontmatter's other currency", text: lever("In London I need £190K base.") },
    { name: "amounts in a fenced code block are not prose", text: withLevers("```\nI need $900K base.\n```") },
    // Each sentence is judged alone: an amount after the ask's sentence has ended is no ask.
    { name: "a sentence ends at a period", text: lever("I need $250K base. The staff band tops out at $900K.") },
    { name: "a sentence ends at an exclamation mark", text: lever("I need $250K base! The staff band tops out at $900K.") },
    { name: "a sentence ends at a run of marks", text: lever("Do I need $250K base?! The staff band tops out at $900K.") },
    { name: "a sentence ends after the quote that closes it", text: withLevers('1. "I need $250K base." The staff band tops out at $900K.') },
    {
      name: "no compensation entries",
      text: variant(SMALL, ["compensation:\n  - region: Berlin", "compensation: []\nx:\n  - region: Berlin"], ["I need €95K base.", "I need €900K base."]),
    },
  ],
  invalid: [
    {
      name: "a base ask above every base range",
      text: lever("I need $300K base."),
      findings: [{ line: 71, column: 12, endLine: 71, endColumn: 17, message: "The ask $300K base is above every base range in USD (highest $255K)." }],
      output: null,
    },
    {
      name: "a floor below every base range",
      text: lever("My floor is $100K base."),
      findings: [{ line: 71, column: 17, endLine: 71, endColumn: 22, message: "The ask $100K base is below every base range in USD (lowest $190K)." }],
      output: null,
    },
    {
      name: "a total comp ask",
      text: lever("I'm targeting $400K total comp."),
      findings: [
        { line: 71, column: 19, endLine: 71, endColumn: 24, message: "The ask $400K total comp is above every total comp range in USD (highest $395K)." },
      ],
      output: null,
    },
    {
      name: "an ask in pounds",
      text: lever("I need £250K base in London."),
      findings: [{ line: 71, column: 12, endLine: 71, endColumn: 17, message: "The ask £250K base is above every base range in GBP (highest £194K)." }],
      output: null,
    },
    {
      name: "a commitment",
      text: lever("At $300K base, I commit."),
      findings: [{ line: 71, column: 8, endLine: 71, endColumn: 13, message: "The ask $300K base is above every base range in USD (highest $255K)." }],
      output: null,
    },
    {
      name: "precision: $255,400 is above $255,000",
      text: lever("I need $255,400 base."),
      findings: [{ line: 71, column: 12, endLine: 71, endColumn: 20, message: "The ask $255,400 base is above every base range in USD (highest $255K)." }],
      output: null,
    },
    {
      name: "the code before the amount",
      text: lever("I need USD 300K base."),
      findings: [{ line: 71, column: 12, endLine: 71, endColumn: 20, message: "The ask USD 300K base is above every base range in USD (highest $255K)." }],
      output: null,
    },
    {
      name: "the second amount of an ask",
      text: lever("I need $250K base and $400K equity."),
      findings: [{ line: 71, column: 27, endLine: 71, endColumn: 32, message: "The ask $400K stock is above every stock range in USD (highest $310K)." }],
      output: null,
    },
    {
      name: "an amount of any kind above everything",
      text: lever("I need $500K."),
      findings: [
        { line: 71, column: 12, endLine: 71, endColumn: 17, message: "The ask $500K is above every base, stock or total comp range in USD (highest $395K)." },
      ],
      output: null,
    },
    {
      name: "$1.2M: the decimal point does not end the sentence",
      text: lever("I need $1.2M base."),
      findings: [{ line: 71, column: 12, endLine: 71, endColumn: 17, message: "The ask $1.2M base is above every base range in USD (highest $255K)." }],
      output: null,
    },
    {
      // One root cause, one finding: a sentence of thousands of asks (a pasted table, a generated
      // line) gives the first five and one finding for the rest, not a finding per amount.
      name: "a sentence of seven asks outside the ranges: five findings, then one for the other two",
      text: lever("I need $500K, $501K, $502K, $503K, $504K, $505K, $506K."),
      findings: [
        ...[12, 19, 26, 33, 40].map((column, i) => ({
          line: 71,
          column,
          endLine: 71,
          endColumn: column + 5,
          message: `The ask $50${i}K is above every base, stock or total comp range in USD (highest $395K).`,
        })),
        {
          line: 71,
          column: 47,
          endLine: 71,
          endColumn: 59,
          message: "2 more asks in this sentence lie outside the frontmatter's ranges (from $505K on); only the first 5 are reported one by one.",
        },
      ],
      output: null,
    },
    {
      name: "a sentence of six asks outside the ranges: the sixth's finding spans it alone",
      text: lever("I need $500K, $501K, $502K, $503K, $504K, $505K."),
      findings: [
        ...[12, 19, 26, 33, 40].map((column, i) => ({
          line: 71,
          column,
          endLine: 71,
          endColumn: column + 5,
          message: `The ask $50${i}K is above every base, stock or total comp range in USD (highest $395K).`,
        })),
        {
          line: 71,
          column: 47,
          endLine: 71,
          endColumn: 52,
          message: "1 more asks in this sentence lie outside the frontmatter's ranges (from $505K on); only the first 5 are reported one by one.",
        },
      ],
      output: null,
    },
    {
      name: "only asks outside the ranges count toward the five: five inside, then one outside",
      text: lever("I need $200K, $201K, $202K, $203K, $204K, $500K."),
      findings: [
        { line: 71, column: 47, endLine: 71, endColumn: 52, message: "The ask $500K is above every base, stock or total comp range in USD (highest $395K)." },
      ],
      output: null,
    },
    {
      name: "five asks outside the ranges in each of two sentences: ten findings, none for the rest",
      text: lever("I need $500K, $501K, $502K, $503K, $504K. I need $500K, $501K, $502K, $503K, $504K."),
      findings: [12, 19, 26, 33, 40, 54, 61, 68, 75, 82].map((column, i) => ({
        line: 71,
        column,
        endLine: 71,
        endColumn: column + 5,
        message: `The ask $50${i % 5}K is above every base, stock or total comp range in USD (highest $395K).`,
      })),
      output: null,
    },
    {
      name: "a period inside a name does not end the sentence",
      text: lever("I need the Levels.fyi staff figure, $300K base."),
      findings: [{ line: 71, column: 41, endLine: 71, endColumn: 46, message: "The ask $300K base is above every base range in USD (highest $255K)." }],
      output: null,
    },
    {
      name: "marks not followed by a space do not end the sentence",
      text: lever("I need $250K base...The staff band tops out at $900K."),
      findings: [
        { line: 71, column: 52, endLine: 71, endColumn: 57, message: "The ask $900K is above every base, stock or total comp range in USD (highest $395K)." },
      ],
      output: null,
    },
    {
      name: "an ask in the middle sentence of three, at its own position",
      text: lever("The band is wide. I need $300K base. The staff band tops out at $900K."),
      findings: [{ line: 71, column: 30, endLine: 71, endColumn: 35, message: "The ask $300K base is above every base range in USD (highest $255K)." }],
      output: null,
    },
    {
      name: "in the strategy quote, a second sentence",
      text: variant(CLEAN, ["My floor is $230K", "My floor is $130K"]),
      findings: [
        { line: 76, column: 500, endLine: 76, endColumn: 505, message: "The ask $130K is below every base, stock or total comp range in USD (lowest $170K)." },
      ],
      output: null,
    },
  ],
});
