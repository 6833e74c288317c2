// Entry of dist/server.js, started by the VS Code client (IPC) or by any LSP client (--stdio):
// createConnection picks the transport from the command line (--node-ipc, --stdio, --socket=N).
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "./server";

startServer(createConnection(ProposedFeatures.all));
