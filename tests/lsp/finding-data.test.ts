// Diagnostic.data: an open document's diagnostics carry their finding's index, and code actions
// read the finding there (checking it still stands for the diagnostic), else find it by rule,
// range and message (clients that do not send `data` back).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkSeed, DEFAULT_CONFIG, parseSeed } from "../../server/src/engine";
import { toDiagnostics } from "../../server/src/lsp/diagnostics/publisher";
import { codeActions } from "../../server/src/lsp/features/code-actions";
import { findingIndex } from "../../server/src/lsp/features/to-lsp";
import { REFERENCE, TODAY } from "./helpers/client";

const reference = readFileSync(REFERENCE, "utf8");
const seed = parseSeed(reference);
const { findings } = checkSeed(reference, { today: TODAY });
const env = { uri: "file:///x.md", version: 1, config: DEFAULT_CONFIG, today: TODAY, documentChanges: true };

describe("Diagnostic.data", () => {
  it("names each finding of an open document by its index; cross-file findings carry none", () => {
    expect(findings.length).toBeGreaterThan(2);
    const cross = [{ ...findings[0]!, rule: "duplicate-seed", fixes: [] }];
    const diagnostics = toDiagnostics(findings, cross, true);
    expect(diagnostics).toHaveLength(findings.length + 1);
    for (const diagnostic of diagnostics) {
      const index = findingIndex(diagnostic);
      if (diagnostic.code === "duplicate-seed") expect(diagnostic.data).toBeUndefined();
      else expect(findings[index!]).toMatchObject({ rule: diagnostic.code, message: diagnostic.message, range: diagnostic.range });
    }
    expect(toDiagnostics(findings, [], false).every((diagnostic) => diagnostic.data === undefined)).toBe(true);
  });

  it("code actions give the same answer with data, without it, and with data naming another finding", () => {
    const withData = toDiagnostics(findings, [], true);
    const withoutData = withData.map(({ data: _data, ...diagnostic }) => diagnostic);
    const misnamed = withData.map((diagnostic, i) => ({ ...diagnostic, data: { finding: (i + 1) % withData.length } }));
    const expected = codeActions(seed, findings, withoutData, undefined, env);
    expect(expected.filter((action) => action.diagnostics?.length).length).toBeGreaterThan(1);
    // The actions list the client's diagnostics as sent: compare them without `data`.
    const strip = (actions: typeof expected) => actions.map((action) => ({ ...action, diagnostics: action.diagnostics?.map(({ data: _data, ...d }) => d) }));
    expect(strip(codeActions(seed, findings, withData, undefined, env))).toEqual(expected);
    expect(strip(codeActions(seed, findings, misnamed, undefined, env))).toEqual(expected);
  });

  it("reads only a whole, non-negative index", () => {
    const [diagnostic] = toDiagnostics(findings, [], true);
    expect(findingIndex({ ...diagnostic!, data: { finding: 2 } })).toBe(2);
    for (const data of [undefined, null, {}, { finding: -1 }, { finding: 1.5 }, { finding: "1" }])
      expect(findingIndex({ ...diagnostic!, data })).toBeUndefined();
  });
});
