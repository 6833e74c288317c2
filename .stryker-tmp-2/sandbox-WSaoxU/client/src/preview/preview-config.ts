// @ts-nocheck
// The configuration the preview checks with: seeds.config.json of the document's workspace
// folder, then the `seeds.rules` setting on top (the editor's own choice wins). Pure.
import { DEFAULT_CONFIG, parseConfigText, type ResolvedConfig, type SeveritySetting } from "../../../server/src/engine";

const SEVERITIES: ReadonlySet<string> = new Set(["off", "info", "warning", "error"]);

/** The config file's text (undefined when there is none); a broken file falls back to the defaults. */
export function configFromFile(text: string | undefined): ResolvedConfig {
  return text === undefined ? DEFAULT_CONFIG : parseConfigText(text).config;
}

/** Applies the `seeds.rules` setting (rule id → severity); malformed entries are ignored. */
export function withRuleSettings(config: ResolvedConfig, setting: unknown): ResolvedConfig {
  if (typeof setting !== "object" || setting === null || Array.isArray(setting)) return config;
  const rules: Record<string, SeveritySetting> = { ...config.rules };
  let changed = false;
  for (const [rule, severity] of Object.entries(setting)) {
    if (typeof severity === "string" && SEVERITIES.has(severity)) {
      rules[rule] = severity as SeveritySetting;
      changed = true;
    }
  }
  return changed ? { ...config, rules } : config;
}
