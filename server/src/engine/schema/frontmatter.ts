// The frontmatter's single source of truth: validation, TypeScript types, key documentation
// (hovers, completions) and the JSON Schema printed by `seeds schema` all come from here.
// A refinement names the rule that reports it in `params.rule`; other issues map by kind.
import { z } from "zod";
import { isRealDate, ISO_DATE, QUARTER } from "../dates";
import { isIsoCurrency } from "../money";

const slug = (example: string) => z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: `must be lowercase kebab-case, e.g. ${example}` });

const date = (description: string, example: string) =>
  z
    .string()
    // abort: a date that is not written YYYY-MM-DD gets one finding, not also "not a real date".
    .regex(ISO_DATE, { message: "must be a date written YYYY-MM-DD", abort: true })
    .refine(isRealDate, { message: "is not a real calendar date", params: { rule: "invalid-date" } })
    .meta({ description, examples: [example], format: "date" });

// Each key names its own example (the reference seed's San Francisco entry, with a 5–15% bonus):
// hovers show it, and a shared example would tell an author that base_high is base_low's value.
const wholeAmount = (description: string, example: number) =>
  z
    .number()
    .int({ message: "must be a whole number of currency units" })
    .nonnegative({ message: "must not be negative" })
    .meta({ description, examples: [example] });

const percent = (description: string, example: number) =>
  z
    .number()
    .min(0, { message: "must be at least 0" })
    .max(100, { message: "must be at most 100" })
    .meta({ description, examples: [example] });

/** The zod schema of one `compensation` entry: validation, types, key docs and JSON Schema. */
export const CompensationEntrySchema = z
  .strictObject({
    region: z
      .string()
      .min(1, { message: "must not be empty" })
      .meta({
        description: "A city or area, e.g. `San Francisco`, `London`, `Remote US`. Open vocabulary: unknown regions are fine.",
        examples: ["San Francisco"],
      }),
    currency: z
      .string()
      .refine(isIsoCurrency, { message: "is not an ISO 4217 currency code (upper case, e.g. USD, GBP, EUR)", params: { rule: "currency-code" } })
      .meta({ description: "ISO 4217 code of the amounts in this entry, normally the region's usual currency.", examples: ["USD"] }),
    base_low: wholeAmount("Annual base salary, low end, in whole currency units.", 195000),
    base_high: wholeAmount("Annual base salary, high end, in whole currency units; at least `base_low`.", 255000),
    stock_low: wholeAmount("Equity grant over 4 years (RSU/4yr), low end.", 170000),
    stock_high: wholeAmount("Equity grant over 4 years (RSU/4yr), high end; at least `stock_low`.", 310000),
    bonus_pct: percent("Target bonus as a percent of base (0–100).", 5),
    bonus_pct_high: percent("Upper end of the target bonus when it is a range (`5–15%`); at least `bonus_pct`.", 15).optional(),
    total_comp_low: wholeAmount("Annual total compensation, low end; not below base_low + stock_low/4.", 268000),
    total_comp_high: wholeAmount("Annual total compensation, high end; not below base_high + stock_high/4.", 395000),
  })
  .meta({ description: "Compensation for one region." });

/** The zod schema of a seed's frontmatter: the one source of truth for keys, types and docs. */
export const FrontmatterSchema = z
  .strictObject({
    company: slug("weights-and-biases").meta({ description: "The company's id: lowercase kebab-case.", examples: ["weights-and-biases"] }),
    company_display: z
      .string()
      .min(1, { message: "must not be empty" })
      .meta({ description: "The company's name as printed in the guide.", examples: ["Weights & Biases"] }),
    role: slug("ml-ai-engineer").meta({ description: "The role's id: lowercase kebab-case.", examples: ["ml-ai-engineer"] }),
    role_display: z
      .string()
      .min(1, { message: "must not be empty" })
      .meta({ description: "The role's name as printed in the guide.", examples: ["ML/AI Engineer"] }),
    role_type: z.enum(["standard", "leadership", "specialist"]).meta({ description: "Kind of role: `standard`, `leadership` or `specialist`." }),
    last_updated: date("Date the seed was last reviewed (YYYY-MM-DD); a real date, not in the future.", "2026-02-23"),
    data_quality: z.enum(["high", "medium", "low"]).meta({ description: "Confidence in the salary data: `high`, `medium` or `low`." }),
    salary_data_quarter: z
      .string()
      .regex(QUARTER, { message: "must be a quarter written YYYY-Qn, e.g. 2025-Q4" })
      .meta({ description: "Quarter of the salary data (YYYY-Qn); not after `last_updated`.", examples: ["2025-Q4"] }),
    next_review_due: date("Date the seed is due for review (YYYY-MM-DD); after `last_updated`. Once past, the seed is overdue.", "2026-05-23"),
    compensation: z
      .array(CompensationEntrySchema)
      .min(1, { message: "needs at least one region" })
      .meta({ description: "One entry per region, at least one; regions unique." }),
    level_mapping: z
      .strictObject({
        internal: z.string().nullable().meta({ description: "The company's own level name, or null if unknown." }),
        raw: z
          .string()
          .min(1, { message: "must not be empty" })
          .meta({ description: "Cross-company level equivalence, printed in the body's **Level Mapping:** line." }),
      })
      .meta({ description: "How the role's level maps inside the company and across companies." }),
    data_sources: z
      .array(z.string().min(1, { message: "must not be empty" }))
      .min(1, { message: "needs at least one source" })
      .meta({
        description: "Where the figures come from (Levels.fyi, Glassdoor, Blind, …); each is named under Evidence & Sources.",
      }),
    negotiation_dna_summary: z
      .string()
      .min(1, { message: "must not be empty" })
      .meta({ description: "One-line summary, printed in the body's **Negotiation DNA:** line." }),
  })
  .meta({ title: "Seed frontmatter", description: "The YAML frontmatter of a compensation negotiation seed." });

export type Frontmatter = z.infer<typeof FrontmatterSchema>;
export type CompensationEntry = z.infer<typeof CompensationEntrySchema>;

/** The keys a compensation entry may have, in the schema's order. */
export const COMPENSATION_KEYS = Object.keys(CompensationEntrySchema.shape) as (keyof CompensationEntry)[];
/** The frontmatter's top-level keys, in the schema's order. */
export const TOP_LEVEL_KEYS = Object.keys(FrontmatterSchema.shape) as (keyof Frontmatter)[];
/** The keys of `level_mapping`, in the schema's order. */
export const LEVEL_MAPPING_KEYS = Object.keys(FrontmatterSchema.shape.level_mapping.shape);

/** The frontmatter's JSON Schema (draft 2020-12), generated from the zod schema; a new object each call. */
export function frontmatterJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(FrontmatterSchema, { target: "draft-2020-12", unrepresentable: "any" }) as Record<string, unknown>;
}
