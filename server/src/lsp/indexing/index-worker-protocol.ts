// Messages between the server thread and the index worker (plain data, structured-cloned).
import type { FileIndexResult } from "./index-file";
import type { ClientSettings } from "../state/settings";

export interface IndexWorkerInput {
  folder: { uri: string; path: string; name: string; configText: string | undefined };
  displayPrefix: string;
  files: string[];
  check?: { today: string; settings: ClientSettings };
}

export type IndexWorkerMessage = { type: "batch"; results: FileIndexResult[]; done: number; total: number } | { type: "done" };
