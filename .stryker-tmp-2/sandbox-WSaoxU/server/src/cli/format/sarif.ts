// @ts-nocheck
// SARIF 2.1.0 as GitHub code scanning reads it: one run, the rules with their descriptions,
// results with physical locations relative to the working directory.
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import { ALL_RULES } from "../../engine";
import type { FileResult } from "./result";

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

/** The absolute file: URI of a folder, ending in "/" as SARIF's originalUriBaseIds require (SARIF1004). */
export function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith("/") ? href : `${href}/`;
}

/** Where a result's file is: relative to %SRCROOT% (the working directory), or an absolute file: URI when outside it. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  return isAbsolute(file) ? { uri: pathToFileURL(file).href } : { uri: encodeURI(file), uriBaseId: "%SRCROOT%" };
}

/**
 * The SARIF 2.1.0 log of a check.
 * @param results findings per file; file paths are relative to `root` (POSIX separators) or absolute
 * @param version the tool's version
 * @param helpUri the documentation URL of a rule id ("" for the tool's own page)
 * @param root the absolute folder relative paths are resolved against (the working directory)
 * @returns the log as pretty-printed JSON with a final newline
 */
export function formatSarif(results: readonly FileResult[], version: string, helpUri: (rule: string) => string, root: string): string {
  const ruleIndex = new Map(ALL_RULES.map((rule, index) => [rule.id, index]));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "seeds",
            informationUri: helpUri(""),
            version,
            semanticVersion: version,
            rules: ALL_RULES.map((rule) => ({
              id: rule.id,
              ...ruleName(rule.id),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              helpUri: helpUri(rule.id),
              defaultConfiguration: { level: LEVEL[rule.severity] },
            })),
          },
        },
        columnKind: "utf16CodeUnits",
        originalUriBaseIds: { "%SRCROOT%": { uri: folderUri(root) } },
        results: results.flatMap(({ file, findings }) =>
          findings.map((f) => ({
            ruleId: f.rule,
            ruleIndex: ruleIndex.get(f.rule) ?? -1,
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifactLocation(file),
                  region: {
                    startLine: f.range.start.line + 1,
                    startColumn: f.range.start.character + 1,
                    endLine: f.range.end.line + 1,
                    endColumn: f.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/**
 * A rule's `name` (PascalCase of its id: `yaml-syntax` → `YamlSyntax`), or nothing when that
 * differs from the id only in case (`placeholder`): SARIF1001 wants the two distinct, else no name.
 */
function ruleName(id: string): { name?: string } {
  const name = id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
  return name.toLowerCase() === id.toLowerCase() ? {} : { name };
}
