// Where each rule is documented: diagnostics link here (LSP codeDescription, SARIF helpUri).
const RULE_DOCS = "https://github.com/seed-authoring/seed-authoring/blob/main/server/docs/rules.md";

/** The address of a rule's documentation (its anchor in the rules page), or of the page for "". */
export const ruleDocUrl = (id: string): string => (id ? `${RULE_DOCS}#${id}` : RULE_DOCS);
