// Reads the amounts the author asks for in the levers or the strategy quote ("I need $250K base")
// and judges each against the frontmatter ranges it could refer to. Amounts that only describe
// other offers ("Anthropic is offering $230K") are not asks and are never checked: a false alarm
// costs trust. Shared by amount-out-of-range (the finding) and the hover (what it was checked
// against, or why it was not).
import { findAmounts, formatMoney, isIsoCurrency, type Amount } from "../money";
import type { Line } from "../parse/body";
import type { Seed } from "../parse/seed";
import type { Span } from "../types";
import { frontmatterValid, isValidEntryValue } from "./schema-findings";
import { entries, num, type Entry } from "./frontmatter-data";

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

type RangeKind = Exclude<Kind, "any" | "skip">;

/** A frontmatter range an ask may be checked against. */
export interface AskRange {
  kind: RangeKind;
  region: string | undefined;
  low: number;
  high: number;
}

function ranges(list: Entry[], kind: RangeKind): AskRange[] {
  const [lowKey, highKey] = KEYS[kind];
  return list.flatMap((entry) => {
    const low = num(entry.data[lowKey]);
    const high = num(entry.data[highKey]);
    return low === undefined || high === undefined ? [] : [{ kind, region: entry.region, low, high }];
  });
}

/**
 * Why the ranges of `kinds` in `currency` cannot be trusted, if they cannot: an entry whose
 * currency is invalid might be in this currency, and an invalid or reversed figure would leave a
 * range out. Judging an ask against what remains would report the author's slip a second time,
 * far from it (one root cause, one finding).
 */
function untrusted(list: Entry[], currency: string, kinds: readonly RangeKind[]): string | undefined {
  for (const entry of list) {
    const name = entry.region ?? `entry ${entry.index + 1}`;
    if (typeof entry.currency !== "string" || !isIsoCurrency(entry.currency)) return `the currency of ${name} is not a valid ISO 4217 code`;
    if (entry.currency !== currency) continue;
    for (const kind of kinds) {
      const [lowKey, highKey] = KEYS[kind];
      for (const key of [lowKey, highKey] as const) {
        if (!isValidEntryValue(key as "base_low", entry.data[key])) return `'${key}' of ${name} is not a valid amount`;
      }
      const low = num(entry.data[lowKey])!;
      const high = num(entry.data[highKey])!;
      if (low > high) return `the ${KEYS[kind][2]} range of ${name} is reversed`;
    }
  }
  return undefined;
}

/** One amount in the prose, and what the check made of it. */
export interface AskCheck {
  span: Span;
  /** The amount as written, e.g. "$252K". */
  written: string;
  currency: string | undefined;
  /** "base", "stock", "total comp", or undefined when the sentence does not say. */
  kind: string | undefined;
  status: "inside" | "outside" | "unchecked";
  /** For unchecked amounts: why. */
  reason?: string;
  /** The ranges it was checked against. */
  ranges: AskRange[];
  /** For amounts outside every range: the finding's message. */
  message?: string;
}

/** For a valid frontmatter: is a range of these kinds in this currency reversed? */
function untrustedOrder(list: Entry[], currency: string, kinds: readonly RangeKind[]): string | undefined {
  for (const entry of list) {
    if (entry.currency !== currency) continue;
    for (const kind of kinds) {
      const [lowKey, highKey] = KEYS[kind];
      if ((entry.data[lowKey] as number) > (entry.data[highKey] as number)) return `the ${KEYS[kind][2]} range of ${entry.region ?? `entry ${entry.index + 1}`} is reversed`;
    }
  }
  return undefined;
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

/** How far after an amount its kind ("base", "RSUs", "per year in equity") is looked for. */
const KIND_WINDOW = 40;

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

const cache = new WeakMap<Seed, AskCheck[]>();

/**
 * The amounts in the body's prose and what the ask check made of each: by default those in
 * sentences that ask (all the rule needs, and fast on a 10 MB body); `every` adds the others,
 * for a hover that explains why an amount was not checked; `lines` narrows it to some prose lines.
 */
export function checkAsks(seed: Seed, every = false, lines: readonly Line[] = seed.body.prose): AskCheck[] {
  const cacheable = !every && lines === seed.body.prose;
  let found = cacheable ? cache.get(seed) : undefined;
  if (found) return found;
  found = [];
  const list = entries(seed);
  // The same few (currency, kinds) questions recur for every amount: answer each once.
  const trust = new Map<string, string | undefined>();
  const valid = frontmatterValid(seed);
  const distrust = (currency: string, kinds: readonly RangeKind[]) => {
    const key = `${currency} ${kinds.join()}`;
    // A frontmatter the schema accepts has no invalid figure or currency: only order is left.
    if (!trust.has(key)) trust.set(key, valid ? untrustedOrder(list, currency, kinds) : untrusted(list, currency, kinds));
    return trust.get(key);
  };

  for (const line of lines) {
    if (!/\d/.test(line.text)) continue;
    for (const sentence of sentences(line.text)) {
      const text = sentence.text;
      const commit = COMMIT.test(text);
      const asks = commit || ASK.test(text);
      if (!asks && !every) continue;
      // One scan of the sentence for each kind of cue, whatever the number of amounts in it.
      const cues: Cues = { asks: new LastCue(ASK_ALL, text), others: new LastCue(OTHERS_ALL, text) };
      for (const amount of findAmounts(text)) {
        const offset = line.span.start + sentence.index;
        const verdict = judge(list, text, amount, { asks, commit, cues }, distrust) as AskCheck;
        verdict.span = { start: offset + amount.start, end: offset + amount.end };
        verdict.written = text.slice(amount.start, amount.end);
        verdict.currency = amount.currency;
        found.push(verdict);
      }
    }
  }
  if (cacheable) cache.set(seed, found);
  return found;
}

type Distrust = (currency: string, kinds: readonly RangeKind[]) => string | undefined;
type Cues = { asks: LastCue; others: LastCue };

/** The verdict on one amount of a sentence; amounts must come in order (the cues only move on). */
function judge(
  list: Entry[],
  text: string,
  amount: Amount,
  sentence: { asks: boolean; commit: boolean; cues: Cues },
  untrustedRanges: Distrust,
): Omit<AskCheck, "span" | "written" | "currency"> {
  const unchecked = (reason: string, kind?: string) => ({ kind, status: "unchecked" as const, reason, ranges: [] });
  // Both cues move on for every amount, so each is read in one pass over the sentence.
  const ask = sentence.cues.asks.before(amount.start);
  const other = sentence.cues.others.before(amount.start);
  if (!amount.currency) return unchecked("its currency is not known");
  if (!sentence.asks) return unchecked("its sentence asks for nothing (amounts after \"I need\", \"My floor is\" and the like are checked)");
  if (ask === -1 && !sentence.commit) return unchecked("no ask (\"I need\", \"My floor is\" and the like) comes before it in its sentence");
  if (other > ask) return unchecked("it describes another offer, not the ask");
  if (list.length === 0) return unchecked("the frontmatter has no compensation entries");
  const { kind, perYear } = kindAfter(text.slice(amount.end, amount.end + KIND_WINDOW));
  if (kind === "skip") return unchecked("it is a signing bonus, a refresher or another amount outside the ranges");
  const kindName = kind === "any" ? undefined : KEYS[kind][2];
  const kinds = kind === "any" ? (["base", "stock", "total"] as const) : [kind];
  const distrust = untrustedRanges(amount.currency, kinds);
  if (distrust) return unchecked(distrust, kindName);
  const inCurrency = list.filter((entry) => entry.currency === amount.currency);
  if (inCurrency.length === 0) return unchecked(`no compensation entry is in ${amount.currency}`, kindName);
  const candidates = kinds.flatMap((k) => ranges(inCurrency, k));
  if (candidates.length === 0) return unchecked(`no ${kindName ?? "range"} in ${amount.currency}`, kindName);
  const value = perYear && kind === "stock" ? amount.value * 4 : amount.value;
  if (candidates.some((range) => within(amount, value, range.low, range.high))) return { kind: kindName, status: "inside", ranges: candidates };
  const lowest = Math.min(...candidates.map((c) => c.low));
  const highest = Math.max(...candidates.map((c) => c.high));
  const what = kindName ?? "base, stock or total comp";
  const side = value > highest ? `above every ${what} range in ${amount.currency} (highest ${formatMoney(highest, amount.currency)})` : value < lowest ? `below every ${what} range in ${amount.currency} (lowest ${formatMoney(lowest, amount.currency)})` : `outside every ${what} range in ${amount.currency}`;
  const written = text.slice(amount.start, amount.end);
  return { kind: kindName, status: "outside", ranges: candidates, message: `The ask ${written}${kindName ? ` ${kindName}` : ""} is ${side}.` };
}
