import { describe, expect, it } from "vitest";
import { DEFAULT_SEED_GLOBS, seedGlobs, seedPathMatcher, shouldBecomeSeed } from "../../client/src/seed-files";

describe("seedGlobs", () => {
  it("reads the setting's strings, trimmed, without blanks", () => {
    expect(seedGlobs([" guides/**/*.md ", "", 3, "  ", "**/*.seed"])).toEqual(["guides/**/*.md", "**/*.seed"]);
  });
  it("falls back to the default for anything but an array", () => {
    expect(seedGlobs(undefined)).toBe(DEFAULT_SEED_GLOBS);
    expect(seedGlobs("**/*.md")).toBe(DEFAULT_SEED_GLOBS);
  });
});

describe("seedPathMatcher with the default globs", () => {
  const matcher = seedPathMatcher(DEFAULT_SEED_GLOBS);
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
    expect(seedPathMatcher(DEFAULT_SEED_GLOBS).matches(file)).toBe(false);
    expect(seedPathMatcher(DEFAULT_SEED_GLOBS, { caseInsensitive: true }).matches(file)).toBe(true);
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
  const matcher = seedPathMatcher(DEFAULT_SEED_GLOBS);
  const inSeeds = { absolutePath: "/w/seeds/a.md", relativePath: "seeds/a.md" };
  it("switches Markdown and plain text that match", () => {
    expect(shouldBecomeSeed("markdown", inSeeds, matcher)).toBe(true);
    expect(shouldBecomeSeed("plaintext", inSeeds, matcher)).toBe(true);
  });
  it("never switches a document already seed or in another language", () => {
    expect(shouldBecomeSeed("seed", inSeeds, matcher)).toBe(false);
    expect(shouldBecomeSeed("yaml", inSeeds, matcher)).toBe(false);
  });
  it("keeps a Markdown file outside the globs Markdown", () => {
    expect(shouldBecomeSeed("markdown", { absolutePath: "/w/README.md", relativePath: "README.md" }, matcher)).toBe(false);
  });
});
