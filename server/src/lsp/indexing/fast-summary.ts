// A SeedSummary without the YAML parser, for indexing big folders: parsing YAML is ~90% of the
// cost of summarizing a seed, yet seeds are written in a narrow subset of YAML (block mappings
// two spaces deep, plain or quoted one-line scalars). This reader accepts only that subset and
// returns undefined for anything else (anchors, flow collections, block scalars, escapes,
// comments after values, odd indentation, duplicate keys, …): the caller then parses for real.
// Within the subset it gives exactly what summarize(parseSeed(text)) gives; tests compare the
// two on generated corpora and on random mutations of them (fast-summary.test.ts, and
// fast-summary-yaml-styles.test.ts for frontmatter rewritten in other YAML styles). It is kept
// over gray-matter + js-yaml by measurement: ARCHITECTURE.md, Decisions.
import {
  BINARY_CHARACTER,
  BINARY_SCAN_LENGTH,
  disabledRules,
  FRONTMATTER_CLOSE,
  FRONTMATTER_OPEN,
  LineIndex,
  type Located,
  type SeedSummary,
} from "../../engine";

// The value starts at its first non-blank (or is empty): a value that could also start on a blank
// would let ` +` and `.*` trade blanks, quadratic on a long run of them.
const KEY_LINE = /^([A-Za-z_][\w-]*):(?: +((?:[^ \n\r\u2028\u2029].*)?))?$/;
// Plain scalars the YAML 1.2 core schema reads as something other than a string.
const NOT_STRING = [
  /^(?:~|null|Null|NULL)$/,
  /^(?:true|True|TRUE|false|False|FALSE)$/,
  /^[-+]?\d+$/,
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/,
  /^[-+]?\.(?:inf|Inf|INF)$/,
  /^\.(?:nan|NaN|NAN)$/,
];
/**
 * Is this key a string to YAML? The parser compares keys by value, so `true:` and `True:` (or
 * `null:` and `~:`) are the same key to it: a duplicate the string comparison here would miss.
 */
const isStringKey = (key: string) => !NOT_STRING.some((pattern) => pattern.test(key));
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

const REJECT = Symbol("reject");
type Scalar = { value: string | null | typeof NOT_A_STRING; start: number; end: number };
const NOT_A_STRING = Symbol("not a string");

/** A one-line scalar at `start` (offset of its first character) in `text`, or REJECT. */
function scalar(raw: string, start: number): Scalar | typeof REJECT {
  // A loop, not / +$/: that pattern retries every run of blanks to the end of the line.
  let cut = raw.length;
  while (cut > 0 && raw[cut - 1] === " ") cut--;
  const text = raw.slice(0, cut);
  const end = start + text.length;
  if (text === "") return { value: null, start, end };
  // Callers cut the value after exactly one space: more means the offsets would be off.
  if (text.includes("\t") || text.startsWith(" ")) return REJECT;
  const quote = text[0];
  if (quote === '"') {
    const inner = text.slice(1, -1);
    if (text.length < 2 || !text.endsWith('"') || inner.includes('"') || inner.includes("\\")) return REJECT;
    return { value: inner, start, end };
  }
  if (quote === "'") {
    const inner = text.slice(1, -1);
    if (text.length < 2 || !text.endsWith("'") || inner.replace(/''/g, "").includes("'")) return REJECT;
    return { value: inner.replace(/''/g, "'"), start, end };
  }
  if (INDICATOR.test(text) || text.includes(": ") || text.includes(" #") || text.endsWith(":")) return REJECT;
  if (NOT_STRING.some((pattern) => pattern.test(text))) return { value: NOT_A_STRING, start, end };
  return { value: text, start, end };
}

interface Line {
  text: string;
  start: number;
}

type Block = "compensation" | "data_sources" | "level_mapping" | "other" | undefined;

/** The summary fields of a seed written in the simple subset, or undefined to parse for real. */
export function fastSummary(file: string, text: string): SeedSummary | undefined {
  // The same binary test and delimiter lines as the engine's parser (engine/parse/syntax.ts).
  if (BINARY_CHARACTER.test(text.length > BINARY_SCAN_LENGTH ? text.slice(0, BINARY_SCAN_LENGTH) : text)) return undefined;
  const bodyStart = text.startsWith("\uFEFF") ? 1 : 0;
  const lines: Line[] = [];
  let cursor = bodyStart;
  let closed = false;
  for (let index = 0; cursor <= text.length; index++) {
    const newline = text.indexOf("\n", cursor);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(cursor, end).replace(/\r$/, "");
    if (index === 0) {
      if (!FRONTMATTER_OPEN.test(line)) return undefined;
    } else if (FRONTMATTER_CLOSE.test(line)) {
      closed = true;
      break;
    } else lines.push({ text: line, start: cursor });
    if (newline === -1) break;
    cursor = newline + 1;
  }
  if (!closed || lines.length === 0) return undefined;

  const top = new Map<string, Scalar>();
  const regions: string[] = [];
  const sources: string[] = [];
  let block: Block;
  /** Keys of the compensation entry being read, or of level_mapping. */
  let item: Map<string, Scalar> | undefined;
  const endItem = () => {
    if (block !== "compensation") return void (item = undefined);
    const region = item?.get("region")?.value;
    if (typeof region === "string" && region.trim()) regions.push(region.trim());
    item = undefined;
  };
  for (const { text: line, start } of lines) {
    // Blank means spaces only: JavaScript's trim() also drops a form feed, a no-break space or
    // a BOM, which YAML reads as content.
    if (/^ *$/.test(line)) continue;
    if (/^ *#/.test(line)) continue;
    const indent = line.length - line.trimStart().length;
    if (indent === 0) {
      endItem();
      const match = KEY_LINE.exec(line);
      if (!match || top.has(match[1]!) || !isStringKey(match[1]!)) return undefined;
      const value = scalar(match[2] ?? "", start + match[0].length - (match[2]?.length ?? 0));
      if (value === REJECT) return undefined;
      top.set(match[1]!, value);
      block = value.value === null ? (["compensation", "data_sources", "level_mapping"].includes(match[1]!) ? (match[1] as Block) : "other") : undefined;
      continue;
    }
    if (!block || block === "other") return undefined;
    // A key that holds a block has no value of its own.
    top.set(block, { value: NOT_A_STRING, start: 0, end: 0 });
    if (block === "data_sources") {
      const match = /^ {2}- (.*)$/.exec(line);
      if (!match) return undefined;
      const value = scalar(match[1]!, start + 4);
      if (value === REJECT || KEY_LINE.test(match[1]!)) return undefined;
      if (typeof value.value === "string") sources.push(value.value);
      continue;
    }
    const match = block === "compensation" ? /^( {2}- | {4})(.*)$/.exec(line) : /^( {2})(.*)$/.exec(line);
    const pair = match && KEY_LINE.exec(match[2]!);
    if (!match || !pair) return undefined;
    if (block === "compensation" && match[1] === "  - ") {
      endItem();
      item = new Map();
    }
    const keys = block === "compensation" ? item : (item ??= new Map());
    if (!keys || keys.has(pair[1]!) || !isStringKey(pair[1]!)) return undefined;
    const valueText = pair[2] ?? "";
    const value = scalar(valueText, start + match[1]!.length + pair[0].length - valueText.length);
    if (value === REJECT) return undefined;
    keys.set(pair[1]!, value);
  }
  endItem();

  const index = new LineIndex(text);
  const located = (key: string): Located | undefined => {
    const found = top.get(key);
    if (!found || typeof found.value !== "string") return undefined;
    const span = { start: found.start, end: found.end };
    return { value: found.value, span, range: index.range(span) };
  };
  const string = (key: string) => {
    const value = top.get(key)?.value;
    return typeof value === "string" ? value : undefined;
  };
  const disabled = disabledRules(text);
  return {
    file,
    company: located("company"),
    role: located("role"),
    companyDisplay: located("company_display"),
    roleDisplay: string("role_display"),
    nextReviewDue: string("next_review_due"),
    lastUpdated: string("last_updated"),
    regions,
    dataSources: sources,
    disabled: disabled === "all" ? "all" : [...disabled],
  };
}
