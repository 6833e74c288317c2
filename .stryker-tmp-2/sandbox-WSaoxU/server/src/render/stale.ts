// @ts-nocheck
// While an author types, a seed is often briefly unreadable (a half-typed key breaks the YAML).
// The preview then keeps its last good render under a small banner naming the problem, instead
// of turning into an empty "Seed preview" for a keystroke. Pure.
import type { Seed } from "../engine";
import { escapeHtml } from "./escape";

export interface ReadProblem {
  /** 1-based line of the problem, as the editor shows it. */
  line: number;
  message: string;
}

/** Why the seed cannot be read (its frontmatter is missing, unterminated or not valid YAML); undefined when it can. */
export function readProblem(seed: Seed): ReadProblem | undefined {
  const problem = seed.problems[0];
  return problem && { line: seed.lines.lineOf(problem.span.start) + 1, message: problem.message };
}

/** The banner over a kept render: what is wrong and where, and that the preview is the last readable version. */
export function renderStaleBanner(problem: ReadProblem): string {
  return (
    `<p class="stale-banner" role="status">` +
    `<strong>Line ${problem.line}:</strong> ${escapeHtml(problem.message)}. ` +
    `<span class="stale-note">Showing the last readable version.</span></p>`
  );
}
