// The line-level syntax of a seed's frontmatter block, in one place: the engine's parser uses it,
// and so does the server's YAML-free summary reader (lsp/indexing/fast-summary.ts), which must split a
// seed exactly as the parser does.

/** Control characters other than tab, CR, LF and form feed: their presence means not a text file. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
export const BINARY_CHARACTER = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/;

/** How much of a text is searched for a binary character (a binary file shows one early). */
export const BINARY_SCAN_LENGTH = 65536;

/** The line that opens the frontmatter (without its line ending). */
export const FRONTMATTER_OPEN = /^---[ \t]*$/;

/** A line that closes the frontmatter (without its line ending). */
export const FRONTMATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
