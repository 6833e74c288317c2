// Edit → diagnostics latency with the default settings, and a server that stays responsive while
// a 10 MB seed is typed in, over the protocol. A loaded 2-core machine stretches every time: the
// assertions are on what the server decided (the delay it chose, where it checked, what it
// dropped) and on bounds measured against the cost of the same check in this process.
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { DocumentDiagnosticRequest, HoverRequest } from "vscode-languageserver-protocol/node";
import { checkSeed } from "../../server/src/engine";
import { CHEAP_CHECK_MS, OFF_THREAD_COST_MS } from "../../server/src/lsp/diagnostics/check-costs";
import { REFERENCE, startClient, TODAY, type TestClient } from "./helpers/client";
import { largeSeed } from "./helpers/large-seed";

const reference = readFileSync(REFERENCE, "utf8");
const SMALL = "file:///virtual/seeds/reference.md";
const BIG = "file:///virtual/seeds/big.md";
const TEN_MB = 10 * 1024 * 1024;
/** The fixed debounce the server used to wait after every edit (ms). */
const OLD_FIXED_DEBOUNCE_MS = 150;
/** The longest a request on another document may wait while a large one is edited (ms). */
const HOVER_BOUND_MS = 50;

interface CheckStats {
  worker?: { checked: number; superseded: number; abandoned: number; sentText: number; sentEdits: number };
  staleDropped: number;
  document?: { costMs: number; delayMs: number; offThread: boolean; textJoins?: number };
}
const stats = (uri?: string) => client!.connection.sendRequest<CheckStats>("seeds/checkStats", { uri });

/** An insertion of one character at the start of a line, as typing does. */
const typeAt = (uri: string, version: number, line: number) =>
  client!.connection.sendNotification("textDocument/didChange", {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: "x" }],
  });
const PROSE_LINE = reference.split("\n").findIndex((line) => line.startsWith("ML/AI Engineers at W&B"));

/** How much slower than on its own the machine runs every process now: load average per core, at least 1. */
const oversubscription = () => Math.max(1, (loadavg()[0] ?? 0) / availableParallelism());

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

describe("as-you-type latency with the default settings", () => {
  it("checks a seed after an edit without waiting a fixed debounce: its delay is adaptive (0 ms for a 2 ms check)", async () => {
    ({ client } = await startClient());
    client.open(SMALL, reference, 1);
    await client.diagnostics(SMALL, { version: 1 });
    const latencies: number[] = [];
    for (let version = 2; version <= 12; version++) {
      const published = client.diagnostics(SMALL, { version });
      const sent = performance.now();
      void typeAt(SMALL, version, PROSE_LINE);
      await published;
      latencies.push(performance.now() - sent);
    }
    // The old fixed debounce alone made every edit wait 150 ms; a round trip over stdio does not
    // (on a machine whose cores are oversubscribed, every process runs that much slower).
    expect(median(latencies)).toBeLessThan(OLD_FIXED_DEBOUNCE_MS * oversubscription());
    // The delay follows the measured cost: none below CHEAP_CHECK_MS (a 2 ms check, unless the
    // machine is loaded enough to slow it down that much), twice the cost above.
    const { document } = await stats(SMALL);
    const { costMs } = document!;
    expect(document).toEqual({
      costMs,
      delayMs: costMs < CHEAP_CHECK_MS ? 0 : Math.min(OLD_FIXED_DEBOUNCE_MS, Math.round(2 * costMs)),
      offThread: costMs > OFF_THREAD_COST_MS,
    });
  });
});

describe("a 10 MB seed never holds up the server", () => {
  it("checks it in the worker, and answers hovers on another seed meanwhile within 50 ms", async () => {
    const big = largeSeed(reference, TEN_MB);
    // What one check of it costs on this machine now: the server thread used to be blocked that long per edit.
    const started = performance.now();
    checkSeed(big, { today: TODAY });
    const checkMs = performance.now() - started;

    ({ client } = await startClient());
    client.open(SMALL, reference, 1);
    await client.diagnostics(SMALL, { version: 1 });
    client.open(BIG, big, 1);
    await client.diagnostics(BIG, { version: 1 });

    let typing = true;
    const hovers: number[] = [];
    const hovering = (async () => {
      while (typing) {
        const sent = performance.now();
        const hover = await client!.connection.sendRequest(HoverRequest.type, { textDocument: { uri: SMALL }, position: { line: 1, character: 2 } });
        hovers.push(performance.now() - sent);
        expect(hover).not.toBeNull();
        await new Promise((done) => setImmediate(done));
      }
    })();
    for (let version = 2; version <= 6; version++) {
      const published = client.diagnostics(BIG, { version });
      void typeAt(BIG, version, PROSE_LINE);
      await published;
    }
    typing = false;
    await hovering;

    expect(hovers.length).toBeGreaterThan(10);
    // Issue 9's bound: 50 ms, stretched as every process is on an oversubscribed machine.
    expect(Math.max(...hovers)).toBeLessThan(Math.max(HOVER_BOUND_MS * oversubscription(), checkMs / 4));
    const { worker, document } = await stats(BIG);
    expect(document?.offThread).toBe(true);
    expect(worker?.checked).toBeGreaterThanOrEqual(6);
    // The text went to the worker once (and again after each restart of an abandoned check);
    // every other check sent only the edits, not 10 MB to copy on the server thread.
    expect(worker?.sentText).toBe(1 + worker!.abandoned);
    expect(worker?.sentEdits).toBeGreaterThanOrEqual(5 - worker!.abandoned);
    // Nor was its text joined on the server thread by an edit or a check: only to send it whole
    // again after an abandoned check (the standard TextDocument copied all 10 MB on every edit).
    expect(document?.textJoins).toBe(worker!.sentText - 1);
    // Its delay follows its cost: longer than a small seed's, at most the old fixed debounce.
    expect(document?.delayMs).toBeGreaterThan(0);
    expect(document?.delayMs).toBeLessThanOrEqual(OLD_FIXED_DEBOUNCE_MS);
  });

  it("drops stale checks: a burst of edits gets the diagnostics of its last version, from one more check", async () => {
    const big = largeSeed(reference, TEN_MB);
    // A fixed 0 ms delay: every edit asks for a check at once, so only the queue can coalesce them.
    ({ client } = await startClient({ initializationOptions: { settings: { debounceMs: 0 } } }));
    client.open(BIG, big, 1);
    await client.diagnostics(BIG, { version: 1 });
    const from = client.mark();
    for (let version = 2; version <= 11; version++) void typeAt(BIG, version, PROSE_LINE);
    await client.diagnostics(BIG, { version: 11, from });
    const versions = client.published
      .slice(from)
      .filter((p) => p.uri === BIG)
      .map((p) => p.version);
    expect(versions.at(-1)).toBe(11);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a! - b!));
    expect(versions.length).toBeLessThan(10);
    const { worker, staleDropped } = await stats();
    // Ten edits, far fewer checks: the ones queued behind a running check were replaced, the running one's result dropped.
    expect(worker!.checked).toBeLessThan(1 + 10);
    expect(worker!.superseded + staleDropped).toBeGreaterThan(0);
  });

  it("answers a pull request for it from the worker, with the engine's findings", async () => {
    const big = largeSeed(reference, TEN_MB);
    ({ client } = await startClient({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } }));
    client.open(BIG, big, 1);
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: BIG } });
    const expected = checkSeed(big, { today: TODAY }).findings.map((f) => [f.rule, f.range.start.line, f.range.start.character]);
    expect(report.kind === "full" && report.items.map((d) => [d.code, d.range.start.line, d.range.start.character])).toEqual(expected);
    expect((await stats(BIG)).worker?.checked).toBe(1);
  });
});
