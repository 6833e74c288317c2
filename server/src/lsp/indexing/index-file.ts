// One file of a folder, from bytes to what the index keeps: its SeedSummary and, when asked,
// its findings (without fixes). Runs in the index worker and in the server thread alike.
import { checkBytes, checkParsed, decodeSeed, disabledRules, parseSeed, summarize, type Finding, type ResolvedConfig, type SeedSummary } from "../../engine";
import { fastSummary } from "./fast-summary";
import { uriOf, type Folder } from "../state/folders";

export interface FileIndexOptions {
  /** Prepended to the folder-relative path in messages ("folder/" in a multi-root workspace). */
  displayPrefix: string;
  /** Run the file rules too (diagnostics scope "workspace", or the check command). */
  check?: { today: string; config: ResolvedConfig };
}

export type FileIndexResult = { path: string; seed: true; uri: string; summary: SeedSummary; findings?: Finding[] } | { path: string; seed: false };

/** Findings kept for unopened files are for diagnostics only: the fixes' edits are dropped. */
const withoutFixes = (findings: Finding[]): Finding[] => findings.map((finding) => (finding.fixes.length ? { ...finding, fixes: [] } : finding));

export function indexBytes(path: string, bytes: Uint8Array, folder: Folder, options: FileIndexOptions): FileIndexResult {
  const decoded = decodeSeed(bytes);
  if (!folder.holdsSeed(path, decoded.text)) return { path, seed: false };
  const file = `${options.displayPrefix}${folder.relative(path) ?? path}`;
  if (!options.check) {
    // Most seeds are in the YAML subset fastSummary reads; the others are parsed for real.
    const fast = decoded.error ? undefined : fastSummary(file, decoded.text);
    if (fast) return { path, seed: true, uri: uriOf(path), summary: fast };
  }
  const seed = parseSeed(decoded.text);
  const summary = summarize(file, seed, disabledRules(decoded.text));
  if (!options.check) return { path, seed: true, uri: uriOf(path), summary };
  const { today, config } = options.check;
  const findings = decoded.error ? checkBytes(bytes, { today, config }).findings : checkParsed(seed, { today, config });
  return { path, seed: true, uri: uriOf(path), summary, findings: withoutFixes(findings) };
}
