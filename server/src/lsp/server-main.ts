// Entry of dist/server.js, started by the VS Code client (IPC) or by any LSP client (--stdio).
export {};
