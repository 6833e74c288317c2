// The parsed seed and the findings of each open document, for its current version only: a new
// version, day or configuration replaces the entry, so memory does not grow with edits.
// Parsing is shared by every feature and happens on first use; the rules run only when
// diagnostics or code actions ask. A large document's findings come from the check worker
// (`provide`), so the server thread parses it only if a feature needs the parsed seed itself.
import { sameInputs } from "./memo";
import { checkParsed, parseSeed, type Finding, type ResolvedConfig, type Seed, type SeedSummary } from "../../engine";

/** What findings depend on besides the text; a new config object means the settings or the config file changed (memo.ts). */
export interface AnalysisEnv {
  today: string;
  config: ResolvedConfig;
}

export interface Analysis {
  version: number;
  /** The parsed seed (parsed on first access). */
  readonly seed: Seed;
  findings(): Finding[];
  /** Whether the findings are known without running the rules (checked already, here or in the worker). */
  readonly checked: boolean;
  /** The index summary the check worker computed with the findings, if it did. */
  readonly summary: SeedSummary | undefined;
}

class Entry implements Analysis {
  private parsed: Seed | undefined;
  found: Finding[] | undefined;
  summary: SeedSummary | undefined;

  constructor(
    readonly version: number,
    readonly text: string,
    public env: AnalysisEnv,
  ) {}

  get seed(): Seed {
    this.parsed ??= parseSeed(this.text);
    return this.parsed;
  }

  get checked(): boolean {
    return this.found !== undefined;
  }

  findings(): Finding[] {
    this.found ??= checkParsed(this.seed, { today: this.env.today, config: this.env.config });
    return this.found;
  }
}

export class Analyses {
  private readonly entries = new Map<string, Entry>();

  get(uri: string, version: number, text: string, env: AnalysisEnv): Analysis {
    const cached = this.entries.get(uri);
    if (cached && cached.version === version && cached.text === text) {
      if (!sameInputs([cached.env.today, cached.env.config], [env.today, env.config])) {
        cached.found = undefined;
        cached.summary = undefined;
        cached.env = env;
      }
      return cached;
    }
    const entry = new Entry(version, text, env);
    this.entries.set(uri, entry);
    return entry;
  }

  /**
   * Stores findings computed elsewhere (the check worker) for this version, text and environment,
   * so that code actions and pull requests reuse them. Returns the analysis.
   */
  provide(uri: string, version: number, text: string, env: AnalysisEnv, findings: Finding[], summary?: SeedSummary): Analysis {
    const entry = this.get(uri, version, text, env) as Entry;
    entry.found = findings;
    entry.summary = summary;
    return entry;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
