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
export { FrontmatterSchema, CompensationEntrySchema, frontmatterJsonSchema, TOP_LEVEL_KEYS, COMPENSATION_KEYS, type Frontmatter, type CompensationEntry } from "./schema/frontmatter";
export { ALL_RULES, FILE_RULES, WORKSPACE_RULES, findRule } from "./rules/registry";
export type { Rule, WorkspaceRule, AnyRule, WorkspaceSeed } from "./rules/rule";
export { markReviewedFix } from "./rules/review-overdue";
export { entries, type Entry } from "./rules/support";
export { LineIndex } from "./text/line-index";
