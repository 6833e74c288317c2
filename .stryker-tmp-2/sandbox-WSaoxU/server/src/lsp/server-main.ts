// @ts-nocheck
// Entry of dist/server.js, started by the VS Code client (IPC) or by any LSP client (--stdio):
// createConnection picks the transport from the command line (--node-ipc, --stdio, --socket=N).
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { markStartup } from "./startup-marks";
import { startServer } from "./server";
import { warmUpEngine } from "./warm-up";

markStartup("server-loaded");
startServer(createConnection(ProposedFeatures.all));
// After the first messages already waiting (if any) have been read: the client usually needs a
// while longer before it sends `initialize`.
setImmediate(() => {
  warmUpEngine();
  markStartup("server-warmed-up");
});
