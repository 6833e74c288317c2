// The parsed seed and the findings of each open document, for its current version only: a new
// version, day or configuration replaces the entry, so memory does not grow with edits.
// Parsing is shared by every feature; the rules run only when diagnostics or code actions ask.
import { checkParsed, parseSeed, type Finding, type ResolvedConfig, type Seed } from "../engine";

export interface AnalysisEnv {
  today: string;
  config: ResolvedConfig;
  /** Bumped whenever settings or a config file change, so cached findings are not reused. */
  generation: number;
}

export interface Analysis {
  version: number;
  seed: Seed;
  findings(): Finding[];
}

interface Entry extends Analysis {
  text: string;
  env: AnalysisEnv;
  checked?: Finding[];
}

export class Analyses {
  private readonly entries = new Map<string, Entry>();

  get(uri: string, version: number, text: string, env: AnalysisEnv): Analysis {
    const cached = this.entries.get(uri);
    if (cached && cached.version === version && cached.text === text) {
      if (cached.env.today !== env.today || cached.env.generation !== env.generation) {
        cached.checked = undefined;
        cached.env = env;
      }
      return cached;
    }
    const entry: Entry = {
      version,
      text,
      env,
      seed: parseSeed(text),
      findings() {
        entry.checked ??= checkParsed(entry.seed, { today: entry.env.today, config: entry.env.config });
        return entry.checked;
      },
    };
    this.entries.set(uri, entry);
    return entry;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
