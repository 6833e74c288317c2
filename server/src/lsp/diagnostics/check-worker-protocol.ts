// Messages between the server thread and the check worker (plain data, structured-cloned).
import type { Finding, ResolvedConfig, SeedSummary } from "../../engine";

export interface CheckRequest {
  id: number;
  text: string;
  today: string;
  config: ResolvedConfig;
  /** The seed's name in the index ("seeds/x.md"), when it is in a workspace folder: a summary is wanted too. */
  summaryFile?: string;
}

export type CheckResponse = { id: number; findings: Finding[]; summary?: SeedSummary; ms: number } | { id: number; error: string };
