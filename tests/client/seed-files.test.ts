import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_SEED_GLOBS, seedGlobs, seedPathMatcher, shouldBecomeSeed, type SeedCandidate } from "../../client/src/seed-files";

/** Globs for files under a seeds/ folder, as an author may set them in `seeds.files`. */
const SEEDS_FOLDER_GLOBS = ["**/seeds/**/*.md", "**/seeds/**/*.txt"];
const reference = readFileSync(new URL("../../seeds/000_5ae9dcfe2e03ad59.txt", import.meta.url), "utf8");
const README = "---\ntitle: Notes\n---\n# Notes\n";

describe("seedGlobs", () => {
  it("reads the setting's strings, trimmed, without blanks", () => {
    expect(seedGlobs([" guides/**/*.md ", "", 3, "  ", "**/*.seed"])).toEqual(["guides/**/*.md", "**/*.seed"]);
  });
  it("falls back to the default for anything but an array", () => {
    expect(seedGlobs(undefined)).toBe(DEFAULT_SEED_GLOBS);
    expect(seedGlobs("**/*.md")).toBe(DEFAULT_SEED_GLOBS);
  });
});

describe("seedPathMatcher with seeds/ globs", () => {
  const matcher = seedPathMatcher(SEEDS_FOLDER_GLOBS);
  it.each([
    ["/home/ann/project/seeds/acme-engineer.md", "seeds/acme-engineer.md"],
    ["/home/ann/project/seeds/000_5ae9dcfe2e03ad59.txt", "seeds/000_5ae9dcfe2e03ad59.txt"],
    ["/home/ann/project/data/seeds/2026/acme.md", "data/seeds/2026/acme.md"],
    ["/home/ann/project/seeds/.drafts/acme.md", "seeds/.drafts/acme.md"],
  ])("matches %s", (absolutePath, relativePath) => {
    expect(matcher.matches({ absolutePath, relativePath })).toBe(true);
  });
  it.each([
    ["/home/ann/project/README.md", "README.md"],
    ["/home/ann/project/docs/seeds.md", "docs/seeds.md"],
    ["/home/ann/project/seeds/notes.json", "seeds/notes.json"],
    ["/home/ann/project/seedsx/acme.md", "seedsx/acme.md"],
  ])("leaves %s alone", (absolutePath, relativePath) => {
    expect(matcher.matches({ absolutePath, relativePath })).toBe(false);
  });
  it("matches a file outside any workspace folder by its absolute path", () => {
    expect(matcher.matches({ absolutePath: "/tmp/seeds/acme.md" })).toBe(true);
  });
  it("reads Windows paths", () => {
    expect(matcher.matches({ absolutePath: "C:\\Users\\ann\\seeds\\acme.md" })).toBe(true);
  });
});

describe("seedPathMatcher with configured globs", () => {
  it("matches workspace-relative globs against the relative path only", () => {
    const matcher = seedPathMatcher(["guides/*.md"]);
    expect(matcher.matches({ absolutePath: "/w/guides/acme.md", relativePath: "guides/acme.md" })).toBe(true);
    expect(matcher.matches({ absolutePath: "/w/other/guides/acme.md", relativePath: "other/guides/acme.md" })).toBe(false);
  });
  it("is case-sensitive unless asked (Windows)", () => {
    const file = { absolutePath: "/w/Seeds/acme.MD", relativePath: "Seeds/acme.MD" };
    expect(seedPathMatcher(SEEDS_FOLDER_GLOBS).matches(file)).toBe(false);
    expect(seedPathMatcher(SEEDS_FOLDER_GLOBS, { caseInsensitive: true }).matches(file)).toBe(true);
  });
  it("ignores a glob it cannot read instead of throwing", () => {
    const matcher = seedPathMatcher(["[", "**/*.seed.md"]);
    expect(matcher.matches({ absolutePath: "/w/a.seed.md" })).toBe(true);
  });
  it("matches nothing with no globs", () => {
    expect(seedPathMatcher([]).matches({ absolutePath: "/w/seeds/a.md", relativePath: "seeds/a.md" })).toBe(false);
  });
});

describe("shouldBecomeSeed", () => {
  const none = seedPathMatcher(DEFAULT_SEED_GLOBS);
  const file = (absolutePath: string, languageId: string, text: string, relativePath?: string): SeedCandidate => ({
    absolutePath,
    relativePath,
    languageId,
    text: () => text,
    hasPath: true,
  });

  it("has no globs by default: content decides", () => {
    expect(DEFAULT_SEED_GLOBS).toEqual([]);
  });

  it("switches a Markdown or plain-text seed wherever it lives, with no settings", () => {
    expect(shouldBecomeSeed(file("/w/000_5ae9dcfe2e03ad59.txt", "plaintext", reference, "000_5ae9dcfe2e03ad59.txt"), none)).toBe(true);
    expect(shouldBecomeSeed(file("/w/guides/acme.md", "markdown", reference, "guides/acme.md"), none)).toBe(true);
  });

  it("leaves a README with other frontmatter alone, even under seeds/", () => {
    expect(shouldBecomeSeed(file("/w/README.md", "markdown", README, "README.md"), none)).toBe(false);
    expect(shouldBecomeSeed(file("/w/seeds/README.md", "markdown", README, "seeds/README.md"), none)).toBe(false);
  });

  it("switches what seeds.files names, whatever it holds", () => {
    const matcher = seedPathMatcher(SEEDS_FOLDER_GLOBS);
    expect(shouldBecomeSeed(file("/w/seeds/new.md", "markdown", "", "seeds/new.md"), matcher)).toBe(true);
    expect(shouldBecomeSeed(file("/w/new.md", "markdown", "", "new.md"), matcher)).toBe(false);
  });

  it("never switches a document already seed or in another language, nor a seed's text under another extension", () => {
    expect(shouldBecomeSeed(file("/w/a.md", "seed", reference), none)).toBe(false);
    expect(shouldBecomeSeed(file("/w/a.yaml", "yaml", reference), none)).toBe(false);
    expect(shouldBecomeSeed(file("/w/a.json", "plaintext", reference), none)).toBe(false);
  });

  it("reads an untitled document by its content alone", () => {
    const untitled = (text: string): SeedCandidate => ({ absolutePath: "Untitled-1", languageId: "markdown", text: () => text, hasPath: false });
    expect(shouldBecomeSeed(untitled(reference), none)).toBe(true);
    expect(shouldBecomeSeed(untitled(README), none)).toBe(false);
  });

  it("does not read the text when the globs or the extension decide", () => {
    const unread = (absolutePath: string, relativePath: string): SeedCandidate => ({
      absolutePath,
      relativePath,
      languageId: "markdown",
      hasPath: true,
      text: () => {
        throw new Error("read");
      },
    });
    expect(shouldBecomeSeed(unread("/w/seeds/a.md", "seeds/a.md"), seedPathMatcher(SEEDS_FOLDER_GLOBS))).toBe(true);
    expect(shouldBecomeSeed(unread("/w/a.markdown", "a.markdown"), none)).toBe(false);
  });
});
