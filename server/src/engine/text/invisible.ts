// Characters that change what text says or how it is shown without being seen: bidirectional
// controls (the "Trojan Source" characters, which reorder what is displayed) and zero-width or
// otherwise invisible characters (which make `Levels.fyi` and `Levels\u200B.fyi` look the same).
// The invisible-character rule reports them; the preview shows them as visible marks.
//
// Legitimate Unicode is not flagged: accents, CJK, right-to-left scripts (their direction comes
// from the letters, not from controls), variation selectors (emoji presentation) and the two
// joiners where writing needs them: U+200D inside an emoji sequence (👩‍💻) and U+200C/U+200D
// between letters of scripts that shape with them (Persian "می‌خواهم", Devanagari). Between Latin,
// Greek or Cyrillic letters, or next to digits and punctuation, a joiner does nothing visible
// and only makes one text differ from another that looks the same, so it is flagged.

const BIDI: Readonly<Record<number, string>> = {
  0x061c: "ARABIC LETTER MARK",
  0x200e: "LEFT-TO-RIGHT MARK",
  0x200f: "RIGHT-TO-LEFT MARK",
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202c: "POP DIRECTIONAL FORMATTING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
};

const HIDDEN: Readonly<Record<number, string>> = {
  0x00ad: "SOFT HYPHEN",
  0x034f: "COMBINING GRAPHEME JOINER",
  0x115f: "HANGUL CHOSEONG FILLER",
  0x1160: "HANGUL JUNGSEONG FILLER",
  0x17b4: "KHMER VOWEL INHERENT AQ",
  0x17b5: "KHMER VOWEL INHERENT AA",
  0x180e: "MONGOLIAN VOWEL SEPARATOR",
  0x200b: "ZERO WIDTH SPACE",
  0x200c: "ZERO WIDTH NON-JOINER",
  0x200d: "ZERO WIDTH JOINER",
  0x2060: "WORD JOINER",
  0x2061: "FUNCTION APPLICATION",
  0x2062: "INVISIBLE TIMES",
  0x2063: "INVISIBLE SEPARATOR",
  0x2064: "INVISIBLE PLUS",
  0x206a: "INHIBIT SYMMETRIC SWAPPING",
  0x206b: "ACTIVATE SYMMETRIC SWAPPING",
  0x206c: "INHIBIT ARABIC FORM SHAPING",
  0x206d: "ACTIVATE ARABIC FORM SHAPING",
  0x206e: "NATIONAL DIGIT SHAPES",
  0x206f: "NOMINAL DIGIT SHAPES",
  0x3164: "HANGUL FILLER",
  0xfeff: "ZERO WIDTH NO-BREAK SPACE",
  0xffa0: "HALFWIDTH HANGUL FILLER",
  0xfff9: "INTERLINEAR ANNOTATION ANCHOR",
  0xfffa: "INTERLINEAR ANNOTATION SEPARATOR",
  0xfffb: "INTERLINEAR ANNOTATION TERMINATOR",
};

const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const BOM = 0xfeff;
const isTag = (code: number) => code >= 0xe0000 && code <= 0xe007f;

/** "U+202E RIGHT-TO-LEFT OVERRIDE", or undefined for a character that is not invisible. */
export function invisibleName(code: number): string | undefined {
  const name = BIDI[code] ?? HIDDEN[code] ?? (isTag(code) ? "TAG CHARACTER" : undefined);
  return name && `U+${code.toString(16).toUpperCase().padStart(4, "0")} ${name}`;
}

/** Is this a bidirectional control (it reorders what is displayed)? */
export const isBidiControl = (code: number) => BIDI[code] !== undefined;

const EMOJI = /^\p{Extended_Pictographic}$/u;
const EMOJI_MODIFIER = (code: number) => (code >= 0x1f3fb && code <= 0x1f3ff) || code === 0xfe0f;
const LETTER = /^[\p{L}\p{M}]$/u;
const NO_JOINERS = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}]$/u;

function codeBefore(text: string, index: number): number | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2);
  }
  return low;
}

const charOf = (code: number | undefined) => (code === undefined ? "" : String.fromCodePoint(code));

/** A joiner that shapes the letters or emoji around it, as the writing needs. */
function joinerNeeded(text: string, index: number, code: number): boolean {
  let before = codeBefore(text, index);
  const after = text.codePointAt(index + 1);
  const joinsLetters = (char: string) => LETTER.test(char) && !NO_JOINERS.test(char);
  if (joinsLetters(charOf(before)) && joinsLetters(charOf(after))) return true;
  if (code !== ZWJ) return false;
  // 👩🏽‍💻: the joiner may follow a skin tone or an emoji presentation selector.
  if (before !== undefined && EMOJI_MODIFIER(before)) before = codeBefore(text, index - (before > 0xffff ? 2 : 1));
  return EMOJI.test(charOf(before)) && EMOJI.test(charOf(after));
}

/** The invisible character at `index` (its code point), or undefined. `index` 0 may hold a BOM. */
function invisibleAt(text: string, index: number): number | undefined {
  const code = text.codePointAt(index)!;
  if (invisibleName(code) === undefined) return undefined;
  if (code === BOM && index === 0) return undefined;
  if ((code === ZWJ || code === ZWNJ) && joinerNeeded(text, index, code)) return undefined;
  return code;
}

export interface InvisibleRun {
  start: number;
  end: number;
  codes: number[];
}

/** Runs of adjacent invisible characters in text[start, end), in one pass. */
export function invisibleRuns(text: string, start = 0, end = text.length): InvisibleRun[] {
  const runs: InvisibleRun[] = [];
  let current: InvisibleRun | undefined;
  for (let i = start; i < end;) {
    const code = text.charCodeAt(i);
    // Fast path: every invisible character is at or above U+00AD.
    const found = code < 0xad ? undefined : invisibleAt(text, i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < end ? 2 : 1;
    if (found === undefined) current = undefined;
    else if (current) {
      current.end = i + width;
      current.codes.push(found);
    } else {
      current = { start: i, end: i + width, codes: [found] };
      runs.push(current);
    }
    i += width;
  }
  return runs;
}

/** `text` without its invisible characters (as invisibleRuns finds them): what a reader compares. */
export function withoutInvisible(text: string): string {
  const runs = invisibleRuns(text);
  if (runs.length === 0) return text;
  let out = "";
  let from = 0;
  for (const run of runs) {
    out += text.slice(from, run.start);
    from = run.end;
  }
  return out + text.slice(from);
}
