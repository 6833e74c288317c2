// The one place that reads and writes money. Currency codes and their canonical symbols come
// from Intl (ISO 4217 as the runtime knows it); only the local forms authors also use are listed.

const FORMAT_LOCALE = "en-US";
const LOCAL_SYMBOLS: Record<string, string> = {
  US$: "USD",
  S$: "SGD",
  C$: "CAD",
  AU$: "AUD",
  HK$: "HKD",
  NZ$: "NZD",
  NT$: "TWD",
  R$: "BRL",
};
// Where several currencies share a symbol, the first listed wins ("$" alone means USD).
const PREFERRED = ["USD", "GBP", "EUR", "JPY", "INR", "ILS", "CAD", "AUD", "CHF", "SGD", "KRW", "CNY"];

let isoCodes: Set<string> | undefined;
let symbolToCode: Map<string, string> | undefined;
let amountPattern: RegExp | undefined;

export function currencyCodes(): ReadonlySet<string> {
  isoCodes ??= new Set(Intl.supportedValuesOf("currency"));
  return isoCodes;
}

export function isIsoCurrency(code: string): boolean {
  return currencyCodes().has(code);
}

let displayNames: Intl.DisplayNames | undefined;

export function currencyName(code: string): string | undefined {
  if (!isIsoCurrency(code)) return undefined;
  displayNames ??= new Intl.DisplayNames([FORMAT_LOCALE], { type: "currency" });
  return displayNames.of(code);
}

type SymbolDisplay = "symbol" | "narrowSymbol";
const symbolCaches: Record<SymbolDisplay, Map<string, string>> = { symbol: new Map(), narrowSymbol: new Map() };

/** The currency sign Intl prints for the code in the given display, or the code itself (computed once per code). */
function intlSymbol(code: string, display: SymbolDisplay): string {
  const cache = symbolCaches[display];
  let symbol = cache.get(code);
  if (symbol === undefined) {
    try {
      const parts = new Intl.NumberFormat(FORMAT_LOCALE, { style: "currency", currency: code, currencyDisplay: display }).formatToParts(0);
      symbol = parts.find((part) => part.type === "currency")?.value ?? code;
    } catch {
      symbol = code;
    }
    cache.set(code, symbol);
  }
  return symbol;
}

/** The symbol Intl prints for the code, e.g. "$", "£", "CA$", or the code itself ("CHF"). */
export function canonicalSymbol(code: string): string {
  return intlSymbol(code, "symbol");
}

/** Symbol as written before an amount: alphabetic symbols (codes) are followed by a space. */
function writtenSymbol(code: string): string {
  const symbol = canonicalSymbol(code);
  return /[A-Za-z]$/.test(symbol) ? `${symbol} ` : symbol;
}

function symbols(): Map<string, string> {
  if (symbolToCode) return symbolToCode;
  const map = new Map<string, string>();
  const codes = [...PREFERRED, ...[...currencyCodes()].filter((code) => !PREFERRED.includes(code))];
  for (const code of codes) {
    const symbol = canonicalSymbol(code);
    if (symbol !== code && !map.has(symbol)) map.set(symbol, code);
  }
  for (const [symbol, code] of Object.entries(LOCAL_SYMBOLS)) if (!map.has(symbol)) map.set(symbol, code);
  for (const code of currencyCodes()) map.set(code, code);
  symbolToCode = map;
  return map;
}

/** The currency a written symbol or code denotes, if any. */
export function currencyForSymbol(symbol: string): string | undefined {
  return symbols().get(symbol.trim());
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Thousands written apart by a space, a no-break or thin space (`195 000`, as fr-FR writes
// them) or an apostrophe (`195'000`, as de-CH writes them), besides the comma.
const GROUP_SEPARATOR = "[ \\u00A0\\u2009\\u202F'’]";
const GROUP_SEPARATORS = /[, \u00A0\u2009\u202F'’]/g;

function pattern(): RegExp {
  if (amountPattern) return amountPattern;
  const alternatives = [...symbols().keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
  amountPattern = new RegExp(
    `(?<![A-Za-z0-9])(?:(?<sym>${alternatives})\\s?)?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:${GROUP_SEPARATOR}\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s?(?<suf>[KkMmBb])(?![A-Za-z]))?(?:\\s?(?<code>[A-Z]{3})(?![A-Za-z]))?`,
    "g",
  );
  return amountPattern;
}

/** One written amount: its value and how precisely it was written. */
export interface Amount {
  currency: string | undefined;
  value: number;
  /** The written number before scaling, e.g. 1.2 in "$1.2M". */
  written: number;
  unit: number;
  decimals: number;
  start: number;
  end: number;
  hasSymbol: boolean;
  hasSuffix: boolean;
  /** The sign written, when it is not a code ("$", "CA$", "€"). */
  sign?: string;
  /** The ISO code written before, after or as the symbol ("USD 195K", "CAD $135K", "$135K CAD"). */
  code?: string;
}

const UNITS: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/** The sign a currency's amounts are written with where it is understood ("$" for CAD, "kr" for SEK). */
const narrowSymbol = (code: string): string => intlSymbol(code, "narrowSymbol");

/**
 * The currency of an amount written with `sign` and an ISO code beside it (`CAD $135K`,
 * `$135K CAD`): the code says which of the currencies written with that sign is meant. A sign
 * alone means its canonical currency ("$" is USD); a code that is not written with the sign
 * (`€135K USD`) does not override it.
 */
function currencyOf(sign: string | undefined, code: string | undefined): string | undefined {
  if (sign === undefined) return code;
  const signed = currencyForSymbol(sign);
  return code !== undefined && code !== signed && narrowSymbol(code) === sign.trim() ? code : signed;
}

// An ISO code written before a sign (`CAD $135K`): looked for in the five characters before it
// (the code, a space, and one more to see that the code is a word of its own).
const CODE_BEFORE = /(?<![A-Za-z])([A-Z]{3})\s?$/;

function toAmount(match: RegExpExecArray, text: string): Amount | undefined {
  const groups = match.groups ?? {};
  const symbol = groups.sym;
  const trailing = groups.code && isIsoCurrency(groups.code) ? groups.code : undefined;
  // A word after the amount that is no ISO 4217 code ("$300K RSU", "$5K TBD") is not part of it;
  // without a symbol the number names no currency at all ("300 RSU" is no money).
  const stray = groups.code !== undefined && !trailing;
  if (stray && !symbol) return undefined;
  // A sign that is not itself a code may have a code before it.
  const sign = symbol !== undefined && !isIsoCurrency(symbol) ? symbol : undefined;
  const before = sign ? CODE_BEFORE.exec(text.slice(Math.max(0, match.index - 5), match.index)) : null;
  const leading = before && isIsoCurrency(before[1]!) && narrowSymbol(before[1]!) === sign!.trim() ? before[1] : undefined;
  const code = trailing ?? leading ?? (symbol !== undefined && !sign ? symbol : undefined);
  const numberText = groups.num!.replace(GROUP_SEPARATORS, "");
  const written = Number(numberText);
  if (!Number.isFinite(written)) return undefined;
  const unit = groups.suf ? UNITS[groups.suf.toLowerCase()]! : 1;
  const decimals = numberText.includes(".") ? numberText.length - numberText.indexOf(".") - 1 : 0;
  return {
    currency: currencyOf(sign, code),
    value: Math.round(written * unit * 1e6) / 1e6,
    written,
    unit,
    decimals,
    start: match.index - (leading ? before![0].length : 0),
    end: match.index + (stray ? match[0].slice(0, -groups.code!.length).trimEnd().length : match[0].length),
    hasSymbol: symbol !== undefined || trailing !== undefined,
    hasSuffix: groups.suf !== undefined,
    sign,
    code,
  };
}

/** Every amount in a piece of prose that names its currency (a bare "2026" is not money). */
export function findAmounts(text: string): Amount[] {
  const found: Amount[] = [];
  const regex = pattern();
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    // A bare number ("2026", or each of 100,000 digits) is no money: skip it before reading it.
    if (match.groups?.sym === undefined && match.groups?.code === undefined) continue;
    const amount = toAmount(match, text);
    if (amount?.hasSymbol) found.push(amount);
  }
  return found;
}

/** Every number in a piece of text read as an amount, with or without a currency ("195K" too). */
export function findFigures(text: string): Amount[] {
  return [...eachFigure(text)];
}

/**
 * The figures of `text` one by one, as findFigures reads them: a caller that stops at the first
 * that fails a test reads a cell of 100,000 numbers up to that one, not all of them.
 */
export function* eachFigure(text: string): Generator<Amount> {
  // A regex of its own: the shared one's lastIndex must not move while the caller pauses here.
  const regex = new RegExp(pattern());
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    const amount = toAmount(match, text);
    // A trailing word that is not a currency ("5 lakh"): the number is still a figure.
    yield (
      amount ?? {
        currency: undefined,
        value: Number.NaN,
        written: Number.NaN,
        unit: 1,
        decimals: 0,
        start: match.index,
        end: match.index + match[0].length,
        hasSymbol: false,
        hasSuffix: false,
      }
    );
  }
}

export interface MoneyRange {
  currency: string | undefined;
  low: Amount;
  high: Amount;
}

// Hyphen, en dash, em dash, the minus sign U+2212 (a dash to some keyboards and converters), `to`.
const DASH = /^\s*(?:[-–—−]|to)\s*$/i;
// Words a range may be written in: `from $195K to $255K`, `between $195K and $255K`.
const LEAD = /^\s*(?:(?<word>from|between)\s+)?$/i;
const AND = /^\s*and\s*$/i;

/**
 * A table cell such as "$195K–$255K", "£1.2M", "USD 195,000 - 255,000", "CAD $135K–$170K",
 * "from $195K to $255K". Undefined if it is not money.
 */
export function parseMoneyRange(cell: string): MoneyRange | undefined {
  const regex = pattern();
  regex.lastIndex = 0;
  const first = regex.exec(cell);
  if (!first) return undefined;
  const low = toAmount(first, cell);
  if (!low) return undefined;
  const lead = LEAD.exec(cell.slice(0, low.start));
  if (!lead) return undefined;
  const afterFirst = first.index + first[0].length;
  const rest = cell.slice(afterFirst);
  if (rest.trim() === "") return low.hasSymbol && !lead.groups?.word ? { currency: low.currency, low, high: low } : undefined;
  const second = regex.exec(cell);
  if (!second) return undefined;
  let high = toAmount(second, cell);
  if (!high) return undefined;
  const between = cell.slice(afterFirst, high.start);
  if (!(lead.groups?.word?.toLowerCase() === "between" ? AND.test(between) : DASH.test(between))) return undefined;
  // A word after the high end that is no code is still read with it ("$170K–$310K RSU").
  if (cell.slice(second.index + second[0].length).trim() !== "") return undefined;
  if (!low.hasSymbol && !high.hasSymbol) return undefined;
  // A code written once names the currency of both ends: `CAD $135K–$170K`, `$135K–$170K CAD`.
  const code = low.code ?? high.code;
  const [lowCurrency, highCurrency] = [low, high].map((end) => (end.hasSymbol ? (end.code ? end.currency : currencyOf(end.sign, code)) : undefined));
  if (lowCurrency !== undefined && highCurrency !== undefined && lowCurrency !== highCurrency) return undefined;
  const currency = lowCurrency ?? highCurrency;
  // "$195–255K": a suffix written once may apply to both ends. Two ends that each carry their
  // own symbol are each complete: "$950–$1.5K" (as formatMoneyRange writes it) is 950 to 1,500.
  let lowAmount = low;
  const shared = !(low.hasSymbol && high.hasSymbol);
  if (shared && !low.hasSuffix && high.hasSuffix) lowAmount = shareSuffix(low, high);
  if (shared && low.hasSuffix && !high.hasSuffix) high = shareSuffix(high, low);
  return { currency, low: lowAmount, high };
}

/** How far apart two amounts are, as the size of their ratio (0 when equal). */
const apart = (a: number, b: number) => Math.abs(Math.log(a / b));

/**
 * The end of a range written without a suffix, read with the other end's suffix when the author
 * wrote it at that scale: "$195–255K" is 195K–255K and "$195K–255" is 195K–255K, but in
 * "$195K – 255,000" or "$195,000–255K" the bare end is written in full. Whichever reading puts
 * the two ends nearer each other is the one meant (a tie, as with an end of 0, shares).
 * Returns `bare` itself or a copy scaled by `suffixed.unit`.
 */
function shareSuffix(bare: Amount, suffixed: Amount): Amount {
  const scaled = { ...bare, unit: suffixed.unit, value: Math.round(bare.written * suffixed.unit * 1e6) / 1e6 };
  return apart(scaled.value, suffixed.value) <= apart(bare.value, suffixed.value) ? scaled : bare;
}

/** Does a written amount denote this value, at the precision it was written with? ("$1.06M" ≈ 1,065,000) */
export function amountMatches(amount: Amount, value: number): boolean {
  const halfStep = 0.5 * 10 ** -amount.decimals;
  return Math.abs(value / amount.unit - amount.written) <= halfStep + 1e-9;
}

function formatNumber(value: number): string {
  if (value >= 1e6) return `${Number((value / 1e6).toFixed(2))}M`;
  if (value >= 1e3) {
    const thousands = value / 1e3;
    const rounded = Number.isInteger(thousands) ? thousands : Number(thousands.toFixed(1));
    // 999,960 rounds to 1000K: that is written in millions, like 1,000,000 ("$1M").
    return rounded >= 1000 ? `${Number((value / 1e6).toFixed(2))}M` : `${rounded}K`;
  }
  return String(value);
}

/** Canonical form: "$195K", "£1.2M", "CHF 150K". */
export function formatMoney(value: number, currency: string): string {
  return `${writtenSymbol(currency)}${formatNumber(value)}`;
}

/** Canonical range: "$195K–$255K", or one amount when both ends are equal. */
export function formatMoneyRange(low: number, high: number, currency: string): string {
  return low === high ? formatMoney(low, currency) : `${formatMoney(low, currency)}–${formatMoney(high, currency)}`;
}

export interface PercentRange {
  low: number;
  high: number;
}

/** A bonus cell: "5%", "5–15%", "5% - 15%". */
export function parsePercentRange(cell: string): PercentRange | undefined {
  // `\s*(?:%\s*)?`, not `\s*%?\s*`: two blanks runs side by side backtrack quadratically.
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:%\s*)?(?:(?:[-–—−]|to)\s*(\d+(?:\.\d+)?)\s*)?%\s*$/i.exec(cell);
  if (!match) return undefined;
  const low = Number(match[1]);
  return { low, high: match[2] === undefined ? low : Number(match[2]) };
}

export function formatPercentRange(low: number, high: number | undefined): string {
  return high === undefined || high === low ? `${low}%` : `${low}–${high}%`;
}
