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
import { COLUMNS } from "../schema/columns";

type Kind = "base" | "stock" | "total" | "any" | "skip" | "delta" | "rate";
const ASK =
  /\b(?:I(?:'d| would)? need|need|I(?:'m| am) asking(?: for)?|my ask is|ask(?:ing)? for|I want|I(?:'m| am) targeting|targeting|commands?|my floor is|floor of|I(?:'d| would) accept)\b/i;
const COMMIT = /\bI(?: will|'ll)? (?:commit|sign|accept)\b/i;
// Words that turn a sentence to another company's numbers: an amount whose nearest cue before it
// is one of these ("I need $250K base because Anthropic is offering $400K") is not an ask.
const OTHERS = /\b(?:because|since|while|whereas|versus|vs\.?|compared|offers|offered|offering|pays|paying|paid|match(?:es|ing)?|beat(?:s|ing)?)\b/i;
// A figure per month, week, day or hour (`$21K/month`, `$120/hour`): the ranges are yearly.
const PER_PERIOD = /^\s*(?:\/\s*(?:mo|month|wk|week|day|hr|hour)\b|(?:per|a|an|each)\s+(?:month|week|day|hour)\b|(?:monthly|weekly|daily|hourly)\b)/;
const PER_YEAR = /^\s*(?:\/\s*(?:yr|year)\b|per year\b|a year\b|annually\b)/;

const ANY_KIND = { kind: "any", perYear: false } as const;
/**
 * Whether a letter or "/" comes after the whitespace at `end` (within the window): every word
 * kindAfter looks for starts with one. A loop, so that no scan starts again at each amount.
 */
function wordFollows(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + KIND_WINDOW);
  for (let i = end; i < limit; i++) {
    const char = text[i]!;
    if (!/\s/.test(char)) return /[a-z/]/i.test(char);
  }
  return false;
}

/**
 * Words that make an amount a difference or an extra, not a salary, stock or total figure:
 * `$10K more in base`, `a $10K raise`, `a $1K home-office stipend`, `a $5K learning budget`.
 */
const DELTA_WORDS = new Set([
  "more",
  "less",
  "extra",
  "additional",
  "above",
  "below",
  "higher",
  "lower",
  "raise",
  "increase",
  "bump",
  "boost",
  "uplift",
  "increment",
  "premium",
  "stipend",
  "budget",
  "allowance",
  "perk",
  "reimbursement",
  "credit",
  "monthly",
]);
/** Words after which no later word describes the amount (`$250K or more`, `$250K base and more`). */
const PHRASE_ENDS = new Set([
  "or",
  "and",
  "to",
  "in",
  "of",
  "for",
  "with",
  "at",
  "from",
  "than",
  "but",
  "if",
  "base",
  "salary",
  "equity",
  "stock",
  "rsu",
  "rsus",
  "total",
  "tc",
]);
/** How many words after an amount may describe it (`$1K home-office stipend`). */
const PHRASE_WORDS = 3;

/** Does the phrase right after an amount (lower case) make it a difference or an extra? */
function isDelta(after: string): boolean {
  let words = 0;
  for (const match of after.matchAll(/[a-z][a-z-]*|[^a-z\s]/g)) {
    const word = match[0];
    if (!/^[a-z]/.test(word) || PHRASE_ENDS.has(word) || ++words > PHRASE_WORDS) return false;
    if (DELTA_WORDS.has(word)) return true;
  }
  return false;
}

/**
 * Words or marks right before an amount that make it a difference or an extra: `+$10K`, `an extra $10K`, `another $10K`.
 * Global, so that a search can start at the window before the amount (see `deltaBefore`).
 */
const DELTA_BEFORE = /(?:\+|\b(?:extra|additional|another|more))\s*$/gi;

/**
 * Does a mark or word of DELTA_BEFORE start within KIND_WINDOW characters before the amount at
 * `start` (an offset in `text`) and run to it? The search starts at the window in the text before
 * the amount, not in a slice of the window, so that `\b` there sees the character before it: a word
 * cut by the window's edge ("further|more") is no cue.
 */
function deltaBefore(text: string, start: number): boolean {
  DELTA_BEFORE.lastIndex = Math.max(0, start - KIND_WINDOW);
  return DELTA_BEFORE.test(text.slice(0, start));
}

/** The kind of the amount ending at `end` in `text`, from the words right after it. */
function kindAfter(text: string, end: number): { kind: Kind; perYear: boolean } {
  // Most amounts in a dense line are followed by a figure or punctuation: no slice, no regexes.
  if (!wordFollows(text, end)) return ANY_KIND;
  let after = text.slice(end, end + KIND_WINDOW).toLowerCase();
  // "$75K/yr in RSUs", "$75K per year in equity": the yearly marker may come before the kind.
  const yearly = PER_YEAR.exec(after);
  if (yearly) after = after.slice(yearly[0].length);
  const perYear = !!yearly || PER_YEAR.test(after.replace(/^\s*(?:equity|rsus?|stock)/, ""));
  if (/^\s*(?:signing|sign-on|sign on|relocation|refresher|retention|bonus|cash bonus|offers?\b|package)/.test(after)) return { kind: "skip", perYear };
  // A word cut by the window's edge is no word ("more|over" holds no "more"): its letters are dropped.
  if (isDelta(/[a-z-]/i.test(text.charAt(end + KIND_WINDOW)) ? after.replace(/(?<![a-z])[a-z]+$/, "") : after)) return { kind: "delta", perYear };
  if (PER_PERIOD.test(after)) return { kind: "rate", perYear };
  if (/^\s*(?:base|salary)/.test(after)) return { kind: "base", perYear };
  if (/^\s*(?:equity|rsus?|stock|in (?:rsus?|equity|stock))/.test(after)) return { kind: "stock", perYear };
  if (/^\s*(?:total|tc\b)/.test(after)) return { kind: "total", perYear };
  return { kind: "any", perYear };
}

function within(amount: Amount, value: number, low: number, high: number): boolean {
  const slack = (amount.unit * 10 ** -amount.decimals) / 2;
  return value >= low - slack && value <= high + slack;
}

type RangeKind = Exclude<Kind, "any" | "skip" | "delta" | "rate">;

/** A frontmatter range an ask may be checked against. */
export interface AskRange {
  kind: RangeKind;
  region: string | undefined;
  low: number;
  high: number;
}

function ranges(list: Entry[], kind: RangeKind): AskRange[] {
  const { low: lowKey, high: highKey } = COLUMNS[kind];
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
      const { low: lowKey, high: highKey } = COLUMNS[kind];
      for (const key of [lowKey, highKey]) {
        if (!isValidEntryValue(key, entry.data[key])) return `'${key}' of ${name} is not a valid amount`;
      }
      const low = num(entry.data[lowKey])!;
      const high = num(entry.data[highKey])!;
      if (low > high) return `the ${COLUMNS[kind].name} range of ${name} is reversed`;
    }
  }
  return undefined;
}

/** One amount in the prose, and what the check made of it. */
export interface AskCheck {
  span: Span;
  /** Where the amount's sentence starts (UTF-16 offset in the seed): asks of one sentence share it. */
  sentence: number;
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
  /**
   * Only by default (not `every`): this check stands for this many further asks of its sentence
   * outside the ranges, past the first MAX_ASKS_PER_SENTENCE; its span runs from the first of
   * them to the last, `written` and the verdict are the first's, and its message counts them.
   */
  more?: number;
}

/** For a valid frontmatter: is a range of these kinds in this currency reversed? */
function untrustedOrder(list: Entry[], currency: string, kinds: readonly RangeKind[]): string | undefined {
  for (const entry of list) {
    if (entry.currency !== currency) continue;
    for (const kind of kinds) {
      const { low: lowKey, high: highKey } = COLUMNS[kind];
      if ((entry.data[lowKey] as number) > (entry.data[highKey] as number))
        return `the ${COLUMNS[kind].name} range of ${entry.region ?? `entry ${entry.index + 1}`} is reversed`;
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
 * How many asks of one sentence outside the ranges are listed (and reported by
 * amount-out-of-range) one by one. A sentence asking for more amounts than this outside the
 * ranges (a pasted table, a generated line of thousands of asks) gets one more check for all the
 * rest: one root cause, one finding, and a check that stays linear in the line instead of
 * building, placing and drawing a finding every few characters.
 */
export const MAX_ASKS_PER_SENTENCE = 5;

/**
 * The amounts in the body's prose and what the ask check made of each: by default those in
 * sentences that ask (all the rule needs, and fast on a 10 MB body), with the outside asks of a
 * sentence past the first MAX_ASKS_PER_SENTENCE folded into one (see `more`); `every` adds the others,
 * for a hover that explains why an amount was not checked; `lines` narrows it to some prose lines.
 */
export function checkAsks(seed: Seed, every = false, lines: readonly Line[] = seed.body.prose): AskCheck[] {
  const cacheable = !every && lines === seed.body.prose;
  let found = cacheable ? cache.get(seed) : undefined;
  if (found) return found;
  found = [];
  const list = entries(seed);
  // The same few (currency, kind) questions recur for every amount: answer each once (a sentence
  // of 15,000 amounts would otherwise build the same ranges and messages 15,000 times).
  const valid = frontmatterValid(seed);
  const answers = new Map<string, Map<Kind, Answer>>();
  const answer: Answers = (currency, kind) => {
    let byKind = answers.get(currency);
    if (!byKind) answers.set(currency, (byKind = new Map()));
    let found = byKind.get(kind);
    if (!found) byKind.set(kind, (found = answerFor(list, valid, currency, kind as RangeKind | "any")));
    return found;
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
      const offset = line.span.start + sentence.index;
      // Outside asks of this sentence listed so far, and the summary of the rest (by default).
      let outside = 0;
      let rest: AskCheck | undefined;
      for (const amount of findAmounts(text)) {
        const { kind, status, reason, ranges, message } = judge(list, text, amount, { asks, commit, cues }, answer);
        if (status === "outside" && !every && ++outside > MAX_ASKS_PER_SENTENCE) {
          // One root cause, one finding: no verdict, span or message per further amount.
          if (rest) {
            rest.more! += 1;
            rest.span.end = offset + amount.end;
          } else {
            rest = {
              span: { start: offset + amount.start, end: offset + amount.end },
              sentence: offset,
              written: text.slice(amount.start, amount.end),
              currency: amount.currency,
              kind,
              status,
              reason,
              ranges,
              message,
              more: 1,
            };
          }
          continue;
        }
        // Built whole, in one shape: verdicts stay cheap to make and keep.
        const span = { start: offset + amount.start, end: offset + amount.end };
        found.push({
          span,
          sentence: offset,
          written: text.slice(amount.start, amount.end),
          currency: amount.currency,
          kind,
          status,
          reason,
          ranges,
          message,
          more: undefined,
        });
      }
      if (rest) {
        rest.message = `${rest.more!.toLocaleString("en-US")} more asks in this sentence lie outside the frontmatter's ranges (from ${rest.written} on); only the first ${MAX_ASKS_PER_SENTENCE} are reported one by one.`;
        found.push(rest);
      }
    }
  }
  if (cacheable) cache.set(seed, found);
  return found;
}

const ALL_KINDS: readonly RangeKind[] = ["base", "stock", "total"];

/** What the frontmatter says to every ask of one kind ("any": base, stock or total) in one currency. */
interface Answer {
  /** Why its ranges cannot be trusted, if they cannot (see `untrusted`). */
  distrust: string | undefined;
  /** Whether some entry is in this currency. */
  inCurrency: boolean;
  /** The ranges to check against, in entry order per kind; the same array for every ask. */
  candidates: AskRange[];
  /** The message's end for an amount above every range, below every range, or between them. */
  above: string;
  below: string;
  between: string;
}

type Answers = (currency: string, kind: RangeKind | "any") => Answer;

function answerFor(list: Entry[], valid: boolean, currency: string, kind: RangeKind | "any"): Answer {
  const kinds = kind === "any" ? ALL_KINDS : [kind];
  // A frontmatter the schema accepts has no invalid figure or currency: only order is left.
  const distrust = valid ? untrustedOrder(list, currency, kinds) : untrusted(list, currency, kinds);
  const inCurrency = list.filter((entry) => entry.currency === currency);
  const candidates = kinds.flatMap((k) => ranges(inCurrency, k));
  const what = kind === "any" ? "base, stock or total comp" : COLUMNS[kind].name;
  const lowest = Math.min(...candidates.map((c) => c.low));
  const highest = Math.max(...candidates.map((c) => c.high));
  return {
    distrust,
    inCurrency: inCurrency.length > 0,
    candidates,
    above: candidates.length ? `above every ${what} range in ${currency} (highest ${formatMoney(highest, currency)})` : "",
    below: candidates.length ? `below every ${what} range in ${currency} (lowest ${formatMoney(lowest, currency)})` : "",
    between: `outside every ${what} range in ${currency}`,
  };
}
type Cues = { asks: LastCue; others: LastCue };

/** The verdict on one amount of a sentence; amounts must come in order (the cues only move on). */
function judge(
  list: Entry[],
  text: string,
  amount: Amount,
  sentence: { asks: boolean; commit: boolean; cues: Cues },
  answers: Answers,
): Omit<AskCheck, "span" | "sentence" | "written" | "currency"> {
  const unchecked = (reason: string, kind?: string) => ({ kind, status: "unchecked" as const, reason, ranges: [], message: undefined });
  // Both cues move on for every amount, so each is read in one pass over the sentence.
  const ask = sentence.cues.asks.before(amount.start);
  const other = sentence.cues.others.before(amount.start);
  if (!amount.currency) return unchecked("its currency is not known");
  if (!sentence.asks) return unchecked('its sentence asks for nothing (amounts after "I need", "My floor is" and the like are checked)');
  if (ask === -1 && !sentence.commit) return unchecked('no ask ("I need", "My floor is" and the like) comes before it in its sentence');
  if (other > ask) return unchecked("it describes another offer, not the ask");
  if (list.length === 0) return unchecked("the frontmatter has no compensation entries");
  const { kind, perYear } = kindAfter(text, amount.end);
  if (kind === "skip") return unchecked("it is a signing bonus, a refresher or another amount outside the ranges");
  if (kind === "rate") return unchecked("it is a figure per month, week, day or hour; the ranges are yearly");
  if (kind === "delta" || deltaBefore(text, amount.start))
    return unchecked("it is a difference or an extra (a raise, an amount more, a stipend or a budget), not a salary, stock or total figure");
  const kindName = kind === "any" ? undefined : COLUMNS[kind].name;
  const { distrust, inCurrency, candidates, above, below, between } = answers(amount.currency, kind);
  if (distrust) return unchecked(distrust, kindName);
  if (!inCurrency) return unchecked(`no compensation entry is in ${amount.currency}`, kindName);
  if (candidates.length === 0) return unchecked(`no ${kindName ?? "range"} in ${amount.currency}`, kindName);
  const value = perYear && kind === "stock" ? amount.value * 4 : amount.value;
  let lowest = Infinity;
  let highest = -Infinity;
  for (const range of candidates) {
    if (within(amount, value, range.low, range.high)) return { kind: kindName, status: "inside", reason: undefined, ranges: candidates, message: undefined };
    lowest = Math.min(lowest, range.low);
    highest = Math.max(highest, range.high);
  }
  const side = value > highest ? above : value < lowest ? below : between;
  const written = text.slice(amount.start, amount.end);
  return {
    kind: kindName,
    status: "outside",
    reason: undefined,
    ranges: candidates,
    message: `The ask ${written}${kindName ? ` ${kindName}` : ""} is ${side}.`,
  };
}
