import { describe, expect, it } from "vitest";
import { checkSeed, DEFAULT_CONFIG, parseConfigText, parseSeed } from "../../server/src/engine";
import { DEFAULT_CONVENTION, displayNameProblem, planNewSeed, regionChoices, seedConvention, uniqueRegions } from "../../client/src/new-seed-plan";

describe("planNewSeed", () => {
  const plan = planNewSeed(
    { companyDisplay: " Weights & Biases ", roleDisplay: "ML/AI Engineer", regions: ["London", " new york", "London", "Lagos", ""] },
    "2026-03-01",
    DEFAULT_CONFIG,
  );

  it("names the file <company>-<role>.md from the slugs", () => {
    expect(plan.fileName).toBe("weights-and-biases-ml-ai-engineer.md");
  });

  it("writes the answers into the frontmatter, known regions in their configured spelling and usual currency", () => {
    const seed = parseSeed(plan.text);
    expect(seed.data).toMatchObject({
      company: "weights-and-biases",
      company_display: "Weights & Biases",
      role: "ml-ai-engineer",
      role_display: "ML/AI Engineer",
      last_updated: "2026-03-01",
      next_review_due: "2026-05-30",
    });
    const compensation = seed.data.compensation as Array<{ region: string; currency: string }>;
    expect(compensation.map((entry) => [entry.region, entry.currency])).toEqual([
      ["London", "GBP"],
      ["New York", "USD"],
      ["Lagos", "USD"],
    ]);
  });

  // New Seed writes a to-do list: nothing is wrong but its placeholders, which are findings
  // until filled in (the figures once per region, then the five placeholder texts).
  it("is a seed whose only findings are its placeholders", () => {
    const findings = checkSeed(plan.text, { today: "2026-03-01" }).findings;
    expect(findings.map((f) => f.rule)).toEqual(Array(3 + 5).fill("placeholder"));
    expect(findings.slice(0, 3).map((f) => f.message.slice(0, 40))).toEqual([
      "Placeholder figures for London: 'base_lo",
      "Placeholder figures for New York: 'base_",
      "Placeholder figures for Lagos: 'base_low",
    ]);
  });

  it("uses the configured review interval", () => {
    const { config } = parseConfigText('{"reviewIntervalDays": 30}');
    const short = planNewSeed({ companyDisplay: "Acme", roleDisplay: "Engineer", regions: [] }, "2026-03-01", config);
    expect(parseSeed(short.text).data.next_review_due).toBe("2026-03-31");
  });
});

describe("seedConvention: New Seed follows the folder's seeds", () => {
  it("puts the first seed in seeds/, as Markdown", () => {
    expect(seedConvention([])).toEqual({ directory: "seeds", extension: ".md" });
    expect(DEFAULT_CONVENTION).toEqual({ directory: "seeds", extension: ".md" });
  });

  it("follows a flat folder of .txt seeds", () => {
    expect(seedConvention(["000_5ae9dcfe2e03ad59.txt"])).toEqual({ directory: "", extension: ".txt" });
  });

  it("takes the directory holding the most seeds, and the extension most of them have there", () => {
    expect(seedConvention(["guides/a.md", "data/b.txt", "data/c.txt", "data/d.md", "e.md"])).toEqual({ directory: "data", extension: ".txt" });
    expect(seedConvention(["guides/2026/a.md", "guides/2026/b.TXT", "c.txt"])).toEqual({ directory: "guides/2026", extension: ".md" });
  });

  it("breaks ties by name, whatever the listing order", () => {
    expect(seedConvention(["b/x.txt", "a/y.txt"])).toEqual({ directory: "a", extension: ".txt" });
    expect(seedConvention(["a/y.txt", "b/x.txt"])).toEqual({ directory: "a", extension: ".txt" });
  });

  it("names the file with the convention's extension", () => {
    expect(planNewSeed({ companyDisplay: "Acme", roleDisplay: "Engineer", regions: [] }, "2026-03-01", DEFAULT_CONFIG, "\n", ".txt").fileName).toBe(
      "acme-engineer.txt",
    );
  });
});

describe("displayNameProblem", () => {
  it("accepts a name with a letter or digit", () => {
    expect(displayNameProblem("W&B", "company")).toBeUndefined();
  });
  it("explains what is wrong", () => {
    expect(displayNameProblem("  ", "company")).toBe("Enter the company name.");
    expect(displayNameProblem("!!", "role")).toBe("The role name needs at least one letter or digit.");
  });
});

describe("uniqueRegions", () => {
  it("trims, drops blanks and case-insensitive repeats, keeps the order", () => {
    expect(uniqueRegions([" Berlin", "berlin", "", "Paris", "BERLIN "])).toEqual(["Berlin", "Paris"]);
  });
});

describe("regionChoices", () => {
  const { config } = parseConfigText('{"regions": {"Lagos": "NGN"}}');

  it("lists every known region with its currency, configured ones included", () => {
    const choices = regionChoices(config, "", []);
    expect(choices).toHaveLength(config.regions.size);
    expect(choices.find((choice) => choice.label === "London")).toEqual({ label: "London", description: "GBP · British Pound", custom: false });
    expect(choices.find((choice) => choice.label === "Lagos")).toEqual({ label: "Lagos", description: "NGN · Nigerian Naira", custom: false });
  });

  it("offers typed text that names no known region first, after regions already added", () => {
    const choices = regionChoices(config, " Atlantis ", ["Mars"]);
    expect(choices.slice(0, 2).map((choice) => [choice.label, choice.custom])).toEqual([
      ["Mars", true],
      ["Atlantis", true],
    ]);
    expect(choices).toHaveLength(config.regions.size + 2);
  });

  it("does not offer a known region or an added one twice", () => {
    expect(regionChoices(config, "london", []).filter((choice) => choice.custom)).toEqual([]);
    expect(
      regionChoices(config, "mars", ["Mars"])
        .filter((choice) => choice.custom)
        .map((choice) => choice.label),
    ).toEqual(["Mars"]);
  });
});
