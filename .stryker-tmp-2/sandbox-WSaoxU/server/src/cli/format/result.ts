// @ts-nocheck
import type { Finding } from "../../engine";

export interface FileResult {
  /** Path as shown to the user (relative to the working directory, forward slashes). */
  file: string;
  findings: Finding[];
}

export const isFixable = (finding: Finding) => finding.fixes.some((fix) => fix.safe);
