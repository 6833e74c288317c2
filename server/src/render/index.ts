// The preview renderer: pure functions from a checked seed to HTML, shared by the VS Code
// webview and `seeds render`.
export {
  checkForPreview,
  renderPreview,
  renderStandalonePage,
  previewTitle,
  type PreviewInput,
  MAX_RENDERED_BODY_CHARS,
  type PreviewOptions,
  type StandalonePageOptions,
} from "./preview";
export { chartModel, LAYOUT } from "./chart";
export { escapeHtml } from "./escape";
export { isSafeLink } from "./markdown";
export { readProblem, renderStaleBanner, type ReadProblem } from "./stale";
