// @ts-nocheck
// What the preview shows for each check of the seed: its render, or, while the seed is briefly
// unreadable (a half-typed key breaks the YAML), the last good render of the same document under
// a banner naming the problem, with the title it had. Pure (no `vscode`), so it is tested directly.
import { previewTitle, readProblem, renderPreview, renderStaleBanner, type PreviewInput } from "../../../server/src/render";

export interface PreviewPage {
  /** The renderer's HTML fragment for #preview-root. */
  html: string;
  /** The panel's title. */
  title: string;
  /** The shown render is an earlier one: the seed cannot be read right now. */
  stale: boolean;
}

export class LastGoodPreview {
  private last: { uri: string; html: string; title: string } | undefined;

  /** The page for a new check of the document `uri`. */
  next(uri: string, result: PreviewInput, today: string): PreviewPage {
    const problem = readProblem(result.seed);
    if (problem && this.last?.uri === uri) return { html: renderStaleBanner(problem) + this.last.html, title: this.last.title, stale: true };
    const page = { html: renderPreview(result, { today }), title: `Preview ${previewTitle(result.seed)}` };
    // An unreadable first render is shown as it is (its findings say why), but never kept.
    this.last = problem ? undefined : { uri, ...page };
    return { ...page, stale: false };
  }

  /** Forgets the kept render (the panel closed). */
  clear(): void {
    this.last = undefined;
  }
}
