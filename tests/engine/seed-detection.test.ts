// The one definition of a seed: .md or .txt, frontmatter with top-level company and compensation
// (or four of the seed's top-level keys),
// decided from the text (a seed whose YAML is broken is still a seed).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasSeedExtension, isSeedFile, looksLikeSeed, TOP_LEVEL_KEYS } from "../../server/src/engine";
import { SEED_KEYS } from "../../server/src/engine/seed-detection";

const repo = new URL("../../", import.meta.url);
const reference = readFileSync(new URL("seeds/000_5ae9dcfe2e03ad59.txt", repo), "utf8");
const seed = (...lines: string[]) => `${lines.join("\n")}\n`;

describe("looksLikeSeed", () => {
  it("recognises the reference seed and every bundled and golden seed", () => {
    expect(looksLikeSeed(reference)).toBe(true);
    const bundled = readdirSync(new URL("seeds/", repo)).map((name) => readFileSync(new URL(`seeds/${name}`, repo), "utf8"));
    const golden = readdirSync(new URL("tests/engine/golden/", repo))
      .filter((name) => name.endsWith(".input.md"))
      .map((name) => readFileSync(new URL(`tests/engine/golden/${name}`, repo), "utf8"));
    expect(bundled).toHaveLength(7);
    expect(golden).toHaveLength(4);
    expect([...bundled, ...golden].filter((text) => !looksLikeSeed(text))).toEqual([]);
  });

  it("leaves a README with other frontmatter alone", () => {
    expect(looksLikeSeed(seed("---", "title: Notes", "tags: [seeds]", "---", "# Notes"))).toBe(false);
    expect(looksLikeSeed("# Readme\n\nNo frontmatter.\n")).toBe(false);
    expect(looksLikeSeed("")).toBe(false);
  });

  it("is still a seed when its YAML no longer parses", () => {
    expect(looksLikeSeed(seed("---", "company: acme", 'company_display: "Acme', "compensation:", "  - region: [London", "---"))).toBe(true);
    expect(looksLikeSeed(seed("---", "company: : :", "compensation: {{{", "---"))).toBe(true);
  });

  it("is still a seed when the frontmatter is never closed", () => {
    expect(looksLikeSeed(seed("---", "company: acme", "compensation:", "  - region: London", "### Guide"))).toBe(true);
  });

  it("needs both keys, at the top level, inside the frontmatter", () => {
    expect(looksLikeSeed(seed("---", "company: acme", "role: x", "---"))).toBe(false);
    expect(looksLikeSeed(seed("---", "compensation: []", "---"))).toBe(false);
    expect(looksLikeSeed(seed("---", "title: Post", "---", "company: a", "compensation: b"))).toBe(false);
    expect(looksLikeSeed(seed("---", "title: Post", "...", "company: a", "compensation: b"))).toBe(false);
    expect(looksLikeSeed(seed("---", "meta:", "  company: a", "  compensation: b", "---"))).toBe(false);
    expect(looksLikeSeed(seed("---", "# company: a", "- compensation: b", "---"))).toBe(false);
    expect(looksLikeSeed(seed("---", "company_display: a", "companyX: a", "compensation_note: b", "compensation: c", "---"))).toBe(false);
    expect(looksLikeSeed(seed("# Title", "---", "company: a", "compensation: b", "---"))).toBe(false);
  });

  it("is still a seed when a typo hides company or compensation: four of the seed's keys make a seed (regression: skipped silently)", () => {
    const typos: [string, string][] = [
      ["company: weights-and-biases", "compnay: weights-and-biases"],
      ["company: weights-and-biases", "Company: weights-and-biases"],
      ["compensation:", "compensations:"],
    ];
    for (const [key, typo] of typos) {
      expect(looksLikeSeed(reference.replace(key, typo))).toBe(true);
    }
    expect(looksLikeSeed(seed("---", "compnay: a", "role: r", "role_type: standard", "data_sources: []", "last_updated: 2026-01-01", "---"))).toBe(true);
    expect(looksLikeSeed(seed("---", "compnay: a", "role: r", "role_type: standard", "data_sources: []", "---"))).toBe(false);
  });

  it("knows the schema's top-level keys (its own list, kept equal by this test)", () => {
    expect([...SEED_KEYS]).toEqual([...TOP_LEVEL_KEYS] as string[]);
  });

  it("reads quoted keys, blanks before the colon, CRLF, a BOM and a trailing blank on the delimiter", () => {
    expect(looksLikeSeed(seed("---", '"company": a', "'compensation' : []", "---"))).toBe(true);
    expect(looksLikeSeed("\uFEFF--- \r\ncompany:\tacme\r\ncompensation:\r\n---\r\n")).toBe(true);
    expect(looksLikeSeed(seed("---", "\"company': a", "compensation: []", "---"))).toBe(false);
  });

  it("does not depend on the order of the keys or on an empty value", () => {
    expect(looksLikeSeed(seed("---", "compensation:", "company:", "---"))).toBe(true);
  });

  it("stays linear on hostile input: 4 MB of near-keys and no closing line in well under a second", () => {
    // Near-keys on one long line, then 200,000 short lines, and no closing delimiter: the worst
    // case. Linear, it takes tens of milliseconds; anything quadratic would take hours.
    const hostile = `---\n${"company compensation \t\t".repeat(100_000)}\n${"compan:\n".repeat(200_000)}`;
    expect(hostile.length).toBeGreaterThan(3_800_000);
    // The best of three runs: the machine is shared, and one run may wait for a core.
    let fastest = Infinity;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      expect(looksLikeSeed(hostile)).toBe(false);
      fastest = Math.min(fastest, performance.now() - started);
    }
    expect(fastest).toBeLessThan(1_000);
  });
});

describe("hasSeedExtension and isSeedFile", () => {
  it("takes .md and .txt in any case, nothing else", () => {
    expect(["a.md", "/w/000_5ae9dcfe2e03ad59.txt", "C:\\w\\A.MD", "file:///w/x.Txt"].map(hasSeedExtension)).toEqual([true, true, true, true]);
    expect(["a.json", "a.markdown", "seeds.md.bak", "a.yaml", "md", ".md"].map(hasSeedExtension)).toEqual([false, false, false, false, false, false]);
  });

  it("is a seed's text under a seed's extension", () => {
    expect(isSeedFile("/w/000_5ae9dcfe2e03ad59.txt", reference)).toBe(true);
    expect(isSeedFile("/w/reference.json", reference)).toBe(false);
    expect(isSeedFile("/w/README.md", seed("---", "title: Notes", "---"))).toBe(false);
  });
});
