// @ts-nocheck
// What a rule is. A rule reads the parsed seed and reports findings with spans and fixes; it
// never reads the clock, the file system or the editor: everything comes through the context.
import type { ResolvedConfig } from "../config";
import type { Seed } from "../parse/seed";
import type { Fix, Severity, Span } from "../types";
import type { Located, SeedSummary } from "../workspace";

export interface Report {
  span: Span;
  message: string;
  fixes?: Fix[];
}

export interface RuleContext {
  seed: Seed;
  config: ResolvedConfig;
  /** Today's date, YYYY-MM-DD, injected by the caller. */
  today: string;
  report(report: Report): void;
}

export type RuleCategory = "file" | "frontmatter" | "body";

export interface Rule {
  /** Stable kebab-case id: used in configuration, disable comments and diagnostics' codes. */
  id: string;
  severity: Severity;
  category: RuleCategory;
  description: string;
  check(context: RuleContext): void;
}

export interface WorkspaceReport {
  file: string;
  at: Located;
  message: string;
}

export interface WorkspaceRule {
  id: string;
  severity: Severity;
  category: "workspace";
  description: string;
  check(seeds: readonly SeedSummary[], report: (report: WorkspaceReport) => void): void;
}

export type AnyRule = Rule | WorkspaceRule;
