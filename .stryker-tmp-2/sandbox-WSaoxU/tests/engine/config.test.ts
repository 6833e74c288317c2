// @ts-nocheck
import { describe, expect, it } from "vitest";
import { CONFIG_FILE_NAME, configJsonSchema, DEFAULT_CONFIG, parseConfigText, resolveConfig, usualCurrency } from "../../server/src/engine";

describe("config: parseConfigText", () => {
  it.each([
    ["{", "seeds.config.json is not valid JSON: Expected property name or '}' in JSON at position 1"],
    ["", "seeds.config.json is not valid JSON: Unexpected end of JSON input"],
    ["[]", "seeds.config.json: (root) Invalid input: expected object, received array"],
    ["null", "seeds.config.json: (root) Invalid input: expected object, received null"],
    ['{"rules": {"review-overdue": "loud"}}', 'seeds.config.json: rules.review-overdue Invalid option: expected one of "off"|"info"|"warning"|"error"'],
    ['{"regions": {"Lisbon": "eur"}}', "seeds.config.json: regions.Lisbon is not an ISO 4217 currency code"],
    ['{"reviewIntervalDays": 0}', "seeds.config.json: reviewIntervalDays Too small: expected number to be >0"],
    ['{"extra": 1}', 'seeds.config.json: (root) Unrecognized key: "extra"'],
  ])("%j is reported, never thrown, and the defaults apply", (text, error) => {
    const { config, errors } = parseConfigText(text);
    expect(errors).toEqual([error]);
    expect(config).toBe(DEFAULT_CONFIG);
  });

  it("accepts an empty object and a byte order mark", () => {
    expect(parseConfigText("{}").errors).toEqual([]);
    expect(parseConfigText('\uFEFF{"rules": {}}').errors).toEqual([]);
    expect(CONFIG_FILE_NAME).toBe("seeds.config.json");
  });

  it("resolves every setting", () => {
    const { config, errors } = parseConfigText(
      JSON.stringify({
        $schema: "./schema.json",
        rules: { "review-overdue": "off", "table-bonus-range": "error" },
        regions: { Lisbon: "USD", Reykjavik: "ISK" },
        dataSources: ["Internal survey"],
        reviewIntervalDays: 30,
        files: ["seeds/**/*.md"],
        ignore: ["drafts/**"],
      }),
    );
    expect(errors).toEqual([]);
    expect(config.rules).toEqual({ "review-overdue": "off", "table-bonus-range": "error" });
    expect(config.regions.get("Lisbon")).toBe("USD");
    expect(config.regions.get("Reykjavik")).toBe("ISK");
    expect(config.regions.get("London")).toBe("GBP");
    expect(config.dataSources).toContain("Internal survey");
    expect(config.dataSources).toContain("Levels.fyi");
    expect(config.reviewIntervalDays).toBe(30);
    expect(config.files).toEqual(["seeds/**/*.md"]);
    expect(config.ignore).toEqual(["**/node_modules/**", "**/.git/**", "drafts/**"]);
  });

  it("has defaults", () => {
    expect(DEFAULT_CONFIG.reviewIntervalDays).toBe(90);
    expect(DEFAULT_CONFIG.files).toEqual(["**/*.md", "**/*.txt"]);
    expect(DEFAULT_CONFIG.rules).toEqual({});
    expect(resolveConfig({}).regions.size).toBe(DEFAULT_CONFIG.regions.size);
  });

  it("matches regions without regard to case or surrounding spaces", () => {
    const config = parseConfigText(JSON.stringify({ regions: { Reykjavik: "ISK" } })).config;
    expect(usualCurrency(config, "reykjavik")).toBe("ISK");
    expect(usualCurrency(config, " london ")).toBe("GBP");
    expect(usualCurrency(config, "Mars Colony")).toBeUndefined();
  });

  it("publishes a JSON Schema for the editor", () => {
    const schema = configJsonSchema() as { type: string; properties: Record<string, unknown>; additionalProperties: boolean };
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties).sort()).toEqual(["$schema", "dataSources", "files", "ignore", "regions", "reviewIntervalDays", "rules"]);
    expect(schema.additionalProperties).toBe(false);
  });
});

describe("unknown rule ids in seeds.config.json", () => {
  it("are an error with a did-you-mean, so a typo does not silently keep a rule on", () => {
    const { errors } = parseConfigText(JSON.stringify({ rules: { "review-overdu": "off", "no-such-thing-at-all": "warning" } }));
    expect(errors).toEqual([
      "seeds.config.json: rules.review-overdu is not a rule; did you mean review-overdue?",
      "seeds.config.json: rules.no-such-thing-at-all is not a rule (see 'seeds rules')",
    ]);
  });
});
