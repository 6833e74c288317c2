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
const ASK = stryMutAct_9fa48("14") ? /\b(?:I(?:'d| would)? need|need|I(?:'m| am) asking(?: for)?|my ask is|ask(?:ing)? for|I want|I(?:'m| am) targeting|targeting|commands|my floor is|floor of|I(?:'d| would) accept)\b/i : stryMutAct_9fa48("13") ? /\b(?:I(?:'d| would)? need|need|I(?:'m| am) asking(?: for)?|my ask is|ask(?:ing) for|I want|I(?:'m| am) targeting|targeting|commands?|my floor is|floor of|I(?:'d| would) accept)\b/i : stryMutAct_9fa48("12") ? /\b(?:I(?:'d| would)? need|need|I(?:'m| am) asking(?: for)|my ask is|ask(?:ing)? for|I want|I(?:'m| am) targeting|targeting|commands?|my floor is|floor of|I(?:'d| would) accept)\b/i : stryMutAct_9fa48("11") ? /\b(?:I(?:'d| would) need|need|I(?:'m| am) asking(?: for)?|my ask is|ask(?:ing)? for|I want|I(?:'m| am) targeting|targeting|commands?|my floor is|floor of|I(?:'d| would) accept)\b/i : (stryCov_9fa48("11", "12", "13", "14"), /\b(?:I(?:'d| would)? need|need|I(?:'m| am) asking(?: for)?|my ask is|ask(?:ing)? for|I want|I(?:'m| am) targeting|targeting|commands?|my floor is|floor of|I(?:'d| would) accept)\b/i);
const COMMIT = stryMutAct_9fa48("15") ? /\bI(?: will|'ll) (?:commit|sign|accept)\b/i : (stryCov_9fa48("15"), /\bI(?: will|'ll)? (?:commit|sign|accept)\b/i);
// Words that turn a sentence to another company's numbers: an amount whose nearest cue before it
// is one of these ("I need $250K base because Anthropic is offering $400K") is not an ask.
const OTHERS = stryMutAct_9fa48("18") ? /\b(?:because|since|while|whereas|versus|vs\.?|compared|offers|offered|offering|pays|paying|paid|match(?:es|ing)?|beat(?:s|ing))\b/i : stryMutAct_9fa48("17") ? /\b(?:because|since|while|whereas|versus|vs\.?|compared|offers|offered|offering|pays|paying|paid|match(?:es|ing)|beat(?:s|ing)?)\b/i : stryMutAct_9fa48("16") ? /\b(?:because|since|while|whereas|versus|vs\.|compared|offers|offered|offering|pays|paying|paid|match(?:es|ing)?|beat(?:s|ing)?)\b/i : (stryCov_9fa48("16", "17", "18"), /\b(?:because|since|while|whereas|versus|vs\.?|compared|offers|offered|offering|pays|paying|paid|match(?:es|ing)?|beat(?:s|ing)?)\b/i);
const PER_YEAR = stryMutAct_9fa48("23") ? /^\s*(?:\/\S*(?:yr|year)\b|per year\b|a year\b|annually\b)/ : stryMutAct_9fa48("22") ? /^\s*(?:\/\s(?:yr|year)\b|per year\b|a year\b|annually\b)/ : stryMutAct_9fa48("21") ? /^\S*(?:\/\s*(?:yr|year)\b|per year\b|a year\b|annually\b)/ : stryMutAct_9fa48("20") ? /^\s(?:\/\s*(?:yr|year)\b|per year\b|a year\b|annually\b)/ : stryMutAct_9fa48("19") ? /\s*(?:\/\s*(?:yr|year)\b|per year\b|a year\b|annually\b)/ : (stryCov_9fa48("19", "20", "21", "22", "23"), /^\s*(?:\/\s*(?:yr|year)\b|per year\b|a year\b|annually\b)/);
const KEYS: Record<Exclude<Kind, "any" | "skip">, [string, string, string]> = stryMutAct_9fa48("24") ? {} : (stryCov_9fa48("24"), {
  base: stryMutAct_9fa48("25") ? [] : (stryCov_9fa48("25"), [stryMutAct_9fa48("26") ? "" : (stryCov_9fa48("26"), "base_low"), stryMutAct_9fa48("27") ? "" : (stryCov_9fa48("27"), "base_high"), stryMutAct_9fa48("28") ? "" : (stryCov_9fa48("28"), "base")]),
  stock: stryMutAct_9fa48("29") ? [] : (stryCov_9fa48("29"), [stryMutAct_9fa48("30") ? "" : (stryCov_9fa48("30"), "stock_low"), stryMutAct_9fa48("31") ? "" : (stryCov_9fa48("31"), "stock_high"), stryMutAct_9fa48("32") ? "" : (stryCov_9fa48("32"), "stock")]),
  total: stryMutAct_9fa48("33") ? [] : (stryCov_9fa48("33"), [stryMutAct_9fa48("34") ? "" : (stryCov_9fa48("34"), "total_comp_low"), stryMutAct_9fa48("35") ? "" : (stryCov_9fa48("35"), "total_comp_high"), stryMutAct_9fa48("36") ? "" : (stryCov_9fa48("36"), "total comp")])
});
function kindAfter(text: string): {
  kind: Kind;
  perYear: boolean;
} {
  if (stryMutAct_9fa48("37")) {
    {}
  } else {
    stryCov_9fa48("37");
    let after = stryMutAct_9fa48("39") ? text.toLowerCase() : stryMutAct_9fa48("38") ? text.slice(0, KIND_WINDOW).toUpperCase() : (stryCov_9fa48("38", "39"), text.slice(0, KIND_WINDOW).toLowerCase());
    // "$75K/yr in RSUs", "$75K per year in equity": the yearly marker may come before the kind.
    const yearly = PER_YEAR.exec(after);
    if (stryMutAct_9fa48("41") ? false : stryMutAct_9fa48("40") ? true : (stryCov_9fa48("40", "41"), yearly)) after = stryMutAct_9fa48("42") ? after : (stryCov_9fa48("42"), after.slice(yearly[0].length));
    const perYear = stryMutAct_9fa48("45") ? !!yearly && PER_YEAR.test(after.replace(/^\s*(?:equity|rsus?|stock)/, "")) : stryMutAct_9fa48("44") ? false : stryMutAct_9fa48("43") ? true : (stryCov_9fa48("43", "44", "45"), (stryMutAct_9fa48("46") ? !yearly : (stryCov_9fa48("46"), !(stryMutAct_9fa48("47") ? yearly : (stryCov_9fa48("47"), !yearly)))) || PER_YEAR.test(after.replace(stryMutAct_9fa48("51") ? /^\s*(?:equity|rsus|stock)/ : stryMutAct_9fa48("50") ? /^\S*(?:equity|rsus?|stock)/ : stryMutAct_9fa48("49") ? /^\s(?:equity|rsus?|stock)/ : stryMutAct_9fa48("48") ? /\s*(?:equity|rsus?|stock)/ : (stryCov_9fa48("48", "49", "50", "51"), /^\s*(?:equity|rsus?|stock)/), stryMutAct_9fa48("52") ? "Stryker was here!" : (stryCov_9fa48("52"), ""))));
    if (stryMutAct_9fa48("54") ? false : stryMutAct_9fa48("53") ? true : (stryCov_9fa48("53", "54"), (stryMutAct_9fa48("58") ? /^\s*(?:signing|sign-on|sign on|relocation|refresher|retention|bonus|cash bonus|offers\b|package)/ : stryMutAct_9fa48("57") ? /^\S*(?:signing|sign-on|sign on|relocation|refresher|retention|bonus|cash bonus|offers?\b|package)/ : stryMutAct_9fa48("56") ? /^\s(?:signing|sign-on|sign on|relocation|refresher|retention|bonus|cash bonus|offers?\b|package)/ : stryMutAct_9fa48("55") ? /\s*(?:signing|sign-on|sign on|relocation|refresher|retention|bonus|cash bonus|offers?\b|package)/ : (stryCov_9fa48("55", "56", "57", "58"), /^\s*(?:signing|sign-on|sign on|relocation|refresher|retention|bonus|cash bonus|offers?\b|package)/)).test(after))) return stryMutAct_9fa48("59") ? {} : (stryCov_9fa48("59"), {
      kind: stryMutAct_9fa48("60") ? "" : (stryCov_9fa48("60"), "skip"),
      perYear
    });
    if (stryMutAct_9fa48("62") ? false : stryMutAct_9fa48("61") ? true : (stryCov_9fa48("61", "62"), (stryMutAct_9fa48("65") ? /^\S*(?:base|salary)/ : stryMutAct_9fa48("64") ? /^\s(?:base|salary)/ : stryMutAct_9fa48("63") ? /\s*(?:base|salary)/ : (stryCov_9fa48("63", "64", "65"), /^\s*(?:base|salary)/)).test(after))) return stryMutAct_9fa48("66") ? {} : (stryCov_9fa48("66"), {
      kind: stryMutAct_9fa48("67") ? "" : (stryCov_9fa48("67"), "base"),
      perYear
    });
    if (stryMutAct_9fa48("69") ? false : stryMutAct_9fa48("68") ? true : (stryCov_9fa48("68", "69"), (stryMutAct_9fa48("74") ? /^\s*(?:equity|rsus?|stock|in (?:rsus|equity|stock))/ : stryMutAct_9fa48("73") ? /^\s*(?:equity|rsus|stock|in (?:rsus?|equity|stock))/ : stryMutAct_9fa48("72") ? /^\S*(?:equity|rsus?|stock|in (?:rsus?|equity|stock))/ : stryMutAct_9fa48("71") ? /^\s(?:equity|rsus?|stock|in (?:rsus?|equity|stock))/ : stryMutAct_9fa48("70") ? /\s*(?:equity|rsus?|stock|in (?:rsus?|equity|stock))/ : (stryCov_9fa48("70", "71", "72", "73", "74"), /^\s*(?:equity|rsus?|stock|in (?:rsus?|equity|stock))/)).test(after))) return stryMutAct_9fa48("75") ? {} : (stryCov_9fa48("75"), {
      kind: stryMutAct_9fa48("76") ? "" : (stryCov_9fa48("76"), "stock"),
      perYear
    });
    if (stryMutAct_9fa48("78") ? false : stryMutAct_9fa48("77") ? true : (stryCov_9fa48("77", "78"), (stryMutAct_9fa48("81") ? /^\S*(?:total|tc\b)/ : stryMutAct_9fa48("80") ? /^\s(?:total|tc\b)/ : stryMutAct_9fa48("79") ? /\s*(?:total|tc\b)/ : (stryCov_9fa48("79", "80", "81"), /^\s*(?:total|tc\b)/)).test(after))) return stryMutAct_9fa48("82") ? {} : (stryCov_9fa48("82"), {
      kind: stryMutAct_9fa48("83") ? "" : (stryCov_9fa48("83"), "total"),
      perYear
    });
    return stryMutAct_9fa48("84") ? {} : (stryCov_9fa48("84"), {
      kind: stryMutAct_9fa48("85") ? "" : (stryCov_9fa48("85"), "any"),
      perYear
    });
  }
}
function within(amount: Amount, value: number, low: number, high: number): boolean {
  if (stryMutAct_9fa48("86")) {
    {}
  } else {
    stryCov_9fa48("86");
    const slack = stryMutAct_9fa48("87") ? amount.unit * 10 ** -amount.decimals * 2 : (stryCov_9fa48("87"), (stryMutAct_9fa48("88") ? amount.unit / 10 ** -amount.decimals : (stryCov_9fa48("88"), amount.unit * 10 ** (stryMutAct_9fa48("89") ? +amount.decimals : (stryCov_9fa48("89"), -amount.decimals)))) / 2);
    return stryMutAct_9fa48("92") ? value >= low - slack || value <= high + slack : stryMutAct_9fa48("91") ? false : stryMutAct_9fa48("90") ? true : (stryCov_9fa48("90", "91", "92"), (stryMutAct_9fa48("95") ? value < low - slack : stryMutAct_9fa48("94") ? value > low - slack : stryMutAct_9fa48("93") ? true : (stryCov_9fa48("93", "94", "95"), value >= (stryMutAct_9fa48("96") ? low + slack : (stryCov_9fa48("96"), low - slack)))) && (stryMutAct_9fa48("99") ? value > high + slack : stryMutAct_9fa48("98") ? value < high + slack : stryMutAct_9fa48("97") ? true : (stryCov_9fa48("97", "98", "99"), value <= (stryMutAct_9fa48("100") ? high - slack : (stryCov_9fa48("100"), high + slack)))));
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
  if (stryMutAct_9fa48("101")) {
    {}
  } else {
    stryCov_9fa48("101");
    const [lowKey, highKey] = KEYS[kind];
    return list.flatMap(entry => {
      if (stryMutAct_9fa48("102")) {
        {}
      } else {
        stryCov_9fa48("102");
        const low = num(entry.data[lowKey]);
        const high = num(entry.data[highKey]);
        return (stryMutAct_9fa48("105") ? low === undefined && high === undefined : stryMutAct_9fa48("104") ? false : stryMutAct_9fa48("103") ? true : (stryCov_9fa48("103", "104", "105"), (stryMutAct_9fa48("107") ? low !== undefined : stryMutAct_9fa48("106") ? false : (stryCov_9fa48("106", "107"), low === undefined)) || (stryMutAct_9fa48("109") ? high !== undefined : stryMutAct_9fa48("108") ? false : (stryCov_9fa48("108", "109"), high === undefined)))) ? stryMutAct_9fa48("110") ? ["Stryker was here"] : (stryCov_9fa48("110"), []) : stryMutAct_9fa48("111") ? [] : (stryCov_9fa48("111"), [stryMutAct_9fa48("112") ? {} : (stryCov_9fa48("112"), {
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
  if (stryMutAct_9fa48("113")) {
    {}
  } else {
    stryCov_9fa48("113");
    for (const entry of list) {
      if (stryMutAct_9fa48("114")) {
        {}
      } else {
        stryCov_9fa48("114");
        const name = stryMutAct_9fa48("115") ? entry.region && `entry ${entry.index + 1}` : (stryCov_9fa48("115"), entry.region ?? (stryMutAct_9fa48("116") ? `` : (stryCov_9fa48("116"), `entry ${stryMutAct_9fa48("117") ? entry.index - 1 : (stryCov_9fa48("117"), entry.index + 1)}`)));
        if (stryMutAct_9fa48("120") ? typeof entry.currency !== "string" && !isIsoCurrency(entry.currency) : stryMutAct_9fa48("119") ? false : stryMutAct_9fa48("118") ? true : (stryCov_9fa48("118", "119", "120"), (stryMutAct_9fa48("122") ? typeof entry.currency === "string" : stryMutAct_9fa48("121") ? false : (stryCov_9fa48("121", "122"), typeof entry.currency !== (stryMutAct_9fa48("123") ? "" : (stryCov_9fa48("123"), "string")))) || (stryMutAct_9fa48("124") ? isIsoCurrency(entry.currency) : (stryCov_9fa48("124"), !isIsoCurrency(entry.currency))))) return stryMutAct_9fa48("125") ? `` : (stryCov_9fa48("125"), `the currency of ${name} is not a valid ISO 4217 code`);
        if (stryMutAct_9fa48("128") ? entry.currency === currency : stryMutAct_9fa48("127") ? false : stryMutAct_9fa48("126") ? true : (stryCov_9fa48("126", "127", "128"), entry.currency !== currency)) continue;
        for (const kind of kinds) {
          if (stryMutAct_9fa48("129")) {
            {}
          } else {
            stryCov_9fa48("129");
            const [lowKey, highKey] = KEYS[kind];
            for (const key of [lowKey, highKey] as const) {
              if (stryMutAct_9fa48("130")) {
                {}
              } else {
                stryCov_9fa48("130");
                if (stryMutAct_9fa48("133") ? false : stryMutAct_9fa48("132") ? true : stryMutAct_9fa48("131") ? isValidEntryValue(key as "base_low", entry.data[key]) : (stryCov_9fa48("131", "132", "133"), !isValidEntryValue(key as "base_low", entry.data[key]))) return stryMutAct_9fa48("134") ? `` : (stryCov_9fa48("134"), `'${key}' of ${name} is not a valid amount`);
              }
            }
            const low = num(entry.data[lowKey])!;
            const high = num(entry.data[highKey])!;
            if (stryMutAct_9fa48("138") ? low <= high : stryMutAct_9fa48("137") ? low >= high : stryMutAct_9fa48("136") ? false : stryMutAct_9fa48("135") ? true : (stryCov_9fa48("135", "136", "137", "138"), low > high)) return stryMutAct_9fa48("139") ? `` : (stryCov_9fa48("139"), `the ${KEYS[kind][2]} range of ${name} is reversed`);
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
  if (stryMutAct_9fa48("140")) {
    {}
  } else {
    stryCov_9fa48("140");
    for (const entry of list) {
      if (stryMutAct_9fa48("141")) {
        {}
      } else {
        stryCov_9fa48("141");
        if (stryMutAct_9fa48("144") ? entry.currency === currency : stryMutAct_9fa48("143") ? false : stryMutAct_9fa48("142") ? true : (stryCov_9fa48("142", "143", "144"), entry.currency !== currency)) continue;
        for (const kind of kinds) {
          if (stryMutAct_9fa48("145")) {
            {}
          } else {
            stryCov_9fa48("145");
            const [lowKey, highKey] = KEYS[kind];
            if (stryMutAct_9fa48("149") ? (entry.data[lowKey] as number) <= (entry.data[highKey] as number) : stryMutAct_9fa48("148") ? entry.data[lowKey] as number >= (entry.data[highKey] as number) : stryMutAct_9fa48("147") ? false : stryMutAct_9fa48("146") ? true : (stryCov_9fa48("146", "147", "148", "149"), entry.data[lowKey] as number > (entry.data[highKey] as number))) return stryMutAct_9fa48("150") ? `` : (stryCov_9fa48("150"), `the ${KEYS[kind][2]} range of ${stryMutAct_9fa48("151") ? entry.region && `entry ${entry.index + 1}` : (stryCov_9fa48("151"), entry.region ?? (stryMutAct_9fa48("152") ? `` : (stryCov_9fa48("152"), `entry ${stryMutAct_9fa48("153") ? entry.index - 1 : (stryCov_9fa48("153"), entry.index + 1)}`)))} is reversed`);
          }
        }
      }
    }
    return undefined;
  }
}
const ASK_ALL = new RegExp(ASK.source, stryMutAct_9fa48("154") ? "" : (stryCov_9fa48("154"), "gi"));
const OTHERS_ALL = new RegExp(OTHERS.source, stryMutAct_9fa48("155") ? "" : (stryCov_9fa48("155"), "gi"));

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
    if (stryMutAct_9fa48("156")) {
      {}
    } else {
      stryCov_9fa48("156");
      this.starts = Array.from(text.matchAll(pattern), stryMutAct_9fa48("157") ? () => undefined : (stryCov_9fa48("157"), match => match.index));
    }
  }

  /** Start of the last match before `offset`, or -1; offsets must not decrease between calls. */
  before(offset: number): number {
    if (stryMutAct_9fa48("158")) {
      {}
    } else {
      stryCov_9fa48("158");
      while (stryMutAct_9fa48("160") ? this.next < this.starts.length || this.starts[this.next]! < offset : stryMutAct_9fa48("159") ? false : (stryCov_9fa48("159", "160"), (stryMutAct_9fa48("163") ? this.next >= this.starts.length : stryMutAct_9fa48("162") ? this.next <= this.starts.length : stryMutAct_9fa48("161") ? true : (stryCov_9fa48("161", "162", "163"), this.next < this.starts.length)) && (stryMutAct_9fa48("166") ? this.starts[this.next]! >= offset : stryMutAct_9fa48("165") ? this.starts[this.next]! <= offset : stryMutAct_9fa48("164") ? true : (stryCov_9fa48("164", "165", "166"), this.starts[this.next]! < offset)))) stryMutAct_9fa48("167") ? this.next-- : (stryCov_9fa48("167"), this.next++);
      return (stryMutAct_9fa48("171") ? this.next <= 0 : stryMutAct_9fa48("170") ? this.next >= 0 : stryMutAct_9fa48("169") ? false : stryMutAct_9fa48("168") ? true : (stryCov_9fa48("168", "169", "170", "171"), this.next > 0)) ? this.starts[stryMutAct_9fa48("172") ? this.next + 1 : (stryCov_9fa48("172"), this.next - 1)]! : stryMutAct_9fa48("173") ? +1 : (stryCov_9fa48("173"), -1);
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
  if (stryMutAct_9fa48("174")) {
    {}
  } else {
    stryCov_9fa48("174");
    const found: {
      index: number;
      text: string;
    }[] = stryMutAct_9fa48("175") ? ["Stryker was here"] : (stryCov_9fa48("175"), []);
    let start = 0;
    for (let i = 0; stryMutAct_9fa48("178") ? i >= text.length : stryMutAct_9fa48("177") ? i <= text.length : stryMutAct_9fa48("176") ? false : (stryCov_9fa48("176", "177", "178"), i < text.length); stryMutAct_9fa48("179") ? i-- : (stryCov_9fa48("179"), i++)) {
      if (stryMutAct_9fa48("180")) {
        {}
      } else {
        stryCov_9fa48("180");
        const char = text[i]!;
        if (stryMutAct_9fa48("183") ? char !== "." && char !== "!" || char !== "?" : stryMutAct_9fa48("182") ? false : stryMutAct_9fa48("181") ? true : (stryCov_9fa48("181", "182", "183"), (stryMutAct_9fa48("185") ? char !== "." || char !== "!" : stryMutAct_9fa48("184") ? true : (stryCov_9fa48("184", "185"), (stryMutAct_9fa48("187") ? char === "." : stryMutAct_9fa48("186") ? true : (stryCov_9fa48("186", "187"), char !== (stryMutAct_9fa48("188") ? "" : (stryCov_9fa48("188"), ".")))) && (stryMutAct_9fa48("190") ? char === "!" : stryMutAct_9fa48("189") ? true : (stryCov_9fa48("189", "190"), char !== (stryMutAct_9fa48("191") ? "" : (stryCov_9fa48("191"), "!")))))) && (stryMutAct_9fa48("193") ? char === "?" : stryMutAct_9fa48("192") ? true : (stryCov_9fa48("192", "193"), char !== (stryMutAct_9fa48("194") ? "" : (stryCov_9fa48("194"), "?")))))) continue;
        let end = stryMutAct_9fa48("195") ? i - 1 : (stryCov_9fa48("195"), i + 1);
        while (stryMutAct_9fa48("197") ? end < text.length || /[.!?]/.test(text[end]!) : stryMutAct_9fa48("196") ? false : (stryCov_9fa48("196", "197"), (stryMutAct_9fa48("200") ? end >= text.length : stryMutAct_9fa48("199") ? end <= text.length : stryMutAct_9fa48("198") ? true : (stryCov_9fa48("198", "199", "200"), end < text.length)) && (stryMutAct_9fa48("201") ? /[^.!?]/ : (stryCov_9fa48("201"), /[.!?]/)).test(text[end]!))) stryMutAct_9fa48("202") ? end-- : (stryCov_9fa48("202"), end++);
        if (stryMutAct_9fa48("205") ? end < text.length || /["”]/.test(text[end]!) : stryMutAct_9fa48("204") ? false : stryMutAct_9fa48("203") ? true : (stryCov_9fa48("203", "204", "205"), (stryMutAct_9fa48("208") ? end >= text.length : stryMutAct_9fa48("207") ? end <= text.length : stryMutAct_9fa48("206") ? true : (stryCov_9fa48("206", "207", "208"), end < text.length)) && (stryMutAct_9fa48("209") ? /[^"”]/ : (stryCov_9fa48("209"), /["”]/)).test(text[end]!))) stryMutAct_9fa48("210") ? end-- : (stryCov_9fa48("210"), end++);
        if (stryMutAct_9fa48("213") ? end < text.length || !/\s/.test(text[end]!) : stryMutAct_9fa48("212") ? false : stryMutAct_9fa48("211") ? true : (stryCov_9fa48("211", "212", "213"), (stryMutAct_9fa48("216") ? end >= text.length : stryMutAct_9fa48("215") ? end <= text.length : stryMutAct_9fa48("214") ? true : (stryCov_9fa48("214", "215", "216"), end < text.length)) && (stryMutAct_9fa48("217") ? /\s/.test(text[end]!) : (stryCov_9fa48("217"), !(stryMutAct_9fa48("218") ? /\S/ : (stryCov_9fa48("218"), /\s/)).test(text[end]!))))) {
          if (stryMutAct_9fa48("219")) {
            {}
          } else {
            stryCov_9fa48("219");
            i = stryMutAct_9fa48("220") ? end + 1 : (stryCov_9fa48("220"), end - 1);
            continue;
          }
        }
        if (stryMutAct_9fa48("224") ? text.trim() : stryMutAct_9fa48("223") ? text.slice(start, end) : stryMutAct_9fa48("222") ? false : stryMutAct_9fa48("221") ? true : (stryCov_9fa48("221", "222", "223", "224"), text.slice(start, end).trim())) found.push(stryMutAct_9fa48("225") ? {} : (stryCov_9fa48("225"), {
          index: start,
          text: stryMutAct_9fa48("226") ? text : (stryCov_9fa48("226"), text.slice(start, end))
        }));
        start = end;
        i = stryMutAct_9fa48("227") ? end + 1 : (stryCov_9fa48("227"), end - 1);
      }
    }
    if (stryMutAct_9fa48("231") ? text.trim() : stryMutAct_9fa48("230") ? text.slice(start) : stryMutAct_9fa48("229") ? false : stryMutAct_9fa48("228") ? true : (stryCov_9fa48("228", "229", "230", "231"), text.slice(start).trim())) found.push(stryMutAct_9fa48("232") ? {} : (stryCov_9fa48("232"), {
      index: start,
      text: stryMutAct_9fa48("233") ? text : (stryCov_9fa48("233"), text.slice(start))
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
export function checkAsks(seed: Seed, every = stryMutAct_9fa48("234") ? true : (stryCov_9fa48("234"), false), lines: readonly Line[] = seed.body.prose): AskCheck[] {
  if (stryMutAct_9fa48("235")) {
    {}
  } else {
    stryCov_9fa48("235");
    const cacheable = stryMutAct_9fa48("238") ? !every || lines === seed.body.prose : stryMutAct_9fa48("237") ? false : stryMutAct_9fa48("236") ? true : (stryCov_9fa48("236", "237", "238"), (stryMutAct_9fa48("239") ? every : (stryCov_9fa48("239"), !every)) && (stryMutAct_9fa48("241") ? lines !== seed.body.prose : stryMutAct_9fa48("240") ? true : (stryCov_9fa48("240", "241"), lines === seed.body.prose)));
    let found = cacheable ? cache.get(seed) : undefined;
    if (stryMutAct_9fa48("243") ? false : stryMutAct_9fa48("242") ? true : (stryCov_9fa48("242", "243"), found)) return found;
    found = stryMutAct_9fa48("244") ? ["Stryker was here"] : (stryCov_9fa48("244"), []);
    const list = entries(seed);
    // The same few (currency, kinds) questions recur for every amount: answer each once.
    const trust = new Map<string, string | undefined>();
    const valid = frontmatterValid(seed);
    const distrust = (currency: string, kinds: readonly RangeKind[]) => {
      if (stryMutAct_9fa48("245")) {
        {}
      } else {
        stryCov_9fa48("245");
        const key = stryMutAct_9fa48("246") ? `` : (stryCov_9fa48("246"), `${currency} ${kinds.join()}`);
        // A frontmatter the schema accepts has no invalid figure or currency: only order is left.
        if (stryMutAct_9fa48("249") ? false : stryMutAct_9fa48("248") ? true : stryMutAct_9fa48("247") ? trust.has(key) : (stryCov_9fa48("247", "248", "249"), !trust.has(key))) trust.set(key, valid ? untrustedOrder(list, currency, kinds) : untrusted(list, currency, kinds));
        return trust.get(key);
      }
    };
    for (const line of lines) {
      if (stryMutAct_9fa48("250")) {
        {}
      } else {
        stryCov_9fa48("250");
        if (stryMutAct_9fa48("253") ? false : stryMutAct_9fa48("252") ? true : stryMutAct_9fa48("251") ? /\d/.test(line.text) : (stryCov_9fa48("251", "252", "253"), !(stryMutAct_9fa48("254") ? /\D/ : (stryCov_9fa48("254"), /\d/)).test(line.text))) continue;
        for (const sentence of sentences(line.text)) {
          if (stryMutAct_9fa48("255")) {
            {}
          } else {
            stryCov_9fa48("255");
            const text = sentence.text;
            const commit = COMMIT.test(text);
            const asks = stryMutAct_9fa48("258") ? commit && ASK.test(text) : stryMutAct_9fa48("257") ? false : stryMutAct_9fa48("256") ? true : (stryCov_9fa48("256", "257", "258"), commit || ASK.test(text));
            if (stryMutAct_9fa48("261") ? !asks || !every : stryMutAct_9fa48("260") ? false : stryMutAct_9fa48("259") ? true : (stryCov_9fa48("259", "260", "261"), (stryMutAct_9fa48("262") ? asks : (stryCov_9fa48("262"), !asks)) && (stryMutAct_9fa48("263") ? every : (stryCov_9fa48("263"), !every)))) continue;
            // One scan of the sentence for each kind of cue, whatever the number of amounts in it.
            const cues: Cues = stryMutAct_9fa48("264") ? {} : (stryCov_9fa48("264"), {
              asks: new LastCue(ASK_ALL, text),
              others: new LastCue(OTHERS_ALL, text)
            });
            for (const amount of findAmounts(text)) {
              if (stryMutAct_9fa48("265")) {
                {}
              } else {
                stryCov_9fa48("265");
                const offset = stryMutAct_9fa48("266") ? line.span.start - sentence.index : (stryCov_9fa48("266"), line.span.start + sentence.index);
                const verdict = judge(list, text, amount, {
                  asks,
                  commit,
                  cues
                }, distrust) as AskCheck;
                verdict.span = stryMutAct_9fa48("267") ? {} : (stryCov_9fa48("267"), {
                  start: stryMutAct_9fa48("268") ? offset - amount.start : (stryCov_9fa48("268"), offset + amount.start),
                  end: stryMutAct_9fa48("269") ? offset - amount.end : (stryCov_9fa48("269"), offset + amount.end)
                });
                verdict.written = stryMutAct_9fa48("270") ? text : (stryCov_9fa48("270"), text.slice(amount.start, amount.end));
                verdict.currency = amount.currency;
                found.push(verdict);
              }
            }
          }
        }
      }
    }
    if (stryMutAct_9fa48("272") ? false : stryMutAct_9fa48("271") ? true : (stryCov_9fa48("271", "272"), cacheable)) cache.set(seed, found);
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
  if (stryMutAct_9fa48("273")) {
    {}
  } else {
    stryCov_9fa48("273");
    const unchecked = stryMutAct_9fa48("274") ? () => undefined : (stryCov_9fa48("274"), (() => {
      const unchecked = (reason: string, kind?: string) => stryMutAct_9fa48("275") ? {} : (stryCov_9fa48("275"), {
        kind,
        status: "unchecked" as const,
        reason,
        ranges: stryMutAct_9fa48("276") ? ["Stryker was here"] : (stryCov_9fa48("276"), [])
      });
      return unchecked;
    })());
    // Both cues move on for every amount, so each is read in one pass over the sentence.
    const ask = sentence.cues.asks.before(amount.start);
    const other = sentence.cues.others.before(amount.start);
    if (stryMutAct_9fa48("279") ? false : stryMutAct_9fa48("278") ? true : stryMutAct_9fa48("277") ? amount.currency : (stryCov_9fa48("277", "278", "279"), !amount.currency)) return unchecked(stryMutAct_9fa48("280") ? "" : (stryCov_9fa48("280"), "its currency is not known"));
    if (stryMutAct_9fa48("283") ? false : stryMutAct_9fa48("282") ? true : stryMutAct_9fa48("281") ? sentence.asks : (stryCov_9fa48("281", "282", "283"), !sentence.asks)) return unchecked(stryMutAct_9fa48("284") ? "" : (stryCov_9fa48("284"), "its sentence asks for nothing (amounts after \"I need\", \"My floor is\" and the like are checked)"));
    if (stryMutAct_9fa48("287") ? ask === -1 || !sentence.commit : stryMutAct_9fa48("286") ? false : stryMutAct_9fa48("285") ? true : (stryCov_9fa48("285", "286", "287"), (stryMutAct_9fa48("289") ? ask !== -1 : stryMutAct_9fa48("288") ? true : (stryCov_9fa48("288", "289"), ask === (stryMutAct_9fa48("290") ? +1 : (stryCov_9fa48("290"), -1)))) && (stryMutAct_9fa48("291") ? sentence.commit : (stryCov_9fa48("291"), !sentence.commit)))) return unchecked(stryMutAct_9fa48("292") ? "" : (stryCov_9fa48("292"), "no ask (\"I need\", \"My floor is\" and the like) comes before it in its sentence"));
    if (stryMutAct_9fa48("296") ? other <= ask : stryMutAct_9fa48("295") ? other >= ask : stryMutAct_9fa48("294") ? false : stryMutAct_9fa48("293") ? true : (stryCov_9fa48("293", "294", "295", "296"), other > ask)) return unchecked(stryMutAct_9fa48("297") ? "" : (stryCov_9fa48("297"), "it describes another offer, not the ask"));
    if (stryMutAct_9fa48("300") ? list.length !== 0 : stryMutAct_9fa48("299") ? false : stryMutAct_9fa48("298") ? true : (stryCov_9fa48("298", "299", "300"), list.length === 0)) return unchecked(stryMutAct_9fa48("301") ? "" : (stryCov_9fa48("301"), "the frontmatter has no compensation entries"));
    const {
      kind,
      perYear
    } = kindAfter(stryMutAct_9fa48("302") ? text : (stryCov_9fa48("302"), text.slice(amount.end, stryMutAct_9fa48("303") ? amount.end - KIND_WINDOW : (stryCov_9fa48("303"), amount.end + KIND_WINDOW))));
    if (stryMutAct_9fa48("306") ? kind !== "skip" : stryMutAct_9fa48("305") ? false : stryMutAct_9fa48("304") ? true : (stryCov_9fa48("304", "305", "306"), kind === (stryMutAct_9fa48("307") ? "" : (stryCov_9fa48("307"), "skip")))) return unchecked(stryMutAct_9fa48("308") ? "" : (stryCov_9fa48("308"), "it is a signing bonus, a refresher or another amount outside the ranges"));
    const kindName = (stryMutAct_9fa48("311") ? kind !== "any" : stryMutAct_9fa48("310") ? false : stryMutAct_9fa48("309") ? true : (stryCov_9fa48("309", "310", "311"), kind === (stryMutAct_9fa48("312") ? "" : (stryCov_9fa48("312"), "any")))) ? undefined : KEYS[kind][2];
    const kinds = (stryMutAct_9fa48("315") ? kind !== "any" : stryMutAct_9fa48("314") ? false : stryMutAct_9fa48("313") ? true : (stryCov_9fa48("313", "314", "315"), kind === (stryMutAct_9fa48("316") ? "" : (stryCov_9fa48("316"), "any")))) ? ["base", "stock", "total"] as const : stryMutAct_9fa48("317") ? [] : (stryCov_9fa48("317"), [kind]);
    const distrust = untrustedRanges(amount.currency, kinds);
    if (stryMutAct_9fa48("319") ? false : stryMutAct_9fa48("318") ? true : (stryCov_9fa48("318", "319"), distrust)) return unchecked(distrust, kindName);
    const inCurrency = stryMutAct_9fa48("320") ? list : (stryCov_9fa48("320"), list.filter(stryMutAct_9fa48("321") ? () => undefined : (stryCov_9fa48("321"), entry => stryMutAct_9fa48("324") ? entry.currency !== amount.currency : stryMutAct_9fa48("323") ? false : stryMutAct_9fa48("322") ? true : (stryCov_9fa48("322", "323", "324"), entry.currency === amount.currency))));
    if (stryMutAct_9fa48("327") ? inCurrency.length !== 0 : stryMutAct_9fa48("326") ? false : stryMutAct_9fa48("325") ? true : (stryCov_9fa48("325", "326", "327"), inCurrency.length === 0)) return unchecked(stryMutAct_9fa48("328") ? `` : (stryCov_9fa48("328"), `no compensation entry is in ${amount.currency}`), kindName);
    const candidates = kinds.flatMap(stryMutAct_9fa48("329") ? () => undefined : (stryCov_9fa48("329"), k => ranges(inCurrency, k)));
    if (stryMutAct_9fa48("332") ? candidates.length !== 0 : stryMutAct_9fa48("331") ? false : stryMutAct_9fa48("330") ? true : (stryCov_9fa48("330", "331", "332"), candidates.length === 0)) return unchecked(stryMutAct_9fa48("333") ? `` : (stryCov_9fa48("333"), `no ${stryMutAct_9fa48("334") ? kindName && "range" : (stryCov_9fa48("334"), kindName ?? (stryMutAct_9fa48("335") ? "" : (stryCov_9fa48("335"), "range")))} in ${amount.currency}`), kindName);
    const value = (stryMutAct_9fa48("338") ? perYear || kind === "stock" : stryMutAct_9fa48("337") ? false : stryMutAct_9fa48("336") ? true : (stryCov_9fa48("336", "337", "338"), perYear && (stryMutAct_9fa48("340") ? kind !== "stock" : stryMutAct_9fa48("339") ? true : (stryCov_9fa48("339", "340"), kind === (stryMutAct_9fa48("341") ? "" : (stryCov_9fa48("341"), "stock")))))) ? stryMutAct_9fa48("342") ? amount.value / 4 : (stryCov_9fa48("342"), amount.value * 4) : amount.value;
    if (stryMutAct_9fa48("345") ? candidates.every(range => within(amount, value, range.low, range.high)) : stryMutAct_9fa48("344") ? false : stryMutAct_9fa48("343") ? true : (stryCov_9fa48("343", "344", "345"), candidates.some(stryMutAct_9fa48("346") ? () => undefined : (stryCov_9fa48("346"), range => within(amount, value, range.low, range.high))))) return stryMutAct_9fa48("347") ? {} : (stryCov_9fa48("347"), {
      kind: kindName,
      status: stryMutAct_9fa48("348") ? "" : (stryCov_9fa48("348"), "inside"),
      ranges: candidates
    });
    const lowest = stryMutAct_9fa48("349") ? Math.max(...candidates.map(c => c.low)) : (stryCov_9fa48("349"), Math.min(...candidates.map(stryMutAct_9fa48("350") ? () => undefined : (stryCov_9fa48("350"), c => c.low))));
    const highest = stryMutAct_9fa48("351") ? Math.min(...candidates.map(c => c.high)) : (stryCov_9fa48("351"), Math.max(...candidates.map(stryMutAct_9fa48("352") ? () => undefined : (stryCov_9fa48("352"), c => c.high))));
    const what = stryMutAct_9fa48("353") ? kindName && "base, stock or total comp" : (stryCov_9fa48("353"), kindName ?? (stryMutAct_9fa48("354") ? "" : (stryCov_9fa48("354"), "base, stock or total comp")));
    const side = (stryMutAct_9fa48("358") ? value <= highest : stryMutAct_9fa48("357") ? value >= highest : stryMutAct_9fa48("356") ? false : stryMutAct_9fa48("355") ? true : (stryCov_9fa48("355", "356", "357", "358"), value > highest)) ? stryMutAct_9fa48("359") ? `` : (stryCov_9fa48("359"), `above every ${what} range in ${amount.currency} (highest ${formatMoney(highest, amount.currency)})`) : (stryMutAct_9fa48("363") ? value >= lowest : stryMutAct_9fa48("362") ? value <= lowest : stryMutAct_9fa48("361") ? false : stryMutAct_9fa48("360") ? true : (stryCov_9fa48("360", "361", "362", "363"), value < lowest)) ? stryMutAct_9fa48("364") ? `` : (stryCov_9fa48("364"), `below every ${what} range in ${amount.currency} (lowest ${formatMoney(lowest, amount.currency)})`) : stryMutAct_9fa48("365") ? `` : (stryCov_9fa48("365"), `outside every ${what} range in ${amount.currency}`);
    const written = stryMutAct_9fa48("366") ? text : (stryCov_9fa48("366"), text.slice(amount.start, amount.end));
    return stryMutAct_9fa48("367") ? {} : (stryCov_9fa48("367"), {
      kind: kindName,
      status: stryMutAct_9fa48("368") ? "" : (stryCov_9fa48("368"), "outside"),
      ranges: candidates,
      message: stryMutAct_9fa48("369") ? `` : (stryCov_9fa48("369"), `The ask ${written}${kindName ? stryMutAct_9fa48("370") ? `` : (stryCov_9fa48("370"), ` ${kindName}`) : stryMutAct_9fa48("371") ? "Stryker was here!" : (stryCov_9fa48("371"), "")} is ${side}.`)
    });
  }
}