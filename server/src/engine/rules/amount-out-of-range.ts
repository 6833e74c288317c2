// An amount the author asks for in the levers or the strategy quote ("I need $250K base") must
// lie inside some frontmatter range it could refer to. Amounts that only describe other offers
// ("Anthropic is offering $230K") are not asks and are never checked: a false alarm costs trust.
import { findAmounts, formatMoney, type Amount } from "../money";
import type { Rule } from "./rule";
import { entries, num, type Entry } from "./support";

type Kind = "base" | "stock" | "total" | "any" | "skip";
const ASK = /\b(?:I(?:'d| would)? need|need|I(?:'m| am) asking(?: for)?|my ask is|ask(?:ing)? for|I want|I(?:'m| am) targeting|targeting|commands?|my floor is|floor of|I(?:'d| would) accept)\b/i;
const COMMIT = /\bI(?: will|'ll)? (?:commit|sign|accept)\b/i;
// Words that turn a sentence to another company's numbers: an amount whose nearest cue before it
// is one of these ("I need $250K base because Anthropic is offering $400K") is not an ask.
const OTHERS = /\b(?:because|since|while|whereas|versus|vs\.?|compared|offers|offered|offering|pays|paying|paid|match(?:es|ing)?|beat(?:s|ing)?)\b/i;
const PER_YEAR = /^\s*(?:\/\s*(?:yr|year)\b|per year\b|a year\b|annually\b)/;
const KEYS: Record<Exclude<Kind, "any" | "skip">, [string, string, string]> = {
  base: ["base_low", "base_high", "base"],
  stock: ["stock_low", "stock_high", "stock"],
  total: ["total_comp_low", "total_comp_high", "total comp"],
};

/** How far after an amount its kind ("base", "RSUs", "per year in equity") is looked for. */
const KIND_WINDOW = 40;

function kindAfter(text: string): { kind: Kind; perYear: boolean } {
  let after = text.slice(0, KIND_WINDOW).toLowerCase();
  // "$75K/yr in RSUs", "$75K per year in equity": the yearly marker may come before the kind.
  const yearly = PER_YEAR.exec(after);
  if (yearly) after = after.slice(yearly[0].length);
  const perYear = !!yearly || PER_YEAR.test(after.replace(/^\s*(?:equity|rsus?|stock)/, ""));
  if (/^\s*(?:signing|sign-on|sign on|relocation|refresher|retention|bonus|cash bonus|offers?\b|package)/.test(after)) return { kind: "skip", perYear };
  if (/^\s*(?:base|salary)/.test(after)) return { kind: "base", perYear };
  if (/^\s*(?:equity|rsus?|stock|in (?:rsus?|equity|stock))/.test(after)) return { kind: "stock", perYear };
  if (/^\s*(?:total|tc\b)/.test(after)) return { kind: "total", perYear };
  return { kind: "any", perYear };
}

function within(amount: Amount, value: number, low: number, high: number): boolean {
  const slack = (amount.unit * 10 ** -amount.decimals) / 2;
  return value >= low - slack && value <= high + slack;
}

interface Candidates {
  ranges: { low: number; high: number }[];
  lowest: number;
  highest: number;
}

function ranges(list: Entry[], kind: Exclude<Kind, "any" | "skip">): { low: number; high: number }[] {
  const [lowKey, highKey] = KEYS[kind];
  return list.flatMap((entry) => {
    const low = num(entry.data[lowKey]);
    const high = num(entry.data[highKey]);
    return low === undefined || high === undefined ? [] : [{ low, high }];
  });
}

/**
 * The ranges an amount in `currency` of `kind` may fall in, computed once per seed: a sentence
 * of thousands of asks must not rebuild them for each.
 */
function candidatesFor(list: Entry[]): (currency: string, kind: Exclude<Kind, "skip">) => Candidates {
  const cache = new Map<string, Candidates>();
  return (currency, kind) => {
    const key = `${currency}\u0000${kind}`;
    let found = cache.get(key);
    if (!found) {
      const inCurrency = list.filter((entry) => entry.currency === currency);
      const kinds = kind === "any" ? (["base", "stock", "total"] as const) : [kind];
      const all = kinds.flatMap((k) => ranges(inCurrency, k));
      found = { ranges: all, lowest: Math.min(...all.map((c) => c.low)), highest: Math.max(...all.map((c) => c.high)) };
      cache.set(key, found);
    }
    return found;
  };
}

const ASK_ALL = new RegExp(ASK.source, "gi");
const OTHERS_ALL = new RegExp(OTHERS.source, "gi");

/**
 * Answers "where does the last match of a pattern start before this offset?" for increasing
 * offsets, from one scan of the sentence: asking each amount's prefix again would make a sentence
 * of 20,000 asks take 20,000 scans. No cue can straddle an amount (an amount starts after a
 * character that is not a letter or digit; every cue ends with a letter), so the matches in the
 * whole sentence that start before an amount are exactly the matches in the text before it.
 */
class LastCue {
  private readonly starts: number[];
  private next = 0;

  constructor(pattern: RegExp, text: string) {
    this.starts = Array.from(text.matchAll(pattern), (match) => match.index);
  }

  /** Start of the last match before `offset`, or -1; offsets must not decrease between calls. */
  before(offset: number): number {
    while (this.next < this.starts.length && this.starts[this.next]! < offset) this.next++;
    return this.next > 0 ? this.starts[this.next - 1]! : -1;
  }
}

/**
 * Splits prose into sentences. A period inside a number ("$1.2M") or a name ("Levels.fyi") does
 * not end one. A loop, not a regex: a repeated alternation overflows the stack on a 10 MB line.
 */
export function sentences(text: string): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char !== "." && char !== "!" && char !== "?") continue;
    let end = i + 1;
    while (end < text.length && /[.!?]/.test(text[end]!)) end++;
    if (end < text.length && /["”]/.test(text[end]!)) end++;
    if (end < text.length && !/\s/.test(text[end]!)) {
      i = end - 1;
      continue;
    }
    if (text.slice(start, end).trim()) found.push({ index: start, text: text.slice(start, end) });
    start = end;
    i = end - 1;
  }
  if (text.slice(start).trim()) found.push({ index: start, text: text.slice(start) });
  return found;
}

const rule: Rule = {
  id: "amount-out-of-range",
  severity: "warning",
  category: "body",
  description: "An amount asked for in the levers or the strategy quote lies inside a frontmatter range in that currency.",
  check({ seed, report }) {
    const list = entries(seed);
    if (list.length === 0) return;
    const currencies = new Set(list.map((entry) => entry.currency));
    const candidatesOf = candidatesFor(list);
    for (const line of seed.body.prose) {
      if (!/\d/.test(line.text)) continue;
      for (const sentence of sentences(line.text)) {
        const text = sentence.text;
        const commit = COMMIT.test(text);
        if (!commit && !ASK.test(text)) continue;
        const asks = new LastCue(ASK_ALL, text);
        const others = new LastCue(OTHERS_ALL, text);
        for (const amount of findAmounts(text)) {
          if (!amount.currency) continue;
          const ask = asks.before(amount.start);
          if ((ask === -1 && !commit) || others.before(amount.start) > ask) continue;
          if (!currencies.has(amount.currency)) continue;
          const { kind, perYear } = kindAfter(text.slice(amount.end, amount.end + KIND_WINDOW));
          if (kind === "skip") continue;
          const { ranges: candidates, lowest, highest } = candidatesOf(amount.currency, kind);
          if (candidates.length === 0) continue;
          const value = perYear && kind === "stock" ? amount.value * 4 : amount.value;
          if (candidates.some((range) => within(amount, value, range.low, range.high))) continue;
          const what = kind === "any" ? "base, stock or total comp" : KEYS[kind][2];
          const side = value > highest ? `above every ${what} range in ${amount.currency} (highest ${formatMoney(highest, amount.currency)})` : value < lowest ? `below every ${what} range in ${amount.currency} (lowest ${formatMoney(lowest, amount.currency)})` : `outside every ${what} range in ${amount.currency}`;
          const start = line.span.start + sentence.index + amount.start;
          report({
            span: { start, end: line.span.start + sentence.index + amount.end },
            message: `The ask ${text.slice(amount.start, amount.end)}${kind === "any" ? "" : ` ${KEYS[kind][2]}`} is ${side}.`,
          });
        }
      }
    }
  },
};
export default rule;
