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

/**
 * Whether the rule's findings carry a safe fix (one `seeds check --fix` and "Fix all" apply):
 * on every finding, on some (the rule decides per finding whether rewriting is safe), or never.
 * ESLint's `fixable: "code"`, with the cases this project's rules really have.
 */
export type Fixable = "always" | "sometimes" | "never";

/** One line replaced in the example seed: the exact text before (found exactly once) and after. */
export type ExampleChange = readonly [before: string, after: string];

/** A seed for a rule's documentation: a whole text, or the example seed (EXAMPLE_SEED) changed. */
export type ExampleSeed = { readonly text: string } | { readonly change: readonly ExampleChange[] };

/** A finding as the docs show it: 1-based positions, like an editor; the exact message. */
export interface ShownFinding {
  /** The file, for workspace rules' examples (one of the example's files). */
  file?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

/** What `server/docs/rules.md` says about a rule; the examples are run by a meta-test. */
export interface RuleDocs<Example> {
  /** Why the rule exists: what goes wrong for the author or the reader when it is broken. */
  why: string;
  /** Settings besides the rule's severity that change what it reports or fixes. */
  configuration?: string;
  /** An example that gives no finding of this rule. */
  valid: Example;
  /** An example that gives exactly `findings` from this rule (with the default configuration). */
  invalid: Example & { findings: readonly ShownFinding[] };
}

/** The metadata every rule declares, in the spirit of ESLint's `meta`. */
export interface RuleMeta<Example> {
  /** Stable kebab-case id: used in configuration, disable comments and diagnostics' codes. */
  id: string;
  severity: Severity;
  description: string;
  fixable: Fixable;
  /** Whether some finding carries an unsafe fix (a suggestion the author may choose). */
  hasSuggestions: boolean;
  docs: RuleDocs<Example>;
}

export interface Rule extends RuleMeta<ExampleSeed> {
  category: RuleCategory;
  check(context: RuleContext): void;
}

/** A rule's check and identity, as the shared rule builders make it; the rule file adds its metadata. */
export type RuleCheck = Omit<Rule, "fixable" | "hasSuggestions" | "docs">;

export interface WorkspaceReport {
  file: string;
  at: Located;
  message: string;
}

/** Workspace rules' examples are folders: file name to seed. */
export interface ExampleFolder {
  readonly files: Readonly<Record<string, ExampleSeed>>;
}

export interface WorkspaceRule extends RuleMeta<ExampleFolder> {
  category: "workspace";
  /** Workspace findings carry no fixes (a report has none). */
  fixable: "never";
  hasSuggestions: false;
  check(seeds: readonly SeedSummary[], report: (report: WorkspaceReport) => void): void;
}

export type AnyRule = Rule | WorkspaceRule;
