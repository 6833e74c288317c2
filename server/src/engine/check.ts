// The engine's entry points: check one seed, fix one seed, check a folder's seeds together.
import { DEFAULT_CONFIG, type ResolvedConfig } from "./config";
import { applyEdits, safeFixes } from "./fixes";
import { parseSeed, type Seed } from "./parse/seed";
import { FILE_RULES, findRule, WORKSPACE_RULES } from "./rules/registry";
import type { AnyRule, Report } from "./rules/rule";
import type { SeedSummary } from "./workspace";
import type { Finding, Severity, SeveritySetting } from "./types";

export interface CheckOptions {
  /** Today's date, YYYY-MM-DD. Required: rules never read the clock. */
  today: string;
  config?: ResolvedConfig;
}

export interface CheckResult {
  seed: Seed;
  findings: Finding[];
}

const DISABLE = /(?:<!--|#)[ \t]*seeds-disable\b([^\n>]*?)(?:-->|\r?$)/gm;

/** Rules turned off in the file by `<!-- seeds-disable rule-a, rule-b -->` or `# seeds-disable rule-a`. */
export function disabledRules(text: string): Set<string> | "all" {
  const disabled = new Set<string>();
  if (!text.includes("seeds-disable")) return disabled;
  for (const match of text.matchAll(DISABLE)) {
    const ids = match[1]!.split(/[\s,]+/).filter(Boolean);
    if (ids.length === 0) return "all";
    for (const id of ids) disabled.add(id);
  }
  return disabled;
}

function severityOf(rule: AnyRule, config: ResolvedConfig): SeveritySetting {
  return config.rules[rule.id] ?? rule.severity;
}

function toFinding(seed: Seed, rule: string, severity: Severity, report: Report): Finding {
  return { rule, severity, message: report.message, span: report.span, range: seed.lines.range(report.span), fixes: report.fixes ?? [] };
}

/** Orders findings by where they are: by start offset, then by end offset (for `Array.sort`). */
export const byPosition = (a: Finding, b: Finding): number => a.span.start - b.span.start || a.span.end - b.span.end;

/**
 * Runs every enabled file rule over an already parsed seed (`parseSeed`). `options.today` is YYYY-MM-DD;
 * `options.config` defaults to DEFAULT_CONFIG. Returns findings sorted by position (spans are UTF-16
 * offsets into `seed.text`); none when the text says `seeds-disable` without ids. Never throws: a
 * rule that throws becomes an error finding of that rule.
 */
export function checkParsed(seed: Seed, options: CheckOptions): Finding[] {
  const config = options.config ?? DEFAULT_CONFIG;
  const disabled = disabledRules(seed.text);
  if (disabled === "all") return [];
  const findings: Finding[] = [];
  for (const rule of FILE_RULES) {
    const severity = severityOf(rule, config);
    if (severity === "off" || disabled.has(rule.id)) continue;
    // A file that is not text or has no readable frontmatter only gets the parse problem.
    if (rule.category !== "file" && seed.problems.some((p) => p.rule === "not-text")) continue;
    // The body restates the frontmatter: when the YAML cannot be read there is nothing to compare
    // it with, and a safe fix would rewrite the body from nothing (delete every table row).
    if (rule.category === "body" && !seed.frontmatter?.data) continue;
    try {
      rule.check({ seed, config, today: options.today, report: (report) => findings.push(toFinding(seed, rule.id, severity, report)) });
    } catch (error) {
      // A bug in one rule must not take the whole check (and the editor's diagnostics) down.
      const span = { start: seed.start, end: seed.start };
      const message = `Rule ${rule.id} failed on this seed (${(error as Error).message}); please report it.`;
      findings.push(toFinding(seed, rule.id, "error", { span, message }));
    }
  }
  return findings.sort(byPosition);
}

/**
 * Parses `text` (a whole seed file as a string, BOM allowed) and checks it: `checkParsed` on
 * `parseSeed(text)`. Returns the parsed seed and its findings. Never throws, whatever the text.
 */
export function checkSeed(text: string, options: CheckOptions): CheckResult {
  const seed = parseSeed(text);
  return { seed, findings: checkParsed(seed, options) };
}

export interface FixResult {
  text: string;
  /** Number of safe fixes applied over all passes. */
  applied: number;
  findings: Finding[];
  seed: Seed;
}

const MAX_FIX_PASSES = 10;

/**
 * Applies safe fixes until none is left (fixes that overlap wait for the next pass). A caller
 * that has just checked the text passes that result, so it is not checked twice.
 */
export function fixSeed(text: string, options: CheckOptions, checked?: CheckResult): FixResult {
  let current = checked?.seed.text === text ? checked : checkSeed(text, options);
  let applied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = safeFixes(current.findings);
    if (fixes.length === 0) break;
    const next = applyEdits(
      current.seed.text,
      fixes.flatMap((fix) => fix.edits),
    );
    if (next === current.seed.text) break;
    // Only the fixes applied in this pass: one skipped for an overlap is counted when it lands.
    applied += fixes.length;
    current = checkSeed(next, options);
  }
  return { text: current.seed.text, applied, findings: current.findings, seed: current.seed };
}

/** Cross-file findings for a folder's seeds, by file. Files without findings are absent. */
export function checkWorkspace(seeds: readonly SeedSummary[], options: Omit<CheckOptions, "today">): Map<string, Finding[]> {
  const config = options.config ?? DEFAULT_CONFIG;
  const byFile = new Map<string, Finding[]>();
  for (const rule of WORKSPACE_RULES) {
    const severity = severityOf(rule, config);
    if (severity === "off") continue;
    const eligible = seeds.filter(({ disabled }) => disabled !== "all" && !disabled.includes(rule.id));
    rule.check(eligible, ({ file, at, message }) => {
      const finding: Finding = { rule: rule.id, severity, message, span: at.span, range: at.range, fixes: [] };
      // Appended in place: copying the list for each finding is quadratic in one file's findings.
      const list = byFile.get(file);
      if (list) list.push(finding);
      else byFile.set(file, [finding]);
    });
  }
  for (const findings of byFile.values()) findings.sort(byPosition);
  return byFile;
}

export interface Decoded {
  text: string;
  bom: boolean;
  /** Set when the bytes are not UTF-8: the text is then unusable for fixes. */
  error?: string;
}

/** Bytes to text for seeds read from disk: UTF-8, BOM removed (and restored by the writer). */
export function decodeSeed(bytes: Uint8Array): Decoded {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { text, bom };
  } catch {
    return { text: new TextDecoder("utf-8").decode(bytes), bom, error: "The file is not valid UTF-8 text." };
  }
}

/** Checks a file's bytes: undecodable bytes are a not-text finding, never an exception. */
export function checkBytes(bytes: Uint8Array, options: CheckOptions): CheckResult & { bom: boolean; decodeError?: string } {
  return checkDecoded(decodeSeed(bytes), options);
}

/**
 * checkBytes for bytes already decoded with decodeSeed (a caller that first asked whether the
 * text is a seed decodes once). A decoding error is a not-text finding, never an exception.
 */
export function checkDecoded(decoded: Decoded, options: CheckOptions): CheckResult & { bom: boolean; decodeError?: string } {
  if (!decoded.error) return { ...checkSeed(decoded.text, options), bom: decoded.bom };
  const seed = parseSeed("");
  const span = { start: 0, end: 0 };
  const message = `This is not a text seed: ${decoded.error}`;
  const finding: Finding = { rule: "not-text", severity: "error", message, span, range: seed.lines.range(span), fixes: [] };
  const severity = severityOf(findRule("not-text")!, options.config ?? DEFAULT_CONFIG);
  return { seed, findings: severity === "off" ? [] : [{ ...finding, severity }], bom: decoded.bom, decodeError: decoded.error };
}
