// Workspace folders, each with its seeds.config.json (read from the folder's root, like the CLI
// run from there) and the globs that say which of its files are seeds.
import { basename, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import picomatch from "picomatch";
import { DEFAULT_CONFIG, isSeedFile, parseConfigText, type ResolvedConfig } from "../../engine";

/** Index key of a document: its file path (URIs from clients and from the disk walk differ in escaping). */
export function keyOf(uri: string): string {
  if (!uri.startsWith("file:")) return uri;
  try {
    return fileURLToPath(uri);
  } catch {
    return uri;
  }
}

export const uriOf = (path: string): string => pathToFileURL(path).href;

const toPosix = (path: string) => path.split(sep).join("/");

export class Folder {
  config: ResolvedConfig = DEFAULT_CONFIG;
  /** The config file's text as read (the index worker parses it again). */
  configText: string | undefined;
  /** The config file sets reviewIntervalDays (then it wins over the user's setting). */
  setsReviewInterval = false;
  configErrors: string[] = [];
  private include = picomatch([...DEFAULT_CONFIG.files], { dot: false });
  private ignore = picomatch([...DEFAULT_CONFIG.ignore], { dot: true });

  constructor(
    readonly uri: string,
    readonly path: string,
    readonly name: string,
  ) {}

  /** Applies the config file's text (undefined: there is none). Errors keep the defaults, like the CLI. */
  setConfigText(text: string | undefined): void {
    this.configText = text;
    const { config, errors } = text === undefined ? { config: DEFAULT_CONFIG, errors: [] } : parseConfigText(text);
    this.config = config;
    this.configErrors = errors;
    // parseConfigText validated the text, so it parses; only whether the key is there matters.
    const parsed = errors.length === 0 && text !== undefined ? (JSON.parse(text.replace(/^\uFEFF/, "")) as Record<string, unknown>) : undefined;
    this.setsReviewInterval = parsed?.reviewIntervalDays !== undefined;
    this.include = picomatch([...config.files], { dot: false });
    this.ignore = picomatch([...config.ignore], { dot: true });
  }

  /** The path relative to the folder, in posix form; undefined when outside it. */
  relative(path: string): string | undefined {
    const rel = relative(this.path, path);
    if (rel === "" || rel.startsWith("..") || rel.startsWith(sep)) return undefined;
    return toPosix(rel);
  }

  isIgnoredDir(rel: string): boolean {
    return this.ignore(rel) || this.ignore(`${rel}/`);
  }

  /** Matches the configured `files` globs and not the `ignore` ones. */
  isSeedPath(rel: string): boolean {
    return this.include(rel) && !this.ignore(rel);
  }

  /**
   * Whether a file on disk in this folder is a seed: the config's globs say where seeds may be,
   * the engine's one definition (isSeedFile) says which files there are seeds. A config file
   * does not make every matching file a seed: a README beside the seeds stays a README.
   */
  holdsSeed(path: string, text: string): boolean {
    const rel = this.relative(path);
    return rel !== undefined && this.isSeedPath(rel) && isSeedFile(rel, text);
  }
}

export class Folders {
  list: Folder[] = [];

  add(uri: string, name?: string): Folder {
    const path = keyOf(uri);
    const folder = new Folder(uri, path, name ?? basename(path));
    this.list.push(folder);
    return folder;
  }

  remove(uri: string): Folder | undefined {
    const index = this.list.findIndex((folder) => folder.uri === uri || folder.path === keyOf(uri));
    return index === -1 ? undefined : this.list.splice(index, 1)[0];
  }

  /** The innermost folder holding a document's path. */
  folderOf(key: string): Folder | undefined {
    let best: Folder | undefined;
    for (const folder of this.list) if (folder.relative(key) !== undefined && (!best || folder.path.length > best.path.length)) best = folder;
    return best;
  }

  /** How a file is named in messages: relative to its folder (prefixed by the folder's name in a multi-root workspace). */
  displayName(key: string): string {
    const folder = this.folderOf(key);
    const rel = folder?.relative(key);
    if (!folder || rel === undefined) return key.startsWith("/") || /^[A-Za-z]:/.test(key) ? toPosix(key) : key;
    return this.list.length > 1 ? `${folder.name}/${rel}` : rel;
  }
}
