// @ts-nocheck
// Reads the amounts the author asks for in the levers or the strategy quote ("I need $250K base")
// and judges each against the frontmatter ranges it could refer to. Amounts that only describe
// other offers ("Anthropic is offering $230K") are not asks and are never checked: a false alarm
// costs trust. Shared by amount-out-of-range (the finding) and the hover (what it was checked
// against, or why it was not).
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { findAmounts, formatMoney, isIsoCurrency, type Amount } from "../money";
import type { Line } from "../parse/body";
import type { Seed } from "../parse/seed";
import type { Span } from "../types";
import { frontmatterValid, isValidEntryValue } from "./schema-findings";
import { entries, num, type Entry } from "./support";
type Kind = "base" | "stock" | "total" | "any" | "skip";
const ASK = stryMutAct_9fa48("3") ? /\b(?:I(?:'d| would)? need|need|I(?:'m| am) asking(?: for)?|my ask is|ask(?:ing)? for|I want|I(?:'m| am) targeting|targeting|commands|my floor is|floor of|I(?:'d| would) accept)\b/i : stryMutAct_9fa48("2") ? /\b(?:I(?:'d| would)? need|need|I(?:'m| am) asking(?: for)?|my ask is|ask(?:ing) for|I want|I(?:'m| am) targeting|targeting|commands?|my floor is|floor of|I(?:'d| would) accept)\b/i : stryMutAct_9fa48("1") ? /\b(?:I(?:'d| would)? need|need|I(?:'m| am) asking(?: for)|my ask is|ask(?:ing)? for|I want|I(?:'m| am) targeting|targeting|commands?|my floor is|floor of|I(?:'d| would) accept)\b/i : stryMutAct_9fa48("0") ? /\b(?:I(?:'d| would) need|need|I(?:'m| am) asking(?: for)?|my ask is|ask(?:ing)? for|I want|I(?:'m| am) targeting|targeting|commands?|my floor is|floor of|I(?:'d| would) accept)\b/i : (stryCov_9fa48("0", "1", "2", "3"), /\b(?:I(?:'d| would)? need|need|I(?:'m| am) asking(?: for)?|my ask is|ask(?:ing)? for|I want|I(?:'m| am) targeting|targeting|commands?|my floor is|floor of|I(?:'d| would) accept)\b/i);
const COMMIT = stryMutAct_9fa48("4") ? /\bI(?: will|'ll) (?:commit|sign|accept)\b/i : (stryCov_9fa48("4"), /\bI(?: will|'ll)? (?:commit|sign|accept)\b/i);
// Words that turn a sentence to another company's numbers: an amount whose nearest cue before it
// is one of these ("I need $250K base because Anthropic is offering $400K") is not an ask.
const OTHERS = stryMutAct_9fa48("7") ? /\b(?:because|since|while|whereas|versus|vs\.?|compared|offers|offered|offering|pays|paying|paid|match(?:es|ing)?|beat(?:s|ing))\b/i : stryMutAct_9fa48("6") ? /\b(?:because|since|while|whereas|versus|vs\.?|compared|offers|offered|offering|pays|paying|paid|match(?:es|ing)|beat(?:s|ing)?)\b/i : stryMutAct_9fa48("5") ? /\b(?:because|since|while|whereas|versus|vs\.|compared|offers|offered|offering|pays|paying|paid|match(?:es|ing)?|beat(?:s|ing)?)\b/i : (stryCov_9fa48("5", "6", "7"), /\b(?:because|since|while|whereas|versus|vs\.?|compared|offers|offered|offering|pays|paying|paid|match(?:es|ing)?|beat(?:s|ing)?)\b/i);
const PER_YEAR = stryMutAct_9fa48("12") ? /^\s*(?:\/\S*(?:yr|year)\b|per year\b|a year\b|annually\b)/ : stryMutAct_9fa48("11") ? /^\s*(?:\/\s(?:yr|year)\b|per year\b|a year\b|annually\b)/ : stryMutAct_9fa48("10") ? /^\S*(?:\/\s*(?:yr|year)\b|per year\b|a year\b|annually\b)/ : stryMutAct_9fa48("9") ? /^\s(?:\/\s*(?:yr|year)\b|per year\b|a year\b|annually\b)/ : stryMutAct_9fa48("8") ? /\s*(?:\/\s*(?:yr|year)\b|per year\b|a year\b|annually\b)/ : (stryCov_9fa48("8", "9", "10", "11", "12"), /^\s*(?:\/\s*(?:yr|year)\b|per year\b|a year\b|annually\b)/);
const KEYS: Record<Exclude<Kind, "any" | "skip">, [string, string, string]> = stryMutAct_9fa48("13") ? {} : (stryCov_9fa48("13"), {
  base: stryMutAct_9fa48("14") ? [] : (stryCov_9fa48("14"), [stryMutAct_9fa48("15") ? "" : (stryCov_9fa48("15"), "base_low"), stryMutAct_9fa48("16") ? "" : (stryCov_9fa48("16"), "base_high"), stryMutAct_9fa48("17") ? "" : (stryCov_9fa48("17"), "base")]),
  stock: stryMutAct_9fa48("18") ? [] : (stryCov_9fa48("18"), [stryMutAct_9fa48("19") ? "" : (stryCov_9fa48("19"), "stock_low"), stryMutAct_9fa48("20") ? "" : (stryCov_9fa48("20"), "stock_high"), stryMutAct_9fa48("21") ? "" : (stryCov_9fa48("21"), "stock")]),
  total: stryMutAct_9fa48("22") ? [] : (stryCov_9fa48("22"), [stryMutAct_9fa48("23") ? "" : (stryCov_9fa48("23"), "total_comp_low"), stryMutAct_9fa48("24") ? "" : (stryCov_9fa48("24"), "total_comp_high"), stryMutAct_9fa48("25") ? "" : (stryCov_9fa48("25"), "total comp")])
});
function kindAfter(text: string): {
  kind: Kind;
  perYear: boolean;
} {
  if (stryMutAct_9fa48("26")) {
    {}
  } else {
    stryCov_9fa48("26");
    let after = stryMutAct_9fa48("28") ? text.toLowerCase() : stryMutAct_9fa48("27") ? text.slice(0, KIND_WINDOW).toUpperCase() : (stryCov_9fa48("27", "28"), text.slice(0, KIND_WINDOW).toLowerCase());
    // "$75K/yr in RSUs", "$75K per year in equity": the yearly marker may come before the kind.
    const yearly = PER_YEAR.exec(after);
    if (stryMutAct_9fa48("30") ? false : stryMutAct_9fa48("29") ? true : (stryCov_9fa48("29", "30"), yearly)) after = stryMutAct_9fa48("31") ? after : (stryCov_9fa48("31"), after.slice(yearly[0].length));
    const perYear = stryMutAct_9fa48("34") ? !!yearly && PER_YEAR.test(after.replace(/^\s*(?:equity|rsus?|stock)/, "")) : stryMutAct_9fa48("33") ? false : stryMutAct_9fa48("32") ? true : (stryCov_9fa48("32", "33", "34"), (stryMutAct_9fa48("35") ? !yearly : (stryCov_9fa48("35"), !(stryMutAct_9fa48("36") ? yearly : (stryCov_9fa48("36"), !yearly)))) || PER_YEAR.test(after.replace(stryMutAct_9fa48("40") ? /^\s*(?:equity|rsus|stock)/ : stryMutAct_9fa48("39") ? /^\S*(?:equity|rsus?|stock)/ : stryMutAct_9fa48("38") ? /^\s(?:equity|rsus?|stock)/ : stryMutAct_9fa48("37") ? /\s*(?:equity|rsus?|stock)/ : (stryCov_9fa48("37", "38", "39", "40"), /^\s*(?:equity|rsus?|stock)/), stryMutAct_9fa48("41") ? "Stryker was here!" : (stryCov_9fa48("41"), ""))));
    if (stryMutAct_9fa48("43") ? false : stryMutAct_9fa48("42") ? true : (stryCov_9fa48("42", "43"), (stryMutAct_9fa48("47") ? /^\s*(?:signing|sign-on|sign on|relocation|refresher|retention|bonus|cash bonus|offers\b|package)/ : stryMutAct_9fa48("46") ? /^\S*(?:signing|sign-on|sign on|relocation|refresher|retention|bonus|cash bonus|offers?\b|package)/ : stryMutAct_9fa48("45") ? /^\s(?:signing|sign-on|sign on|relocation|refresher|retention|bonus|cash bonus|offers?\b|package)/ : stryMutAct_9fa48("44") ? /\s*(?:signing|sign-on|sign on|relocation|refresher|retention|bonus|cash bonus|offers?\b|package)/ : (stryCov_9fa48("44", "45", "46", "47"), /^\s*(?:signing|sign-on|sign on|relocation|refresher|retention|bonus|cash bonus|offers?\b|package)/)).test(after))) return stryMutAct_9fa48("48") ? {} : (stryCov_9fa48("48"), {
      kind: stryMutAct_9fa48("49") ? "" : (stryCov_9fa48("49"), "skip"),
      perYear
    });
    if (stryMutAct_9fa48("51") ? false : stryMutAct_9fa48("50") ? true : (stryCov_9fa48("50", "51"), (stryMutAct_9fa48("54") ? /^\S*(?:base|salary)/ : stryMutAct_9fa48("53") ? /^\s(?:base|salary)/ : stryMutAct_9fa48("52") ? /\s*(?:base|salary)/ : (stryCov_9fa48("52", "53", "54"), /^\s*(?:base|salary)/)).test(after))) return stryMutAct_9fa48("55") ? {} : (stryCov_9fa48("55"), {
      kind: stryMutAct_9fa48("56") ? "" : (stryCov_9fa48("56"), "base"),
      perYear
    });
    if (stryMutAct_9fa48("58") ? false : stryMutAct_9fa48("57") ? true : (stryCov_9fa48("57", "58"), (stryMutAct_9fa48("63") ? /^\s*(?:equity|rsus?|stock|in (?:rsus|equity|stock))/ : stryMutAct_9fa48("62") ? /^\s*(?:equity|rsus|stock|in (?:rsus?|equity|stock))/ : stryMutAct_9fa48("61") ? /^\S*(?:equity|rsus?|stock|in (?:rsus?|equity|stock))/ : stryMutAct_9fa48("60") ? /^\s(?:equity|rsus?|stock|in (?:rsus?|equity|stock))/ : stryMutAct_9fa48("59") ? /\s*(?:equity|rsus?|stock|in (?:rsus?|equity|stock))/ : (stryCov_9fa48("59", "60", "61", "62", "63"), /^\s*(?:equity|rsus?|stock|in (?:rsus?|equity|stock))/)).test(after))) return stryMutAct_9fa48("64") ? {} : (stryCov_9fa48("64"), {
      kind: stryMutAct_9fa48("65") ? "" : (stryCov_9fa48("65"), "stock"),
      perYear
    });
    if (stryMutAct_9fa48("67") ? false : stryMutAct_9fa48("66") ? true : (stryCov_9fa48("66", "67"), (stryMutAct_9fa48("70") ? /^\S*(?:total|tc\b)/ : stryMutAct_9fa48("69") ? /^\s(?:total|tc\b)/ : stryMutAct_9fa48("68") ? /\s*(?:total|tc\b)/ : (stryCov_9fa48("68", "69", "70"), /^\s*(?:total|tc\b)/)).test(after))) return stryMutAct_9fa48("71") ? {} : (stryCov_9fa48("71"), {
      kind: stryMutAct_9fa48("72") ? "" : (stryCov_9fa48("72"), "total"),
      perYear
    });
    return stryMutAct_9fa48("73") ? {} : (stryCov_9fa48("73"), {
      kind: stryMutAct_9fa48("74") ? "" : (stryCov_9fa48("74"), "any"),
      perYear
    });
  }
}
function within(amount: Amount, value: number, low: number, high: number): boolean {
  if (stryMutAct_9fa48("75")) {
    {}
  } else {
    stryCov_9fa48("75");
    const slack = stryMutAct_9fa48("76") ? amount.unit * 10 ** -amount.decimals * 2 : (stryCov_9fa48("76"), (stryMutAct_9fa48("77") ? amount.unit / 10 ** -amount.decimals : (stryCov_9fa48("77"), amount.unit * 10 ** (stryMutAct_9fa48("78") ? +amount.decimals : (stryCov_9fa48("78"), -amount.decimals)))) / 2);
    return stryMutAct_9fa48("81") ? value >= low - slack || value <= high + slack : stryMutAct_9fa48("80") ? false : stryMutAct_9fa48("79") ? true : (stryCov_9fa48("79", "80", "81"), (stryMutAct_9fa48("84") ? value < low - slack : stryMutAct_9fa48("83") ? value > low - slack : stryMutAct_9fa48("82") ? true : (stryCov_9fa48("82", "83", "84"), value >= (stryMutAct_9fa48("85") ? low + slack : (stryCov_9fa48("85"), low - slack)))) && (stryMutAct_9fa48("88") ? value > high + slack : stryMutAct_9fa48("87") ? value < high + slack : stryMutAct_9fa48("86") ? true : (stryCov_9fa48("86", "87", "88"), value <= (stryMutAct_9fa48("89") ? high - slack : (stryCov_9fa48("89"), high + slack)))));
  }
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
  if (stryMutAct_9fa48("90")) {
    {}
  } else {
    stryCov_9fa48("90");
    const [lowKey, highKey] = KEYS[kind];
    return list.flatMap(entry => {
      if (stryMutAct_9fa48("91")) {
        {}
      } else {
        stryCov_9fa48("91");
        const low = num(entry.data[lowKey]);
        const high = num(entry.data[highKey]);
        return (stryMutAct_9fa48("94") ? low === undefined && high === undefined : stryMutAct_9fa48("93") ? false : stryMutAct_9fa48("92") ? true : (stryCov_9fa48("92", "93", "94"), (stryMutAct_9fa48("96") ? low !== undefined : stryMutAct_9fa48("95") ? false : (stryCov_9fa48("95", "96"), low === undefined)) || (stryMutAct_9fa48("98") ? high !== undefined : stryMutAct_9fa48("97") ? false : (stryCov_9fa48("97", "98"), high === undefined)))) ? stryMutAct_9fa48("99") ? ["Stryker was here"] : (stryCov_9fa48("99"), []) : stryMutAct_9fa48("100") ? [] : (stryCov_9fa48("100"), [stryMutAct_9fa48("101") ? {} : (stryCov_9fa48("101"), {
          kind,
          region: entry.region,
          low,
          high
        })]);
      }
    });
  }
}

/**
 * Why the ranges of `kinds` in `currency` cannot be trusted, if they cannot: an entry whose
 * currency is invalid might be in this currency, and an invalid or reversed figure would leave a
 * range out. Judging an ask against what remains would report the author's slip a second time,
 * far from it (one root cause, one finding).
 */
function untrusted(list: Entry[], currency: string, kinds: readonly RangeKind[]): string | undefined {
  if (stryMutAct_9fa48("102")) {
    {}
  } else {
    stryCov_9fa48("102");
    for (const entry of list) {
      if (stryMutAct_9fa48("103")) {
        {}
      } else {
        stryCov_9fa48("103");
        const name = stryMutAct_9fa48("104") ? entry.region && `entry ${entry.index + 1}` : (stryCov_9fa48("104"), entry.region ?? (stryMutAct_9fa48("105") ? `` : (stryCov_9fa48("105"), `entry ${stryMutAct_9fa48("106") ? entry.index - 1 : (stryCov_9fa48("106"), entry.index + 1)}`)));
        if (stryMutAct_9fa48("109") ? typeof entry.currency !== "string" && !isIsoCurrency(entry.currency) : stryMutAct_9fa48("108") ? false : stryMutAct_9fa48("107") ? true : (stryCov_9fa48("107", "108", "109"), (stryMutAct_9fa48("111") ? typeof entry.currency === "string" : stryMutAct_9fa48("110") ? false : (stryCov_9fa48("110", "111"), typeof entry.currency !== (stryMutAct_9fa48("112") ? "" : (stryCov_9fa48("112"), "string")))) || (stryMutAct_9fa48("113") ? isIsoCurrency(entry.currency) : (stryCov_9fa48("113"), !isIsoCurrency(entry.currency))))) return stryMutAct_9fa48("114") ? `` : (stryCov_9fa48("114"), `the currency of ${name} is not a valid ISO 4217 code`);
        if (stryMutAct_9fa48("117") ? entry.currency === currency : stryMutAct_9fa48("116") ? false : stryMutAct_9fa48("115") ? true : (stryCov_9fa48("115", "116", "117"), entry.currency !== currency)) continue;
        for (const kind of kinds) {
          if (stryMutAct_9fa48("118")) {
            {}
          } else {
            stryCov_9fa48("118");
            const [lowKey, highKey] = KEYS[kind];
            for (const key of [lowKey, highKey] as const) {
              if (stryMutAct_9fa48("119")) {
                {}
              } else {
                stryCov_9fa48("119");
                if (stryMutAct_9fa48("122") ? false : stryMutAct_9fa48("121") ? true : stryMutAct_9fa48("120") ? isValidEntryValue(key as "base_low", entry.data[key]) : (stryCov_9fa48("120", "121", "122"), !isValidEntryValue(key as "base_low", entry.data[key]))) return stryMutAct_9fa48("123") ? `` : (stryCov_9fa48("123"), `'${key}' of ${name} is not a valid amount`);
              }
            }
            const low = num(entry.data[lowKey])!;
            const high = num(entry.data[highKey])!;
            if (stryMutAct_9fa48("127") ? low <= high : stryMutAct_9fa48("126") ? low >= high : stryMutAct_9fa48("125") ? false : stryMutAct_9fa48("124") ? true : (stryCov_9fa48("124", "125", "126", "127"), low > high)) return stryMutAct_9fa48("128") ? `` : (stryCov_9fa48("128"), `the ${KEYS[kind][2]} range of ${name} is reversed`);
          }
        }
      }
    }
    return undefined;
  }
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
  if (stryMutAct_9fa48("129")) {
    {}
  } else {
    stryCov_9fa48("129");
    for (const entry of list) {
      if (stryMutAct_9fa48("130")) {
        {}
      } else {
        stryCov_9fa48("130");
        if (stryMutAct_9fa48("133") ? entry.currency === currency : stryMutAct_9fa48("132") ? false : stryMutAct_9fa48("131") ? true : (stryCov_9fa48("131", "132", "133"), entry.currency !== currency)) continue;
        for (const kind of kinds) {
          if (stryMutAct_9fa48("134")) {
            {}
          } else {
            stryCov_9fa48("134");
            const [lowKey, highKey] = KEYS[kind];
            if (stryMutAct_9fa48("138") ? (entry.data[lowKey] as number) <= (entry.data[highKey] as number) : stryMutAct_9fa48("137") ? entry.data[lowKey] as number >= (entry.data[highKey] as number) : stryMutAct_9fa48("136") ? false : stryMutAct_9fa48("135") ? true : (stryCov_9fa48("135", "136", "137", "138"), entry.data[lowKey] as number > (entry.data[highKey] as number))) return stryMutAct_9fa48("139") ? `` : (stryCov_9fa48("139"), `the ${KEYS[kind][2]} range of ${stryMutAct_9fa48("140") ? entry.region && `entry ${entry.index + 1}` : (stryCov_9fa48("140"), entry.region ?? (stryMutAct_9fa48("141") ? `` : (stryCov_9fa48("141"), `entry ${stryMutAct_9fa48("142") ? entry.index - 1 : (stryCov_9fa48("142"), entry.index + 1)}`)))} is reversed`);
          }
        }
      }
    }
    return undefined;
  }
}
const ASK_ALL = new RegExp(ASK.source, stryMutAct_9fa48("143") ? "" : (stryCov_9fa48("143"), "gi"));
const OTHERS_ALL = new RegExp(OTHERS.source, stryMutAct_9fa48("144") ? "" : (stryCov_9fa48("144"), "gi"));

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
    if (stryMutAct_9fa48("145")) {
      {}
    } else {
      stryCov_9fa48("145");
      this.starts = Array.from(text.matchAll(pattern), stryMutAct_9fa48("146") ? () => undefined : (stryCov_9fa48("146"), match => match.index));
    }
  }

  /** Start of the last match before `offset`, or -1; offsets must not decrease between calls. */
  before(offset: number): number {
    if (stryMutAct_9fa48("147")) {
      {}
    } else {
      stryCov_9fa48("147");
      while (stryMutAct_9fa48("149") ? this.next < this.starts.length || this.starts[this.next]! < offset : stryMutAct_9fa48("148") ? false : (stryCov_9fa48("148", "149"), (stryMutAct_9fa48("152") ? this.next >= this.starts.length : stryMutAct_9fa48("151") ? this.next <= this.starts.length : stryMutAct_9fa48("150") ? true : (stryCov_9fa48("150", "151", "152"), this.next < this.starts.length)) && (stryMutAct_9fa48("155") ? this.starts[this.next]! >= offset : stryMutAct_9fa48("154") ? this.starts[this.next]! <= offset : stryMutAct_9fa48("153") ? true : (stryCov_9fa48("153", "154", "155"), this.starts[this.next]! < offset)))) stryMutAct_9fa48("156") ? this.next-- : (stryCov_9fa48("156"), this.next++);
      return (stryMutAct_9fa48("160") ? this.next <= 0 : stryMutAct_9fa48("159") ? this.next >= 0 : stryMutAct_9fa48("158") ? false : stryMutAct_9fa48("157") ? true : (stryCov_9fa48("157", "158", "159", "160"), this.next > 0)) ? this.starts[stryMutAct_9fa48("161") ? this.next + 1 : (stryCov_9fa48("161"), this.next - 1)]! : stryMutAct_9fa48("162") ? +1 : (stryCov_9fa48("162"), -1);
    }
  }
}

/** How far after an amount its kind ("base", "RSUs", "per year in equity") is looked for. */
const KIND_WINDOW = 40;

/**
 * Splits prose into sentences. A period inside a number ("$1.2M") or a name ("Levels.fyi") does
 * not end one. A loop, not a regex: a repeated alternation overflows the stack on a 10 MB line.
 */
export function sentences(text: string): {
  index: number;
  text: string;
}[] {
  if (stryMutAct_9fa48("163")) {
    {}
  } else {
    stryCov_9fa48("163");
    const found: {
      index: number;
      text: string;
    }[] = stryMutAct_9fa48("164") ? ["Stryker was here"] : (stryCov_9fa48("164"), []);
    let start = 0;
    for (let i = 0; stryMutAct_9fa48("167") ? i >= text.length : stryMutAct_9fa48("166") ? i <= text.length : stryMutAct_9fa48("165") ? false : (stryCov_9fa48("165", "166", "167"), i < text.length); stryMutAct_9fa48("168") ? i-- : (stryCov_9fa48("168"), i++)) {
      if (stryMutAct_9fa48("169")) {
        {}
      } else {
        stryCov_9fa48("169");
        const char = text[i]!;
        if (stryMutAct_9fa48("172") ? char !== "." && char !== "!" || char !== "?" : stryMutAct_9fa48("171") ? false : stryMutAct_9fa48("170") ? true : (stryCov_9fa48("170", "171", "172"), (stryMutAct_9fa48("174") ? char !== "." || char !== "!" : stryMutAct_9fa48("173") ? true : (stryCov_9fa48("173", "174"), (stryMutAct_9fa48("176") ? char === "." : stryMutAct_9fa48("175") ? true : (stryCov_9fa48("175", "176"), char !== (stryMutAct_9fa48("177") ? "" : (stryCov_9fa48("177"), ".")))) && (stryMutAct_9fa48("179") ? char === "!" : stryMutAct_9fa48("178") ? true : (stryCov_9fa48("178", "179"), char !== (stryMutAct_9fa48("180") ? "" : (stryCov_9fa48("180"), "!")))))) && (stryMutAct_9fa48("182") ? char === "?" : stryMutAct_9fa48("181") ? true : (stryCov_9fa48("181", "182"), char !== (stryMutAct_9fa48("183") ? "" : (stryCov_9fa48("183"), "?")))))) continue;
        let end = stryMutAct_9fa48("184") ? i - 1 : (stryCov_9fa48("184"), i + 1);
        while (stryMutAct_9fa48("186") ? end < text.length || /[.!?]/.test(text[end]!) : stryMutAct_9fa48("185") ? false : (stryCov_9fa48("185", "186"), (stryMutAct_9fa48("189") ? end >= text.length : stryMutAct_9fa48("188") ? end <= text.length : stryMutAct_9fa48("187") ? true : (stryCov_9fa48("187", "188", "189"), end < text.length)) && (stryMutAct_9fa48("190") ? /[^.!?]/ : (stryCov_9fa48("190"), /[.!?]/)).test(text[end]!))) stryMutAct_9fa48("191") ? end-- : (stryCov_9fa48("191"), end++);
        if (stryMutAct_9fa48("194") ? end < text.length || /["”]/.test(text[end]!) : stryMutAct_9fa48("193") ? false : stryMutAct_9fa48("192") ? true : (stryCov_9fa48("192", "193", "194"), (stryMutAct_9fa48("197") ? end >= text.length : stryMutAct_9fa48("196") ? end <= text.length : stryMutAct_9fa48("195") ? true : (stryCov_9fa48("195", "196", "197"), end < text.length)) && (stryMutAct_9fa48("198") ? /[^"”]/ : (stryCov_9fa48("198"), /["”]/)).test(text[end]!))) stryMutAct_9fa48("199") ? end-- : (stryCov_9fa48("199"), end++);
        if (stryMutAct_9fa48("202") ? end < text.length || !/\s/.test(text[end]!) : stryMutAct_9fa48("201") ? false : stryMutAct_9fa48("200") ? true : (stryCov_9fa48("200", "201", "202"), (stryMutAct_9fa48("205") ? end >= text.length : stryMutAct_9fa48("204") ? end <= text.length : stryMutAct_9fa48("203") ? true : (stryCov_9fa48("203", "204", "205"), end < text.length)) && (stryMutAct_9fa48("206") ? /\s/.test(text[end]!) : (stryCov_9fa48("206"), !(stryMutAct_9fa48("207") ? /\S/ : (stryCov_9fa48("207"), /\s/)).test(text[end]!))))) {
          if (stryMutAct_9fa48("208")) {
            {}
          } else {
            stryCov_9fa48("208");
            i = stryMutAct_9fa48("209") ? end + 1 : (stryCov_9fa48("209"), end - 1);
            continue;
          }
        }
        if (stryMutAct_9fa48("213") ? text.trim() : stryMutAct_9fa48("212") ? text.slice(start, end) : stryMutAct_9fa48("211") ? false : stryMutAct_9fa48("210") ? true : (stryCov_9fa48("210", "211", "212", "213"), text.slice(start, end).trim())) found.push(stryMutAct_9fa48("214") ? {} : (stryCov_9fa48("214"), {
          index: start,
          text: stryMutAct_9fa48("215") ? text : (stryCov_9fa48("215"), text.slice(start, end))
        }));
        start = end;
        i = stryMutAct_9fa48("216") ? end + 1 : (stryCov_9fa48("216"), end - 1);
      }
    }
    if (stryMutAct_9fa48("220") ? text.trim() : stryMutAct_9fa48("219") ? text.slice(start) : stryMutAct_9fa48("218") ? false : stryMutAct_9fa48("217") ? true : (stryCov_9fa48("217", "218", "219", "220"), text.slice(start).trim())) found.push(stryMutAct_9fa48("221") ? {} : (stryCov_9fa48("221"), {
      index: start,
      text: stryMutAct_9fa48("222") ? text : (stryCov_9fa48("222"), text.slice(start))
    }));
    return found;
  }
}
const cache = new WeakMap<Seed, AskCheck[]>();

/**
 * The amounts in the body's prose and what the ask check made of each: by default those in
 * sentences that ask (all the rule needs, and fast on a 10 MB body); `every` adds the others,
 * for a hover that explains why an amount was not checked; `lines` narrows it to some prose lines.
 */
export function checkAsks(seed: Seed, every = stryMutAct_9fa48("223") ? true : (stryCov_9fa48("223"), false), lines: readonly Line[] = seed.body.prose): AskCheck[] {
  if (stryMutAct_9fa48("224")) {
    {}
  } else {
    stryCov_9fa48("224");
    const cacheable = stryMutAct_9fa48("227") ? !every || lines === seed.body.prose : stryMutAct_9fa48("226") ? false : stryMutAct_9fa48("225") ? true : (stryCov_9fa48("225", "226", "227"), (stryMutAct_9fa48("228") ? every : (stryCov_9fa48("228"), !every)) && (stryMutAct_9fa48("230") ? lines !== seed.body.prose : stryMutAct_9fa48("229") ? true : (stryCov_9fa48("229", "230"), lines === seed.body.prose)));
    let found = cacheable ? cache.get(seed) : undefined;
    if (stryMutAct_9fa48("232") ? false : stryMutAct_9fa48("231") ? true : (stryCov_9fa48("231", "232"), found)) return found;
    found = stryMutAct_9fa48("233") ? ["Stryker was here"] : (stryCov_9fa48("233"), []);
    const list = entries(seed);
    // The same few (currency, kinds) questions recur for every amount: answer each once.
    const trust = new Map<string, string | undefined>();
    const valid = frontmatterValid(seed);
    const distrust = (currency: string, kinds: readonly RangeKind[]) => {
      if (stryMutAct_9fa48("234")) {
        {}
      } else {
        stryCov_9fa48("234");
        const key = stryMutAct_9fa48("235") ? `` : (stryCov_9fa48("235"), `${currency} ${kinds.join()}`);
        // A frontmatter the schema accepts has no invalid figure or currency: only order is left.
        if (stryMutAct_9fa48("238") ? false : stryMutAct_9fa48("237") ? true : stryMutAct_9fa48("236") ? trust.has(key) : (stryCov_9fa48("236", "237", "238"), !trust.has(key))) trust.set(key, valid ? untrustedOrder(list, currency, kinds) : untrusted(list, currency, kinds));
        return trust.get(key);
      }
    };
    for (const line of lines) {
      if (stryMutAct_9fa48("239")) {
        {}
      } else {
        stryCov_9fa48("239");
        if (stryMutAct_9fa48("242") ? false : stryMutAct_9fa48("241") ? true : stryMutAct_9fa48("240") ? /\d/.test(line.text) : (stryCov_9fa48("240", "241", "242"), !(stryMutAct_9fa48("243") ? /\D/ : (stryCov_9fa48("243"), /\d/)).test(line.text))) continue;
        for (const sentence of sentences(line.text)) {
          if (stryMutAct_9fa48("244")) {
            {}
          } else {
            stryCov_9fa48("244");
            const text = sentence.text;
            const commit = COMMIT.test(text);
            const asks = stryMutAct_9fa48("247") ? commit && ASK.test(text) : stryMutAct_9fa48("246") ? false : stryMutAct_9fa48("245") ? true : (stryCov_9fa48("245", "246", "247"), commit || ASK.test(text));
            if (stryMutAct_9fa48("250") ? !asks || !every : stryMutAct_9fa48("249") ? false : stryMutAct_9fa48("248") ? true : (stryCov_9fa48("248", "249", "250"), (stryMutAct_9fa48("251") ? asks : (stryCov_9fa48("251"), !asks)) && (stryMutAct_9fa48("252") ? every : (stryCov_9fa48("252"), !every)))) continue;
            // One scan of the sentence for each kind of cue, whatever the number of amounts in it.
            const cues: Cues = stryMutAct_9fa48("253") ? {} : (stryCov_9fa48("253"), {
              asks: new LastCue(ASK_ALL, text),
              others: new LastCue(OTHERS_ALL, text)
            });
            for (const amount of findAmounts(text)) {
              if (stryMutAct_9fa48("254")) {
                {}
              } else {
                stryCov_9fa48("254");
                const offset = stryMutAct_9fa48("255") ? line.span.start - sentence.index : (stryCov_9fa48("255"), line.span.start + sentence.index);
                const verdict = judge(list, text, amount, {
                  asks,
                  commit,
                  cues
                }, distrust) as AskCheck;
                verdict.span = stryMutAct_9fa48("256") ? {} : (stryCov_9fa48("256"), {
                  start: stryMutAct_9fa48("257") ? offset - amount.start : (stryCov_9fa48("257"), offset + amount.start),
                  end: stryMutAct_9fa48("258") ? offset - amount.end : (stryCov_9fa48("258"), offset + amount.end)
                });
                verdict.written = stryMutAct_9fa48("259") ? text : (stryCov_9fa48("259"), text.slice(amount.start, amount.end));
                verdict.currency = amount.currency;
                found.push(verdict);
              }
            }
          }
        }
      }
    }
    if (stryMutAct_9fa48("261") ? false : stryMutAct_9fa48("260") ? true : (stryCov_9fa48("260", "261"), cacheable)) cache.set(seed, found);
    return found;
  }
}
type Distrust = (currency: string, kinds: readonly RangeKind[]) => string | undefined;
type Cues = {
  asks: LastCue;
  others: LastCue;
};

/** The verdict on one amount of a sentence; amounts must come in order (the cues only move on). */
function judge(list: Entry[], text: string, amount: Amount, sentence: {
  asks: boolean;
  commit: boolean;
  cues: Cues;
}, untrustedRanges: Distrust): Omit<AskCheck, "span" | "written" | "currency"> {
  if (stryMutAct_9fa48("262")) {
    {}
  } else {
    stryCov_9fa48("262");
    const unchecked = stryMutAct_9fa48("263") ? () => undefined : (stryCov_9fa48("263"), (() => {
      const unchecked = (reason: string, kind?: string) => stryMutAct_9fa48("264") ? {} : (stryCov_9fa48("264"), {
        kind,
        status: "unchecked" as const,
        reason,
        ranges: stryMutAct_9fa48("265") ? ["Stryker was here"] : (stryCov_9fa48("265"), [])
      });
      return unchecked;
    })());
    // Both cues move on for every amount, so each is read in one pass over the sentence.
    const ask = sentence.cues.asks.before(amount.start);
    const other = sentence.cues.others.before(amount.start);
    if (stryMutAct_9fa48("268") ? false : stryMutAct_9fa48("267") ? true : stryMutAct_9fa48("266") ? amount.currency : (stryCov_9fa48("266", "267", "268"), !amount.currency)) return unchecked(stryMutAct_9fa48("269") ? "" : (stryCov_9fa48("269"), "its currency is not known"));
    if (stryMutAct_9fa48("272") ? false : stryMutAct_9fa48("271") ? true : stryMutAct_9fa48("270") ? sentence.asks : (stryCov_9fa48("270", "271", "272"), !sentence.asks)) return unchecked(stryMutAct_9fa48("273") ? "" : (stryCov_9fa48("273"), "its sentence asks for nothing (amounts after \"I need\", \"My floor is\" and the like are checked)"));
    if (stryMutAct_9fa48("276") ? ask === -1 || !sentence.commit : stryMutAct_9fa48("275") ? false : stryMutAct_9fa48("274") ? true : (stryCov_9fa48("274", "275", "276"), (stryMutAct_9fa48("278") ? ask !== -1 : stryMutAct_9fa48("277") ? true : (stryCov_9fa48("277", "278"), ask === (stryMutAct_9fa48("279") ? +1 : (stryCov_9fa48("279"), -1)))) && (stryMutAct_9fa48("280") ? sentence.commit : (stryCov_9fa48("280"), !sentence.commit)))) return unchecked(stryMutAct_9fa48("281") ? "" : (stryCov_9fa48("281"), "no ask (\"I need\", \"My floor is\" and the like) comes before it in its sentence"));
    if (stryMutAct_9fa48("285") ? other <= ask : stryMutAct_9fa48("284") ? other >= ask : stryMutAct_9fa48("283") ? false : stryMutAct_9fa48("282") ? true : (stryCov_9fa48("282", "283", "284", "285"), other > ask)) return unchecked(stryMutAct_9fa48("286") ? "" : (stryCov_9fa48("286"), "it describes another offer, not the ask"));
    if (stryMutAct_9fa48("289") ? list.length !== 0 : stryMutAct_9fa48("288") ? false : stryMutAct_9fa48("287") ? true : (stryCov_9fa48("287", "288", "289"), list.length === 0)) return unchecked(stryMutAct_9fa48("290") ? "" : (stryCov_9fa48("290"), "the frontmatter has no compensation entries"));
    const {
      kind,
      perYear
    } = kindAfter(stryMutAct_9fa48("291") ? text : (stryCov_9fa48("291"), text.slice(amount.end, stryMutAct_9fa48("292") ? amount.end - KIND_WINDOW : (stryCov_9fa48("292"), amount.end + KIND_WINDOW))));
    if (stryMutAct_9fa48("295") ? kind !== "skip" : stryMutAct_9fa48("294") ? false : stryMutAct_9fa48("293") ? true : (stryCov_9fa48("293", "294", "295"), kind === (stryMutAct_9fa48("296") ? "" : (stryCov_9fa48("296"), "skip")))) return unchecked(stryMutAct_9fa48("297") ? "" : (stryCov_9fa48("297"), "it is a signing bonus, a refresher or another amount outside the ranges"));
    const kindName = (stryMutAct_9fa48("300") ? kind !== "any" : stryMutAct_9fa48("299") ? false : stryMutAct_9fa48("298") ? true : (stryCov_9fa48("298", "299", "300"), kind === (stryMutAct_9fa48("301") ? "" : (stryCov_9fa48("301"), "any")))) ? undefined : KEYS[kind][2];
    const kinds = (stryMutAct_9fa48("304") ? kind !== "any" : stryMutAct_9fa48("303") ? false : stryMutAct_9fa48("302") ? true : (stryCov_9fa48("302", "303", "304"), kind === (stryMutAct_9fa48("305") ? "" : (stryCov_9fa48("305"), "any")))) ? ["base", "stock", "total"] as const : stryMutAct_9fa48("306") ? [] : (stryCov_9fa48("306"), [kind]);
    const distrust = untrustedRanges(amount.currency, kinds);
    if (stryMutAct_9fa48("308") ? false : stryMutAct_9fa48("307") ? true : (stryCov_9fa48("307", "308"), distrust)) return unchecked(distrust, kindName);
    const inCurrency = stryMutAct_9fa48("309") ? list : (stryCov_9fa48("309"), list.filter(stryMutAct_9fa48("310") ? () => undefined : (stryCov_9fa48("310"), entry => stryMutAct_9fa48("313") ? entry.currency !== amount.currency : stryMutAct_9fa48("312") ? false : stryMutAct_9fa48("311") ? true : (stryCov_9fa48("311", "312", "313"), entry.currency === amount.currency))));
    if (stryMutAct_9fa48("316") ? inCurrency.length !== 0 : stryMutAct_9fa48("315") ? false : stryMutAct_9fa48("314") ? true : (stryCov_9fa48("314", "315", "316"), inCurrency.length === 0)) return unchecked(stryMutAct_9fa48("317") ? `` : (stryCov_9fa48("317"), `no compensation entry is in ${amount.currency}`), kindName);
    const candidates = kinds.flatMap(stryMutAct_9fa48("318") ? () => undefined : (stryCov_9fa48("318"), k => ranges(inCurrency, k)));
    if (stryMutAct_9fa48("321") ? candidates.length !== 0 : stryMutAct_9fa48("320") ? false : stryMutAct_9fa48("319") ? true : (stryCov_9fa48("319", "320", "321"), candidates.length === 0)) return unchecked(stryMutAct_9fa48("322") ? `` : (stryCov_9fa48("322"), `no ${stryMutAct_9fa48("323") ? kindName && "range" : (stryCov_9fa48("323"), kindName ?? (stryMutAct_9fa48("324") ? "" : (stryCov_9fa48("324"), "range")))} in ${amount.currency}`), kindName);
    const value = (stryMutAct_9fa48("327") ? perYear || kind === "stock" : stryMutAct_9fa48("326") ? false : stryMutAct_9fa48("325") ? true : (stryCov_9fa48("325", "326", "327"), perYear && (stryMutAct_9fa48("329") ? kind !== "stock" : stryMutAct_9fa48("328") ? true : (stryCov_9fa48("328", "329"), kind === (stryMutAct_9fa48("330") ? "" : (stryCov_9fa48("330"), "stock")))))) ? stryMutAct_9fa48("331") ? amount.value / 4 : (stryCov_9fa48("331"), amount.value * 4) : amount.value;
    if (stryMutAct_9fa48("334") ? candidates.every(range => within(amount, value, range.low, range.high)) : stryMutAct_9fa48("333") ? false : stryMutAct_9fa48("332") ? true : (stryCov_9fa48("332", "333", "334"), candidates.some(stryMutAct_9fa48("335") ? () => undefined : (stryCov_9fa48("335"), range => within(amount, value, range.low, range.high))))) return stryMutAct_9fa48("336") ? {} : (stryCov_9fa48("336"), {
      kind: kindName,
      status: stryMutAct_9fa48("337") ? "" : (stryCov_9fa48("337"), "inside"),
      ranges: candidates
    });
    const lowest = stryMutAct_9fa48("338") ? Math.max(...candidates.map(c => c.low)) : (stryCov_9fa48("338"), Math.min(...candidates.map(stryMutAct_9fa48("339") ? () => undefined : (stryCov_9fa48("339"), c => c.low))));
    const highest = stryMutAct_9fa48("340") ? Math.min(...candidates.map(c => c.high)) : (stryCov_9fa48("340"), Math.max(...candidates.map(stryMutAct_9fa48("341") ? () => undefined : (stryCov_9fa48("341"), c => c.high))));
    const what = stryMutAct_9fa48("342") ? kindName && "base, stock or total comp" : (stryCov_9fa48("342"), kindName ?? (stryMutAct_9fa48("343") ? "" : (stryCov_9fa48("343"), "base, stock or total comp")));
    const side = (stryMutAct_9fa48("347") ? value <= highest : stryMutAct_9fa48("346") ? value >= highest : stryMutAct_9fa48("345") ? false : stryMutAct_9fa48("344") ? true : (stryCov_9fa48("344", "345", "346", "347"), value > highest)) ? stryMutAct_9fa48("348") ? `` : (stryCov_9fa48("348"), `above every ${what} range in ${amount.currency} (highest ${formatMoney(highest, amount.currency)})`) : (stryMutAct_9fa48("352") ? value >= lowest : stryMutAct_9fa48("351") ? value <= lowest : stryMutAct_9fa48("350") ? false : stryMutAct_9fa48("349") ? true : (stryCov_9fa48("349", "350", "351", "352"), value < lowest)) ? stryMutAct_9fa48("353") ? `` : (stryCov_9fa48("353"), `below every ${what} range in ${amount.currency} (lowest ${formatMoney(lowest, amount.currency)})`) : stryMutAct_9fa48("354") ? `` : (stryCov_9fa48("354"), `outside every ${what} range in ${amount.currency}`);
    const written = stryMutAct_9fa48("355") ? text : (stryCov_9fa48("355"), text.slice(amount.start, amount.end));
    return stryMutAct_9fa48("356") ? {} : (stryCov_9fa48("356"), {
      kind: kindName,
      status: stryMutAct_9fa48("357") ? "" : (stryCov_9fa48("357"), "outside"),
      ranges: candidates,
      message: stryMutAct_9fa48("358") ? `` : (stryCov_9fa48("358"), `The ask ${written}${kindName ? stryMutAct_9fa48("359") ? `` : (stryCov_9fa48("359"), ` ${kindName}`) : stryMutAct_9fa48("360") ? "Stryker was here!" : (stryCov_9fa48("360"), "")} is ${side}.`)
    });
  }
}