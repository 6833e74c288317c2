// `seeds lsp --stdio`: starts the language server on stdin/stdout.
export function lspCommand(_argv: string[]): number {
  throw new Error("the language server is not built yet");
}
