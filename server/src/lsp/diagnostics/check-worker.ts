// Entry of dist/lsp-checker.js: checks large open documents in a worker thread, so that a 10 MB
// seed being typed in never holds up the server thread (hovers, completions, other documents).
// One request at a time; the server thread decides what to send and drops stale results. The
// worker keeps its own copy of each document and applies the edits it is sent (the protocol).
import { parentPort } from "node:worker_threads";
import { TextDocument } from "vscode-languageserver-textdocument";
import { checkParsed, disabledRules, parseSeed, summarize } from "../../engine";
import type { CheckRequest, CheckResponse, WorkerRequest } from "./check-worker-protocol";

const copies = new Map<string, TextDocument>();

/** The text of the request's document at its version; throws when the edits do not apply to the copy held. */
function textOf(request: CheckRequest): string {
  const { document } = request;
  if ("text" in document) {
    copies.set(request.uri, TextDocument.create(request.uri, "seed", request.version, document.text));
    return document.text;
  }
  const copy = copies.get(request.uri);
  if (!copy || copy.version !== document.from) {
    copies.delete(request.uri);
    throw new Error(`the worker's copy of ${request.uri} is at version ${copy?.version ?? "none"}, the edits start from ${document.from}`);
  }
  if (document.changes.length > 0) TextDocument.update(copy, document.changes, request.version);
  const text = copy.getText();
  if (text.length !== document.length) {
    copies.delete(request.uri);
    throw new Error(`the worker's copy of ${request.uri} at version ${request.version} has ${text.length} characters, not ${document.length}`);
  }
  return text;
}

parentPort!.on("message", (request: WorkerRequest) => {
  if (request.kind === "forget") {
    copies.delete(request.uri);
    return;
  }
  const started = performance.now();
  let response: CheckResponse;
  try {
    const text = textOf(request);
    const seed = parseSeed(text);
    const findings = checkParsed(seed, { today: request.today, config: request.config });
    const summary = request.summaryFile === undefined ? undefined : summarize(request.summaryFile, seed, disabledRules(text));
    response = { id: request.id, findings, summary, ms: performance.now() - started };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(response);
});
