// Resource-scoped settings per workspace folder: the server asks for `seeds` with each folder's
// scopeUri, applies `seeds.rules` and `seeds.reviewIntervalDays` per folder, and a folder's
// seeds.config.json still wins for what it sets (a regression test: the server used to ask
// without a scopeUri, so a multi-root workspace could not set them per folder).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CompletionRequest, type CompletionItem } from "vscode-languageserver-protocol/node";
import { REFERENCE, startClient, uriOf, type TestClient } from "./helpers/client";

const reference = readFileSync(REFERENCE, "utf8");
let root: string;
let client: TestClient;
const folders = { alpha: "", beta: "" };

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "seeds-folders-"));
  for (const name of ["alpha", "beta"] as const) {
    folders[name] = join(root, name);
    mkdirSync(folders[name]);
    writeFileSync(join(folders[name], "a.md"), reference);
  }
  writeFileSync(join(folders.beta, "seeds.config.json"), JSON.stringify({ rules: { "review-overdue": "error" }, reviewIntervalDays: 60 }));
  ({ client } = await startClient({
    workspaceFolders: [folders.alpha, folders.beta],
    capabilities: { workspace: { configuration: true, workspaceFolders: true }, window: { workDoneProgress: true } },
    settings: { rules: { "amount-out-of-range": "off" } },
    folderSettings: {
      [uriOf(folders.alpha)]: { rules: { "review-overdue": "off" }, reviewIntervalDays: 30 },
      [uriOf(folders.beta)]: { rules: { "review-overdue": "off", "table-bonus-range": "info" }, reviewIntervalDays: 45 },
    },
  }));
  await client.indexed();
});
afterAll(async () => {
  await client?.stop();
  rmSync(root, { recursive: true, force: true });
});

const severities = async (folder: string) => {
  const uri = uriOf(join(folder, "a.md"));
  client.open(uri, reference, 1);
  const { diagnostics } = await client.diagnostics(uri, { version: 1 });
  return diagnostics.map((d) => [d.code, d.severity]);
};

const reviewDueItems = async (folder: string) => {
  const uri = uriOf(join(folder, "a.md"));
  const line = reference.split("\n").findIndex((text) => text.startsWith("next_review_due:"));
  const items = (await client.connection.sendRequest(CompletionRequest.type, {
    textDocument: { uri },
    position: { line, character: "next_review_due: ".length },
  })) as CompletionItem[];
  return items.map((item) => item.detail);
};

describe("settings per workspace folder", () => {
  it("asks for the seeds section once for the window and once per folder, with its scopeUri", () => {
    expect(client.configurationScopes).toEqual([undefined, uriOf(folders.alpha), uriOf(folders.beta)]);
  });

  it("applies each folder's seeds.rules, under the folder's seeds.config.json", async () => {
    // alpha: review-overdue off by its folder setting.
    expect(await severities(folders.alpha)).toEqual([
      ["table-bonus-range", 2],
      ["table-bonus-range", 2],
      ["table-bonus-range", 2],
    ]);
    // beta: its config file makes review-overdue an error over the folder's "off"; the setting still sets table-bonus-range.
    expect(await severities(folders.beta)).toEqual([
      ["review-overdue", 1],
      ["table-bonus-range", 3],
      ["table-bonus-range", 3],
      ["table-bonus-range", 3],
    ]);
  });

  it("applies each folder's seeds.reviewIntervalDays unless its config file sets one", async () => {
    expect(await reviewDueItems(folders.alpha)).toEqual(["today", "today + 30 days (review interval)", "last_updated + 30 days (review interval)"]);
    expect(await reviewDueItems(folders.beta)).toEqual(["today", "today + 60 days (review interval)", "last_updated + 60 days (review interval)"]);
  });
});
