// Diagnostics over the protocol: pushed with versions, pulled when the client supports it,
// re-published when settings change.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { DocumentDiagnosticRequest, type Diagnostic } from "vscode-languageserver-protocol/node";
import { REFERENCE, startClient, type TestClient } from "./helpers/client";

const reference = readFileSync(REFERENCE, "utf8");
const URI = "file:///virtual/seeds/reference.md";
const DOCS = "https://github.com/seed-authoring/seed-authoring/blob/main/server/docs/rules.md";

const summary = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.severity]);

const REFERENCE_DIAGNOSTICS = [
  ["review-overdue", 9, 17, 9, 27, 2],
  ["table-bonus-range", 53, 46, 53, 51, 2],
  ["table-bonus-range", 54, 41, 54, 46, 2],
  ["table-bonus-range", 55, 39, 55, 44, 2],
];

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

describe("push diagnostics", () => {
  it("publishes the reference seed's findings for the opened version, with codes and links", async () => {
    ({ client } = await startClient());
    client.open(URI, reference, 1);
    const published = await client.diagnostics(URI, { version: 1 });
    expect(summary(published.diagnostics)).toEqual(REFERENCE_DIAGNOSTICS);
    expect(published.diagnostics[0]).toEqual({
      range: { start: { line: 9, character: 17 }, end: { line: 9, character: 27 } },
      severity: 2,
      code: "review-overdue",
      codeDescription: { href: `${DOCS}#review-overdue` },
      source: "seeds",
      message: "Review overdue: 'next_review_due' was 2026-05-23, 39 days ago.",
      // The finding's index among the document's findings, read back by code actions.
      data: { finding: 0 },
    });
  });

  it("publishes the diagnostics of the new version after a change, never an older one after it", async () => {
    ({ client } = await startClient({ initializationOptions: { settings: { debounceMs: 0 } } }));
    client.open(URI, reference, 1);
    await client.diagnostics(URI, { version: 1 });
    const from = client.mark();
    const fixedBonus = reference.replace("bonus_pct: 5\n    total_comp_low: 268000", "bonus_pct: 5\n    bonus_pct_high: 15\n    total_comp_low: 268000");
    client.change(URI, 2, reference.replace("next_review_due: 2026-05-23", "next_review_due: 2026-09-23"));
    client.change(URI, 3, fixedBonus);
    const latest = await client.diagnostics(URI, { version: 3, from });
    expect(summary(latest.diagnostics)).toEqual([
      REFERENCE_DIAGNOSTICS[0],
      ...REFERENCE_DIAGNOSTICS.slice(2).map(([code, line, start, endLine, ...rest]) => [code, (line as number) + 1, start, (endLine as number) + 1, ...rest]),
    ]);
    const versions = client.published
      .slice(from)
      .filter((p) => p.uri === URI)
      .map((p) => p.version);
    expect(versions).toEqual([...versions].sort((a, b) => a! - b!));
    expect(versions.at(-1)).toBe(3);
  });

  it("does not check a Markdown file that is not a seed (other clients send every Markdown file)", async () => {
    ({ client } = await startClient());
    const readme = "file:///virtual/README.md";
    client.open(readme, "# Project\n\nNot a seed.\n", 1, "markdown");
    client.open(URI, reference, 1, "markdown");
    // The seed (its frontmatter has `company` and `compensation`) is checked; the README never is.
    await client.diagnostics(URI, { version: 1 });
    expect(client.published.filter((p) => p.uri === readme)).toEqual([]);
  });

  it("re-publishes without a rule turned off in the settings", async () => {
    ({ client } = await startClient({ capabilities: { workspace: { configuration: true } } }));
    client.open(URI, reference, 1);
    await client.diagnostics(URI, { version: 1 });
    const from = client.mark();
    client.settings = { rules: { "table-bonus-range": "off" } };
    void client.connection.sendNotification("workspace/didChangeConfiguration", { settings: { seeds: client.settings } });
    const republished = await client.diagnostics(URI, { from, test: (p) => p.diagnostics.length < 4 });
    expect(summary(republished.diagnostics)).toEqual([REFERENCE_DIAGNOSTICS[0]]);
  });
});

describe("pull diagnostics", () => {
  it("answers textDocument/diagnostic and does not push when the client pulls", async () => {
    ({ client } = await startClient({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } }));
    client.open(URI, reference, 1);
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI } });
    expect(report.kind).toBe("full");
    if (report.kind !== "full") return;
    expect(summary(report.items)).toEqual(REFERENCE_DIAGNOSTICS);
    const again = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI }, previousResultId: report.resultId });
    expect(again).toEqual({ kind: "unchanged", resultId: report.resultId });
    client.change(URI, 2, reference.replace("next_review_due: 2026-05-23", "next_review_due: 2026-09-23"));
    const changed = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI }, previousResultId: report.resultId });
    expect(changed.kind === "full" && summary(changed.items)).toEqual(REFERENCE_DIAGNOSTICS.slice(1));
    expect(client.published).toEqual([]);
  });
});
