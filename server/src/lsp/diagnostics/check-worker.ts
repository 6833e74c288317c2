// Entry of dist/lsp-checker.js: checks large open documents in a worker thread, so that a 10 MB
// seed being typed in never holds up the server thread (hovers, completions, other documents).
// One request at a time; the server thread decides what to send and drops stale results.
import { parentPort } from "node:worker_threads";
import { checkParsed, disabledRules, parseSeed, summarize } from "../../engine";
import type { CheckRequest, CheckResponse } from "./check-worker-protocol";

parentPort!.on("message", (request: CheckRequest) => {
  const started = performance.now();
  let response: CheckResponse;
  try {
    const seed = parseSeed(request.text);
    const findings = checkParsed(seed, { today: request.today, config: request.config });
    const summary = request.summaryFile === undefined ? undefined : summarize(request.summaryFile, seed, disabledRules(request.text));
    response = { id: request.id, findings, summary, ms: performance.now() - started };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(response);
});
