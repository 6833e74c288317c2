// The engine's public surface. Adapters (CLI, language server, preview) import from here only.
export * from "./types";
export * from "./check";
export * from "./config";
export * from "./dates";
export * from "./fixes";
export * from "./money";
export * from "./body-text";
export * from "./vocabulary";
export { parseSeed, type Seed } from "./parse/seed";
export type { Body, Cell, Line, Table, TableRow } from "./parse/body";
export type { FrontmatterBlock, PathSegment } from "./parse/frontmatter";
export { isMergePair } from "./parse/frontmatter";
export { usePlainRuns, MAX_DELIMITER_RUN, MAX_DELIMITER_RUNS } from "./parse/plain-runs";
export { BINARY_CHARACTER, BINARY_SCAN_LENGTH, FRONTMATTER_CLOSE, FRONTMATTER_OPEN } from "./parse/syntax";
export {
  FrontmatterSchema,
  CompensationEntrySchema,
  frontmatterJsonSchema,
  TOP_LEVEL_KEYS,
  COMPENSATION_KEYS,
  type Frontmatter,
  type CompensationEntry,
} from "./schema/frontmatter";
export { ALL_RULES, FILE_RULES, WORKSPACE_RULES, findRule } from "./rules/registry";
export type { Rule, WorkspaceRule, AnyRule, Fixable, ExampleSeed, ExampleFolder, ShownFinding, RuleDocs } from "./rules/rule";
export * from "./workspace";
export { LineIndex } from "./text/line-index";
export { invisibleName, invisibleRuns, isBidiControl, type InvisibleRun } from "./text/invisible";
export * from "./new-seed";
export * from "./seed-detection";
export { ruleDocUrl, RULE_DOCS, EXAMPLE_SEED, EXAMPLE_TODAY, exampleText, type AppliedChange } from "./rule-docs";
export * from "./schema/docs";
export { COLUMNS, CELL_KINDS, MONEY_KINDS, columnKeys, type CellKind, type MoneyKind, type CompensationColumn, type EntryKey } from "./schema/columns";
// Seed queries the adapters share with the rules (model/): read, never re-implement.
export { entries, valueAt, type Entry } from "./model/frontmatter-data";
export { matchTable, type TableMatch } from "./model/table-match";
export { bonusRangeFix, cellColumns } from "./model/cell-findings";
export { markReviewedFix } from "./model/mark-reviewed";
export { checkAsks, type AskCheck, type AskRange } from "./model/asks";
