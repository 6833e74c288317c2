// package.json's VS Code manifest stays in step with the code it describes.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALL_RULES } from "../../server/src/engine";
import { DEFAULT_REVIEW_INTERVAL_DAYS } from "../../server/src/engine/config";
import { DEFAULT_SEED_GLOBS } from "../../client/src/seed-files";
import { CLIENT_ID } from "../../client/src/server-protocol";

const root = new URL("../../", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));
const properties = manifest.contributes.configuration.properties;

describe("package.json manifest", () => {
  it("activates for seeds, Markdown and plain text (which may be seeds), a workspace with seeds and the preview", () => {
    // A workspace with seeds starts the server as the window loads, before the first seed is opened.
    expect(manifest.activationEvents).toEqual([
      "onLanguage:seed",
      "onLanguage:markdown",
      "onLanguage:plaintext",
      "workspaceContains:**/seeds.config.json",
      "workspaceContains:**/seeds/**/*.md",
      "workspaceContains:**/seeds/**/*.txt",
      "onWebviewPanel:seeds.preview",
    ]);
    expect(manifest.main).toBe("./dist/extension.js");
  });

  it("assigns the seed language by content at run time, never by file name alone", () => {
    const [language] = manifest.contributes.languages;
    expect(language).toMatchObject({ id: "seed", aliases: ["Seed", "seed"] });
    // A README under seeds/ is not a seed: no static pattern may claim it.
    expect(language.filenamePatterns).toBeUndefined();
    expect(language.extensions).toBeUndefined();
    expect(properties["seeds.files"].default).toEqual(DEFAULT_SEED_GLOBS);
  });

  it("points at files that exist and parse", () => {
    const [language] = manifest.contributes.languages;
    const [grammar] = manifest.contributes.grammars;
    expect(grammar).toMatchObject({ language: "seed", scopeName: "text.seed", path: "./syntaxes/seed.tmLanguage.json" });
    expect(JSON.parse(readFileSync(new URL(grammar.path, root), "utf8")).scopeName).toBe("text.seed");
    const configuration = JSON.parse(readFileSync(new URL(language.configuration, root), "utf8"));
    expect(configuration.comments.blockComment).toEqual(["<!--", "-->"]);
    expect(configuration.autoClosingPairs).toContainEqual({ open: "**", close: "**", notIn: ["string", "comment"] });
    expect(existsSync(new URL(manifest.icon, root))).toBe(true);
  });

  it("wraps long prose lines in seeds by default, like VS Code does for Markdown", () => {
    expect(manifest.contributes.configurationDefaults["[seed]"]["editor.wordWrap"]).toBe("on");
  });

  it("formats on type in seeds: the server keeps an entry's indentation on Enter", () => {
    // The frontmatter is embedded YAML, whose own Enter rules apply there; the server's
    // onTypeFormatting ("\n") corrects the new line, which needs editor.formatOnType.
    expect(manifest.contributes.configurationDefaults["[seed]"]["editor.formatOnType"]).toBe(true);
    const [language] = manifest.contributes.languages;
    expect(JSON.parse(readFileSync(new URL(language.configuration, root), "utf8")).onEnterRules).toBeUndefined();
  });

  it("offers a severity setting for every rule, with its description and default", () => {
    const rules = properties["seeds.rules"];
    expect(Object.keys(rules.properties)).toEqual(ALL_RULES.map((rule) => rule.id));
    for (const rule of ALL_RULES) {
      expect(rules.properties[rule.id]).toEqual({
        type: "string",
        enum: ["off", "info", "warning", "error"],
        markdownDescription: `${rule.description} (default: \`${rule.severity}\`)`,
      });
    }
  });

  it("declares every setting with a description and the documented default", () => {
    const defaults = Object.fromEntries(Object.entries(properties).map(([key, value]: [string, any]) => [key, value.default]));
    expect(defaults).toEqual({
      "seeds.files": [],
      "seeds.diagnostics.scope": "openFiles",
      "seeds.rules": {},
      "seeds.reviewIntervalDays": DEFAULT_REVIEW_INTERVAL_DAYS,
      "seeds.debounceMs": null,
      "seeds.preview.scrollSync": true,
      "seeds.trace.server": "off",
    });
    for (const value of Object.values(properties) as any[]) expect(value.description ?? value.markdownDescription).toMatch(/\w{3,}.*\./);
    expect(properties["seeds.diagnostics.scope"].enum).toEqual(["openFiles", "workspace"]);
    expect(properties["seeds.trace.server"].enum).toEqual(["off", "messages", "verbose"]);
    expect(`${CLIENT_ID}.trace.server` in properties).toBe(true); // the language client reads <id>.trace.server
  });

  it("validates seeds.config.json against the schema the build writes", () => {
    expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: "seeds.config.json", url: "./dist/seeds.config.schema.json" }]);
  });

  it("shows the preview button on seed editors, and seed-only commands only for seeds", () => {
    expect(manifest.contributes.menus["editor/title"]).toEqual([{ command: "seeds.openPreviewToSide", when: "editorLangId == seed", group: "navigation" }]);
    expect(manifest.contributes.commands.find((command: any) => command.command === "seeds.openPreviewToSide").icon).toBe("$(open-preview)");
    const palette = Object.fromEntries(manifest.contributes.menus.commandPalette.map((entry: any) => [entry.command, entry.when]));
    expect(palette).toEqual({
      "seeds.regenerateTable": "editorLangId == seed",
      "seeds.markReviewed": "editorLangId == seed",
      "seeds.openPreviewToSide": "editorLangId == seed",
    });
  });

  it("runs in untrusted workspaces (no workspace code is run)", () => {
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
    expect(manifest.capabilities.virtualWorkspaces.supported).toBe("limited");
  });
});
