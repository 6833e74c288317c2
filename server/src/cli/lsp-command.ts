// `seeds lsp --stdio`: starts the language server on stdin/stdout (also --node-ipc or
// --socket=N). The returned promise settles only when the client ends the session.
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "../lsp/server";
import { warmUpEngine } from "../lsp/warm-up";

const TRANSPORTS = /^--(?:stdio|node-ipc|socket=\d+|pipe=.+)$/;

export function lspCommand(argv: string[]): Promise<number> {
  if (!argv.some((arg) => TRANSPORTS.test(arg))) {
    throw new Error("seeds lsp needs a transport: --stdio (or --node-ipc, --socket=PORT)");
  }
  const connection = createConnection(ProposedFeatures.all);
  startServer(connection);
  setImmediate(warmUpEngine); // see warm-up.ts
  // The connection exits the process on the protocol's `exit` notification.
  return new Promise<number>(() => undefined);
}
