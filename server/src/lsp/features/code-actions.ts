// Code actions: every fix of a diagnostic as a quick fix (the safe one preferred), disabling a
// rule for the file, "fix all" (the engine's safe fixes, as one minimal edit) and two rewrites
// of the whole seed: regenerate the table, mark reviewed today.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit as LspTextEdit } from "vscode-languageserver";
import {
  bonusRangeFix,
  entries,
  fixSeed,
  markReviewedFix,
  tableText,
  type Finding,
  type Fix,
  type ResolvedConfig,
  type Seed,
  type Span,
  type TextEdit,
} from "../../engine";
import { DIAGNOSTIC_SOURCE, findingIndex, minimalEdit, toLspEdit } from "./to-lsp";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.seeds`;
/** The information-keeping answer to every `5–15%` over a single bonus_pct, as one source action. */
export const ADD_BONUS_HIGH_KIND = `${CodeActionKind.Source}.addBonusPctHigh.seeds`;

interface ActionEnv {
  uri: string;
  /** The document version the edits apply to; sent so the client rejects them on a newer text. */
  version: number | null;
  config: ResolvedConfig;
  today: string;
  /** The client understands versioned `documentChanges`; otherwise plain `changes` are sent. */
  documentChanges: boolean;
}

export function workspaceEdit(env: Pick<ActionEnv, "uri" | "version" | "documentChanges">, edits: LspTextEdit[]): NonNullable<CodeAction["edit"]> {
  if (env.documentChanges) return { documentChanges: [{ textDocument: { uri: env.uri, version: env.version }, edits }] };
  return { changes: { [env.uri]: edits } };
}

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

const standsFor = (finding: Finding, diagnostic: Diagnostic) =>
  finding.rule === diagnostic.code && sameRange(finding.range, diagnostic.range) && finding.message === diagnostic.message;

/**
 * The finding a client's diagnostic stands for: the one its `data` names (FindingData), when that
 * one still has the diagnostic's rule, range and message (the document may have changed since);
 * else, for clients that do not send `data` back, the finding with that rule, range and message.
 */
function findingFor(findings: readonly Finding[], diagnostic: Diagnostic): Finding | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const index = findingIndex(diagnostic);
  const named = index === undefined ? undefined : findings[index];
  if (named && standsFor(named, diagnostic)) return named;
  return findings.find((finding) => standsFor(finding, diagnostic));
}

function fixAction(seed: Seed, fix: Fix, diagnostic: Diagnostic, preferred: boolean, env: ActionEnv): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred || undefined,
    edit: workspaceEdit(
      env,
      fix.edits.map((edit) => toLspEdit(seed.lines, edit)),
    ),
  };
}

/** A comment the engine reads as "rule off in this file": a YAML comment after the opening line. */
function disableEdit(seed: Seed, rule: string): TextEdit {
  if (seed.frontmatter) {
    const at = seed.frontmatter.content.start;
    return { start: at, end: at, newText: `# seeds-disable ${rule}${seed.eol}` };
  }
  const end = seed.text.length;
  const separator = seed.text.endsWith("\n") || end === 0 ? "" : seed.eol;
  return { start: end, end, newText: `${separator}<!-- seeds-disable ${rule} -->${seed.eol}` };
}

function quickFixes(seed: Seed, findings: readonly Finding[], diagnostics: readonly Diagnostic[], env: ActionEnv): CodeAction[] {
  const actions: CodeAction[] = [];
  const disabled = new Set<string>();
  for (const diagnostic of diagnostics) {
    const finding = findingFor(findings, diagnostic);
    if (!finding) continue;
    const safe = finding.fixes.find((fix) => fix.safe);
    for (const fix of finding.fixes) {
      // A fix for the whole seed (bonus_pct_high for every entry) is offered once, not per diagnostic.
      if (fix.edits.length > 1 && actions.some((action) => action.title === fix.title)) continue;
      actions.push(fixAction(seed, fix, diagnostic, fix === safe, env));
    }
    if (disabled.has(finding.rule)) continue;
    disabled.add(finding.rule);
    actions.push({
      title: `Disable ${finding.rule} for this file`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: workspaceEdit(env, [toLspEdit(seed.lines, disableEdit(seed, finding.rule))]),
    });
  }
  // Like ESLint's "fix all auto-fixable problems": offered beside a safe fix when there are others.
  const fixable = findings.filter((finding) => finding.fixes.some((fix) => fix.safe));
  if (fixable.length > 1 && actions.some((action) => action.isPreferred)) {
    const edit = fixAllEdit(seed, findings, env);
    const title = `Fix all ${fixable.length} safely fixable seed problems`;
    if (edit) actions.push({ title, kind: CodeActionKind.QuickFix, edit: workspaceEdit(env, [edit]) });
  }
  return actions;
}

/** The engine's safe fixes until none is left, as one edit of the differing middle. */
function fixAllEdit(seed: Seed, findings: readonly Finding[], env: Pick<ActionEnv, "config" | "today">): LspTextEdit | undefined {
  // The document's findings are its first check: only the fixed text is checked again.
  const fixed = fixSeed(seed.text, { today: env.today, config: env.config }, { seed, findings: [...findings] });
  const edit = minimalEdit(seed.text, fixed.text);
  return edit && toLspEdit(seed.lines, edit);
}

/** The table rewritten from the frontmatter's entries, when that changes it. */
export function regenerateTableEdit(seed: Seed): LspTextEdit | undefined {
  const table = seed.body.table;
  const list = entries(seed);
  if (!table || list.length === 0) return undefined;
  const text = tableText(
    list.map((entry) => entry.data),
    seed.eol,
  );
  if (seed.text.slice(table.span.start, table.span.end) === text) return undefined;
  return toLspEdit(seed.lines, { ...table.span, newText: text });
}

export function markReviewedEdits(seed: Seed, env: Pick<ActionEnv, "config" | "today">): { title: string; edits: LspTextEdit[] } | undefined {
  const fix = markReviewedFix({ seed, today: env.today, config: env.config });
  if (!fix || fix.edits.every((edit) => seed.text.slice(edit.start, edit.end) === edit.newText)) return undefined;
  return { title: fix.title, edits: fix.edits.map((edit) => toLspEdit(seed.lines, edit)) };
}

/** Whether a requested kind filter (`only`) admits a kind: "source" admits "source.fixAll.seeds". */
export function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

const touches = (a: Span, b: Span) => a.start <= b.end && b.start <= a.end;

/**
 * The refactorings are offered where they apply (the cursor in the table, or on a review date)
 * or when the client asks for refactorings explicitly; offering them on every line would put a
 * light bulb on every line.
 */
function refactorsFor(seed: Seed, at: Span | undefined, only: readonly string[] | undefined): { table: boolean; review: boolean } {
  if (!at || only?.length) return { table: true, review: true };
  const table = seed.body.table;
  const dates = (["last_updated", "next_review_due"] as const).map((key) => seed.nodes?.pairSpan([key])).filter((span): span is Span => !!span);
  return { table: !!table && touches(at, table.span), review: dates.some((span) => touches(at, span)) };
}

export function codeActions(
  seed: Seed,
  findings: readonly Finding[],
  diagnostics: readonly Diagnostic[],
  only: readonly string[] | undefined,
  env: ActionEnv,
  at?: Span,
): CodeAction[] {
  const actions: CodeAction[] = wants(only, CodeActionKind.QuickFix) ? quickFixes(seed, findings, diagnostics, env) : [];
  // `source.fixAll` is asked for explicitly (on save, or "Fix All"); "seeds" names ours.
  if (only?.some((kind) => wants([kind], FIX_ALL_KIND))) {
    const edit = fixAllEdit(seed, findings, env);
    if (edit) actions.push({ title: "Fix all safe seed problems", kind: FIX_ALL_KIND, edit: workspaceEdit(env, [edit]) });
  }
  // Like fix-all, a source action is listed when source actions are asked for ("Source Action…").
  if (only?.some((kind) => wants([kind], ADD_BONUS_HIGH_KIND))) {
    const fix = bonusRangeFix(seed);
    if (fix)
      actions.push({
        title: fix.title,
        kind: ADD_BONUS_HIGH_KIND,
        edit: workspaceEdit(
          env,
          fix.edits.map((edit) => toLspEdit(seed.lines, edit)),
        ),
      });
  }
  const offer = refactorsFor(seed, at, only);
  if (wants(only, CodeActionKind.RefactorRewrite)) {
    // A rewrite that a quick fix here already makes (review-overdue's "Mark reviewed today") is
    // listed once, as the quick fix: the same change twice in one menu reads as two choices.
    const offered = new Set(actions.map((action) => JSON.stringify(action.edit)));
    const rewrite = (title: string, edits: LspTextEdit[]) => {
      const edit = workspaceEdit(env, edits);
      if (!offered.has(JSON.stringify(edit))) actions.push({ title, kind: CodeActionKind.RefactorRewrite, edit });
    };
    const table = offer.table ? regenerateTableEdit(seed) : undefined;
    if (table) rewrite("Regenerate table from frontmatter", [table]);
    const reviewed = offer.review ? markReviewedEdits(seed, env) : undefined;
    if (reviewed) rewrite("Mark reviewed today", reviewed.edits);
  }
  return actions;
}
