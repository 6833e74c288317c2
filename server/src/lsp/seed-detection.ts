// Which documents are seeds. The VS Code client only sends documents of language `seed`, but
// other clients (Neovim, Helix, …) send every Markdown file, and a README must not get seed
// errors. The rule:
//   1. languageId `seed`: always a seed (the client already decided).
//   2. Otherwise only files on disk whose path matches the `files` globs (and not `ignore`) of
//      seeds.config.json (default **/*.md, **/*.txt), relative to their workspace folder, and
//      2a. the folder has a seeds.config.json at its root (the folder opted in: every matching
//          file is a seed, even one whose frontmatter is still missing), or
//      2b. the file's frontmatter has a top-level `company:` key (it looks like a seed).
// The workspace index applies rule 2 to the files it finds on disk.
import { basename } from "node:path";
import { DEFAULT_CONFIG } from "../engine";
import picomatch from "picomatch";
import type { Folder } from "./folders";

const MAX_FRONTMATTER_LINES = 500;
const defaultInclude = picomatch([...DEFAULT_CONFIG.files], { dot: false });

/** Does the text start with a frontmatter block holding a top-level `company:` key? */
export function looksLikeSeed(text: string): boolean {
  if (!/^\uFEFF?---[ \t]*\r?\n/.test(text)) return false;
  let cursor = text.indexOf("\n") + 1;
  for (let count = 0; cursor > 0 && cursor < text.length && count < MAX_FRONTMATTER_LINES; count++) {
    const next = text.indexOf("\n", cursor);
    const line = text.slice(cursor, next === -1 ? text.length : next);
    if (/^(?:---|\.\.\.)[ \t]*\r?$/.test(line)) return false;
    if (/^company[ \t]*:/.test(line)) return true;
    cursor = next + 1;
  }
  return false;
}

/** Rule 2 for a file path (a key from folders.keyOf) and its text. */
export function isSeedFile(key: string, text: string, folder: Folder | undefined): boolean {
  const rel = folder?.relative(key);
  const matches = folder && rel !== undefined ? folder.isSeedPath(rel) : defaultInclude(basename(key));
  if (!matches) return false;
  return folder?.hasConfigFile === true && rel !== undefined ? true : looksLikeSeed(text);
}

export function isSeedDocument(languageId: string, uri: string, key: string, text: string, folder: Folder | undefined): boolean {
  if (languageId === "seed") return true;
  if (!uri.startsWith("file:")) return false;
  return isSeedFile(key, text, folder);
}
