// @ts-nocheck
// Where each rule is documented: diagnostics link here (LSP codeDescription, SARIF helpUri).
export const RULE_DOCS = "https://github.com/seed-authoring/seed-authoring/blob/main/server/docs/rules.md";

export const ruleDocUrl = (id: string): string => (id ? `${RULE_DOCS}#${id}` : RULE_DOCS);
