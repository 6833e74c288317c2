// The answer to a request the client cancelled before the server answered it: the LSP's
// RequestCancelled error (-32800), as the specification asks of a server that stops a request.
import { LSPErrorCodes, ResponseError } from "vscode-languageserver";

/** The RequestCancelled error, to return or throw from a request handler. */
export function requestCancelled(): ResponseError {
  return new ResponseError(LSPErrorCodes.RequestCancelled, "The request was cancelled.");
}
