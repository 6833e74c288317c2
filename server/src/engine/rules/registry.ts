// The explicit list of rules: one line each. Order is the order findings are reported in.
import type { AnyRule, Rule, WorkspaceRule } from "./rule";
import notText from "./not-text";
import frontmatterMissing from "./frontmatter-missing";
import yamlSyntax from "./yaml-syntax";
import missingKey from "./missing-key";
import unknownKey from "./unknown-key";
import invalidValue from "./invalid-value";
import invalidDate from "./invalid-date";
import currencyCode from "./currency-code";
import rangeOrder from "./range-order";
import totalCompImplausible from "./total-comp-implausible";
import regionCurrency from "./region-currency";
import duplicateRegion from "./duplicate-region";
import reviewDateOrder from "./review-date-order";
import futureUpdate from "./future-update";
import quarterAfterUpdate from "./quarter-after-update";
import reviewOverdue from "./review-overdue";
import headingMismatch from "./heading-mismatch";
import dnaMismatch from "./dna-mismatch";
import levelMappingMismatch from "./level-mapping-mismatch";
import tableMissing from "./table-missing";
import tableColumns from "./table-columns";
import tableRowMissing from "./table-row-missing";
import tableRowExtra from "./table-row-extra";
import tableRowOrder from "./table-row-order";
import tableRowCells from "./table-row-cells";
import tableCellMismatch from "./table-cell-mismatch";
import tableBonusRange from "./table-bonus-range";
import evidenceMissingSource from "./evidence-missing-source";
import amountOutOfRange from "./amount-out-of-range";
import placeholder from "./placeholder";
import invisibleCharacter from "./invisible-character";
import duplicateSeed from "./duplicate-seed";
import companyDisplayConflict from "./company-display-conflict";

/** The rules that read one seed, in the order their findings are reported at one position. */
export const FILE_RULES: readonly Rule[] = [
  notText,
  frontmatterMissing,
  yamlSyntax,
  missingKey,
  unknownKey,
  invalidValue,
  invalidDate,
  currencyCode,
  rangeOrder,
  totalCompImplausible,
  regionCurrency,
  duplicateRegion,
  reviewDateOrder,
  futureUpdate,
  quarterAfterUpdate,
  reviewOverdue,
  headingMismatch,
  dnaMismatch,
  levelMappingMismatch,
  tableMissing,
  tableColumns,
  tableRowMissing,
  tableRowExtra,
  tableRowCells,
  tableRowOrder,
  tableCellMismatch,
  tableBonusRange,
  evidenceMissingSource,
  amountOutOfRange,
  placeholder,
  invisibleCharacter,
];

/** The rules that read a folder's seed summaries together. */
export const WORKSPACE_RULES: readonly WorkspaceRule[] = [duplicateSeed, companyDisplayConflict];

/** Every rule: the file rules, then the workspace rules. */
export const ALL_RULES: readonly AnyRule[] = [...FILE_RULES, ...WORKSPACE_RULES];

/** The rule with this id, or undefined. */
export function findRule(id: string): AnyRule | undefined {
  return ALL_RULES.find((rule) => rule.id === id);
}
