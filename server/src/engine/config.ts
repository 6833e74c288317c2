// seeds.config.json: one schema for the CLI, the server and the editor's JSON validation.
import { z } from "zod";
import { isIsoCurrency } from "./money";
import type { SeveritySetting } from "./types";
import { KNOWN_DATA_SOURCES, KNOWN_REGIONS } from "./vocabulary";
// Used at call time only: the registry's rules import this module too.
import { ALL_RULES } from "./rules/registry";
import { closest } from "./text/similar";

/** The name of the configuration file the CLI and the server look for in a folder. */
export const CONFIG_FILE_NAME = "seeds.config.json";
/** Glob patterns of the files a folder's seeds are looked for in, when the configuration sets none. */
export const DEFAULT_FILES = ["**/*.md", "**/*.txt"];
const DEFAULT_IGNORE = ["**/node_modules/**", "**/.git/**"];
/** Days from a review to the next, when the configuration sets none ("Mark reviewed today"). */
export const DEFAULT_REVIEW_INTERVAL_DAYS = 90;

const severity = z.enum(["off", "info", "warning", "error"]);

const ConfigSchema = z
  .strictObject({
    $schema: z.string().optional(),
    rules: z.record(z.string(), severity).optional().meta({ description: "Rule id to severity: `off`, `info`, `warning` or `error`." }),
    regions: z
      .record(z.string(), z.string().refine(isIsoCurrency, { message: "is not an ISO 4217 currency code" }))
      .optional()
      .meta({ description: 'Extra regions and their usual ISO 4217 currency, e.g. {"Lisbon": "EUR"}.' }),
    dataSources: z.array(z.string().min(1)).optional().meta({ description: "Extra data source names offered in completion." }),
    reviewIntervalDays: z
      .number()
      .int()
      .positive()
      .optional()
      .meta({
        description: `Days between reviews; "Mark reviewed today" moves next_review_due on by this many (default ${DEFAULT_REVIEW_INTERVAL_DAYS}).`,
      }),
    files: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: `Globs of seed files within a folder (default ${JSON.stringify(DEFAULT_FILES)}).` }),
    ignore: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: `Globs never treated as seeds (always includes ${JSON.stringify(DEFAULT_IGNORE)}).` }),
  })
  .meta({ title: "seeds.config.json", description: "Configuration of the seed checker, shared by the CLI and the editor." });

type ConfigInput = z.infer<typeof ConfigSchema>;

export interface ResolvedConfig {
  rules: Readonly<Record<string, SeveritySetting>>;
  /** Region name to its usual currency, known regions plus configured ones. */
  regions: ReadonlyMap<string, string>;
  dataSources: readonly string[];
  reviewIntervalDays: number;
  files: readonly string[];
  ignore: readonly string[];
}

/**
 * A configuration with every default filled in: rule severities as given, the known regions and
 * data sources extended by the input's, the review interval in days. `input` is already
 * validated (see `parseConfigText`); never throws.
 */
export function resolveConfig(input: ConfigInput = {}): ResolvedConfig {
  const regions = new Map(Object.entries(KNOWN_REGIONS));
  for (const [name, currency] of Object.entries(input.regions ?? {})) regions.set(name, currency);
  return {
    rules: { ...input.rules },
    regions,
    dataSources: [...new Set([...KNOWN_DATA_SOURCES, ...(input.dataSources ?? [])])],
    reviewIntervalDays: input.reviewIntervalDays ?? DEFAULT_REVIEW_INTERVAL_DAYS,
    files: input.files ?? DEFAULT_FILES,
    ignore: [...DEFAULT_IGNORE, ...(input.ignore ?? [])],
  };
}

/** The configuration of a folder without a configuration file. */
export const DEFAULT_CONFIG = resolveConfig();

/** Reads a config file's text. Errors are sentences fit for a terminal or a notification. */
export function parseConfigText(text: string): { config: ResolvedConfig; errors: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { config: DEFAULT_CONFIG, errors: [`${CONFIG_FILE_NAME} is not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => `${CONFIG_FILE_NAME}: ${issue.path.join(".") || "(root)"} ${issue.message}`);
    return { config: DEFAULT_CONFIG, errors };
  }
  const known = ALL_RULES.map((rule) => rule.id);
  const unknown = Object.keys(parsed.data.rules ?? {}).filter((id) => !known.includes(id));
  if (unknown.length) {
    const errors = unknown.map((id) => {
      const suggestion = closest(id, known);
      return `${CONFIG_FILE_NAME}: rules.${id} is not a rule${suggestion ? `; did you mean ${suggestion}?` : " (see 'seeds rules')"}`;
    });
    return { config: DEFAULT_CONFIG, errors };
  }
  return { config: resolveConfig(parsed.data), errors: [] };
}

/** A region name as usualCurrency matches it: trimmed, lower case, without accents (`Zürich` is `Zurich`, `São Paulo` `Sao Paulo`). */
const foldedRegion = (name: string) => name.trim().toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");

/** Each config's regions by folded name, folded once: usualCurrency runs for every entry of every seed. */
const foldedRegions = new WeakMap<ReadonlyMap<string, string>, Map<string, string>>();

/** The usual currency of a region, matched without regard to case or accents. */
export function usualCurrency(config: ResolvedConfig, region: string): string | undefined {
  const exact = config.regions.get(region);
  if (exact) return exact;
  let folded = foldedRegions.get(config.regions);
  if (!folded) {
    folded = new Map();
    // The first of two names that fold alike wins, as the loop over the names did.
    for (const [name, currency] of config.regions) if (!folded.has(foldedRegion(name))) folded.set(foldedRegion(name), currency);
    foldedRegions.set(config.regions, folded);
  }
  return folded.get(foldedRegion(region));
}

/** The JSON Schema (draft 2020-12) of `seeds.config.json`, for editors; a new object each call. */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ConfigSchema, { target: "draft-2020-12", unrepresentable: "any" }) as Record<string, unknown>;
}
