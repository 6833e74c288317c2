// @ts-nocheck
// The engine's public surface. Adapters (CLI, language server, preview) import from here only.
export * from "./types";
export * from "./check";
export * from "./config";
export * from "./dates";
export * from "./fixes";
export * from "./money";
export * from "./render-text";
export * from "./vocabulary";
export { parseSeed, type Seed } from "./parse/seed";
export type { Body, Cell, Heading, Line, Table, TableRow, Section } from "./parse/body";
export type { FrontmatterBlock, PathSegment } from "./parse/frontmatter";
export { isMergePair } from "./parse/frontmatter";
export { FrontmatterSchema, CompensationEntrySchema, frontmatterJsonSchema, TOP_LEVEL_KEYS, COMPENSATION_KEYS, type Frontmatter, type CompensationEntry } from "./schema/frontmatter";
export { ALL_RULES, FILE_RULES, WORKSPACE_RULES, findRule } from "./rules/registry";
export type { Rule, WorkspaceRule, AnyRule } from "./rules/rule";
export * from "./workspace";
export { markReviewedFix } from "./rules/review-overdue";
export { entries, type Entry } from "./rules/support";
export { LineIndex } from "./text/line-index";
export { invisibleName, invisibleRuns, isBidiControl, type InvisibleRun } from "./text/invisible";
export * from "./new-seed";
export * from "./seed-detection";
export { ruleDocUrl, RULE_DOCS } from "./rule-docs";
export { matchTable, type TableMatch } from "./rules/table-support";
export { bonusRangeFix } from "./rules/table-cells";
export { checkAsks, type AskCheck, type AskRange } from "./rules/asks";
export * from "./schema/docs";
