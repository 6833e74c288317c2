// Which documents are seeds. VS Code's `filenamePatterns` give the static default (files under a
// seeds/ folder); the `seeds.files` setting adds globs that the client applies at run time.
// Pure: no `vscode` import, so it is unit-tested directly.
import picomatch from "picomatch";

export const DEFAULT_SEED_GLOBS: readonly string[] = ["**/seeds/**/*.md", "**/seeds/**/*.txt"];

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

/** Whether a document whose language is `languageId` should become a seed. */
export function shouldBecomeSeed(languageId: string, file: { absolutePath: string; relativePath?: string }, matcher: SeedPathMatcher): boolean {
  return REASSIGNABLE_LANGUAGES.has(languageId) && matcher.matches(file);
}
