// Which documents the client switches to the `seed` language. What a seed is comes from the
// engine (isSeedFile: a .md or .txt file whose frontmatter has `company` and `compensation`, or four seed keys);
// the `seeds.files` setting only adds files the author wants edited as seeds whatever they hold
// (a seed still being written). Pure: no `vscode` import, so it is unit-tested directly.
import picomatch from "picomatch";
import { hasSeedExtension, looksLikeSeed } from "../../server/src/engine";

/** The `seeds.files` default: no globs; content alone decides. */
export const DEFAULT_SEED_GLOBS: readonly string[] = [];

/** Languages the client may switch to `seed`; any other choice (the user's or an extension's) is left alone. */
export const REASSIGNABLE_LANGUAGES: ReadonlySet<string> = new Set(["markdown", "plaintext"]);

/** The `seeds.files` setting as a list of non-empty globs; anything malformed falls back to the default. */
export function seedGlobs(setting: unknown): readonly string[] {
  if (!Array.isArray(setting)) return DEFAULT_SEED_GLOBS;
  return setting.filter((glob): glob is string => typeof glob === "string" && glob.trim() !== "").map((glob) => glob.trim());
}

export interface SeedPathMatcher {
  /**
   * True when the file matches one of the globs, tested against its path relative to its
   * workspace folder (when it has one) and against its absolute path, as VS Code does for
   * `files.associations`.
   */
  matches(file: { absolutePath: string; relativePath?: string }): boolean;
}

const toPosix = (path: string) => path.replace(/\\/g, "/");

export function seedPathMatcher(globs: readonly string[], options: { caseInsensitive?: boolean } = {}): SeedPathMatcher {
  const tests = globs.flatMap((glob) => {
    try {
      return [picomatch(glob, { dot: true, nocase: options.caseInsensitive ?? false })];
    } catch {
      return []; // A glob picomatch cannot read matches nothing rather than breaking activation.
    }
  });
  return {
    matches({ absolutePath, relativePath }) {
      const candidates = [toPosix(absolutePath)];
      if (relativePath !== undefined) candidates.push(toPosix(relativePath));
      return candidates.some((candidate) => tests.some((test) => test(candidate)));
    },
  };
}

export interface SeedCandidate {
  languageId: string;
  /** The file's absolute path, or the URI's path for documents not on disk. */
  absolutePath: string;
  relativePath?: string;
  /** The document's text; read only when the path does not decide. */
  text(): string;
  /** False for an untitled document: it has no extension yet, so only its content can tell. */
  hasPath: boolean;
}

/**
 * Whether a document should become a seed: it is Markdown or plain text, and either matches the
 * `seeds.files` globs or is a seed by the engine's definition (for an untitled document, by its
 * content alone).
 *
 * @param document the document's language, paths and a way to read its text.
 * @param matcher the `seeds.files` globs.
 * @returns true to switch it to `seed`. Never throws.
 */
export function shouldBecomeSeed(document: SeedCandidate, matcher: SeedPathMatcher): boolean {
  if (!REASSIGNABLE_LANGUAGES.has(document.languageId)) return false;
  if (document.hasPath && matcher.matches(document)) return true;
  if (document.hasPath && !hasSeedExtension(document.absolutePath)) return false;
  return looksLikeSeed(document.text());
}
