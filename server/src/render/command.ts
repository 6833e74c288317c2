// `seeds render FILE [-o OUT.html]`: the preview as one self-contained HTML page.
export function renderCommand(_argv: string[]): number {
  throw new Error("render is not built yet");
}
