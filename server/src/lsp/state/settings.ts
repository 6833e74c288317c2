// The client's `seeds` settings section and how it combines with seeds.config.json: the file is
// the team's shared configuration and wins for what it sets; the user's settings fill in the rest.
import type { ResolvedConfig, SeveritySetting } from "../../engine";

type DiagnosticsScope = "openFiles" | "workspace";

export interface ClientSettings {
  /** "openFiles" (default: cheap on big corpora) or "workspace": diagnostics for every seed. */
  scope: DiagnosticsScope;
  /** Rule id to severity, for the rules the config file does not set. */
  rules: Record<string, SeveritySetting>;
  /** Used when the config file does not set reviewIntervalDays. */
  reviewIntervalDays: number | undefined;
  /**
   * A fixed delay (ms) between the last keystroke and the check of a document (push diagnostics);
   * undefined (the default): adaptive, from what the document's checks cost (check-costs.ts).
   */
  debounceMs: number | undefined;
}

export const DEFAULT_SETTINGS: ClientSettings = { scope: "openFiles", rules: {}, reviewIntervalDays: undefined, debounceMs: undefined };

const SEVERITIES = new Set(["off", "info", "warning", "error"]);

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Reads the `seeds` section as clients send it: nested (`{diagnostics: {scope}}`) or with dotted
 * keys (`{"diagnostics.scope": ...}`). Invalid values fall back to the defaults, never throw.
 */
export function readSettings(raw: unknown, base: ClientSettings = DEFAULT_SETTINGS): ClientSettings {
  if (!isRecord(raw)) return base;
  const diagnostics = isRecord(raw.diagnostics) ? raw.diagnostics : {};
  const scope = diagnostics.scope ?? raw["diagnostics.scope"];
  const rules: Record<string, SeveritySetting> = {};
  if (isRecord(raw.rules)) {
    for (const [id, severity] of Object.entries(raw.rules)) {
      if (typeof severity === "string" && SEVERITIES.has(severity)) rules[id] = severity as SeveritySetting;
    }
  }
  const interval = raw.reviewIntervalDays;
  const debounce = raw.debounceMs;
  return {
    scope: scope === "workspace" || scope === "openFiles" ? scope : base.scope,
    rules: isRecord(raw.rules) ? rules : base.rules,
    reviewIntervalDays:
      typeof interval === "number" && Number.isInteger(interval) && interval > 0 ? interval : interval === null ? undefined : base.reviewIntervalDays,
    // null (the manifest's default) asks for the adaptive delay.
    debounceMs: typeof debounce === "number" && Number.isFinite(debounce) && debounce >= 0 ? debounce : debounce === null ? undefined : base.debounceMs,
  };
}

/** The folder's configuration with the settings under it; `fileSetsInterval`: the file has reviewIntervalDays. */
export function applySettings(config: ResolvedConfig, settings: ClientSettings, fileSetsInterval = false): ResolvedConfig {
  const interval = fileSetsInterval ? config.reviewIntervalDays : (settings.reviewIntervalDays ?? config.reviewIntervalDays);
  if (Object.keys(settings.rules).length === 0 && interval === config.reviewIntervalDays) return config;
  return { ...config, rules: { ...settings.rules, ...config.rules }, reviewIntervalDays: interval };
}
