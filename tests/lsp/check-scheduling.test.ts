// The parts of the server that decide when and where a document is checked, without a process:
// the adaptive delay (check-costs.ts) and the check worker's queue (off-thread-checks.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkSeed, DEFAULT_CONFIG } from "../../server/src/engine";
import { CHEAP_CHECK_MS, CheckCosts, MAX_ADAPTIVE_DELAY_MS, OFF_THREAD_CHARS, OFF_THREAD_COST_MS } from "../../server/src/lsp/diagnostics/check-costs";
import { CHECK_WORKER_FILE, OffThreadChecks, type CheckOutcome } from "../../server/src/lsp/diagnostics/off-thread-checks";
import { readSettings, DEFAULT_SETTINGS } from "../../server/src/lsp/state/settings";
import { TextDocument, type TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import { ensureBuilt, REFERENCE, ROOT, TODAY } from "./helpers/client";
import { largeSeed } from "./helpers/large-seed";

const reference = readFileSync(REFERENCE, "utf8");
const URI = "file:///virtual/seeds/reference.md";

describe("the adaptive delay", () => {
  it("checks a cheap document on the next turn, a costly one after twice its cost, never after more than 150 ms", () => {
    const costs = new CheckCosts();
    costs.record(URI, 2);
    expect(costs.delay(URI, reference.length)).toBe(0);
    costs.forget(URI);
    costs.record(URI, 40);
    expect(costs.delay(URI, reference.length)).toBe(80);
    for (let i = 0; i < 3; i++) costs.record(URI, 1000);
    expect(costs.delay(URI, reference.length)).toBe(MAX_ADAPTIVE_DELAY_MS);
    expect(MAX_ADAPTIVE_DELAY_MS).toBe(150);
    expect(CHEAP_CHECK_MS).toBe(15);
  });

  it("follows the document's cost within three checks, ignores one slow check, and guesses from the length before any", () => {
    const costs = new CheckCosts();
    expect(costs.delay(URI, reference.length)).toBe(0);
    expect(costs.delay(URI, 10 * 1024 * 1024)).toBeGreaterThan(0);
    costs.record(URI, 100);
    costs.record(URI, 1);
    costs.record(URI, 1);
    expect(costs.delay(URI, reference.length)).toBe(0);
    costs.record(URI, 300); // one GC pause
    expect(costs.delay(URI, reference.length)).toBe(0);
    costs.record(URI, 30);
    costs.record(URI, 30);
    costs.record(URI, 30);
    expect(costs.delay(URI, reference.length)).toBe(60);
  });

  it("sends large documents, and documents whose checks are costly, to the worker", () => {
    const costs = new CheckCosts();
    expect(costs.offThread(URI, reference.length)).toBe(false);
    expect(costs.offThread(URI, OFF_THREAD_CHARS)).toBe(true);
    costs.record(URI, OFF_THREAD_COST_MS * 2);
    expect(costs.offThread(URI, reference.length)).toBe(true);
  });

  it("is the default: seeds.debounceMs is a fixed delay only when it is set (null: adaptive)", () => {
    expect(DEFAULT_SETTINGS.debounceMs).toBeUndefined();
    expect(readSettings({ debounceMs: 80 }).debounceMs).toBe(80);
    expect(readSettings({ debounceMs: null }, { ...DEFAULT_SETTINGS, debounceMs: 80 }).debounceMs).toBeUndefined();
  });
});

describe("the check worker's queue", () => {
  beforeAll(ensureBuilt);
  const worker = () => new OffThreadChecks(join(ROOT, "dist", CHECK_WORKER_FILE));
  const input = (version: number, text: string) => ({ uri: URI, version, text, today: TODAY, config: DEFAULT_CONFIG });

  it("checks a document as the engine does, off the server thread", async () => {
    const checks = worker();
    try {
      const outcome = await checks.check({ ...input(1, reference), summaryFile: "seeds/reference.md" });
      expect(outcome.kind).toBe("checked");
      if (outcome.kind !== "checked") return;
      expect(outcome.output.findings).toEqual(checkSeed(reference, { today: TODAY }).findings);
      expect(outcome.output.summary?.company?.value).toBe("weights-and-biases");
      expect(outcome.output.version).toBe(1);
    } finally {
      checks.dispose();
    }
  });

  it("coalesces a burst: versions queued while one runs are replaced by the latest, which is checked once", async () => {
    // Never abandon here: on a loaded machine the 2 MB check can run past ABANDON_STALE_AFTER_MS,
    // and abandoning is the next test's subject, not this one's.
    const checks = new OffThreadChecks(join(ROOT, "dist", CHECK_WORKER_FILE), () => undefined, 2_000_000_000); // setTimeout caps at 2^31-1 ms
    const big = largeSeed(reference, 2 * 1024 * 1024);
    try {
      const outcomes: Promise<CheckOutcome>[] = [];
      for (let version = 1; version <= 5; version++) outcomes.push(checks.check(input(version, `${big}\n${version}`)));
      const kinds = (await Promise.all(outcomes)).map((outcome) => (outcome.kind === "checked" ? outcome.output.version : outcome.kind));
      // Version 1 was running when the others came: 2, 3 and 4 were replaced before they ran.
      expect(kinds).toEqual([1, "superseded", "superseded", "superseded", 5]);
      expect(checks.stats).toEqual({ checked: 2, superseded: 3, abandoned: 0, sentText: 2, sentEdits: 0 });
    } finally {
      checks.dispose();
    }
  });

  it("abandons a running check that has gone stale for too long: the worker restarts with the newer version", async () => {
    const checks = new OffThreadChecks(join(ROOT, "dist", CHECK_WORKER_FILE), () => undefined, 0);
    const big = largeSeed(reference, 2 * 1024 * 1024);
    try {
      const first = checks.check(input(1, big));
      const second = checks.check(input(2, `${big}\n`));
      expect((await first).kind).toBe("superseded");
      const latest = await second;
      expect(latest.kind === "checked" && latest.output.version).toBe(2);
      expect(checks.stats).toEqual({ checked: 1, superseded: 0, abandoned: 1, sentText: 2, sentEdits: 0 });
    } finally {
      checks.dispose();
    }
  });

  it("sends a document's text once, then only its edits: the worker's copy follows them", async () => {
    const checks = worker();
    const document = TextDocument.create(URI, "seed", 1, reference);
    /** Edits the document as the server does (TextDocuments' update), recording the edit for the worker. */
    const edit = (version: number, changes: TextDocumentContentChangeEvent[]) => {
      checks.changed(URI, changes, version);
      TextDocument.update(document, changes, version);
    };
    const at = (text: string) => document.positionAt(document.getText().indexOf(text));
    const findingsOf = async (version: number) => {
      const outcome = await checks.check(input(version, document.getText()));
      return outcome.kind === "checked" ? outcome.output.findings : outcome.kind;
    };
    try {
      expect(await findingsOf(1)).toEqual(checkSeed(reference, { today: TODAY }).findings);
      // An ask out of range, typed in two versions; a line added and a key removed in a third.
      edit(2, [{ range: { start: at("$250K base"), end: at("$250K base") }, text: "$9" }]);
      edit(3, [{ range: { start: at("$9$250K base"), end: { ...at("$9$250K base"), character: at("$9$250K base").character + 7 } }, text: "$900K" }]);
      expect(document.getText()).toContain("I need $900K base");
      expect(await findingsOf(3)).toEqual(checkSeed(document.getText(), { today: TODAY }).findings);
      const company = at("company:");
      edit(4, [
        { range: { start: company, end: { line: company.line + 1, character: 0 } }, text: "" },
        { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: "\nx: 1" },
      ]);
      expect(await findingsOf(4)).toEqual(checkSeed(document.getText(), { today: TODAY }).findings);
      expect(checks.stats).toEqual({ checked: 3, superseded: 0, abandoned: 0, sentText: 1, sentEdits: 2 });
      // An edit that was not recorded: the edits no longer reach the version, so the text goes again.
      TextDocument.update(document, [{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: "\ny: 2" }], 5);
      expect(await findingsOf(5)).toEqual(checkSeed(document.getText(), { today: TODAY }).findings);
      expect(checks.stats).toMatchObject({ sentText: 2, sentEdits: 2 });
    } finally {
      checks.dispose();
    }
  });

  it("keeps documents apart: a newer version of one never replaces another's check", async () => {
    const checks = worker();
    try {
      const other = "file:///virtual/seeds/other.md";
      const [a, b] = await Promise.all([checks.check(input(1, reference)), checks.check({ ...input(7, reference), uri: other })]);
      expect([a.kind === "checked" && a.output.uri, b.kind === "checked" && b.output.uri]).toEqual([URI, other]);
    } finally {
      checks.dispose();
    }
  });
});
