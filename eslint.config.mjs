// Lint rules that keep the architecture honest: the engine and the renderer are pure
// (no editor, no protocol, no file system), so they can run in the CLI, the server and a webview.
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";

const node = ["fs", "path", "os", "child_process", "worker_threads", "process", "url", "crypto", "net", "http", "https", "stream", "util", "events"];
const pure = {
  paths: [
    { name: "vscode", message: "The engine is editor-agnostic." },
    ...node.map((name) => ({ name, message: "The engine does no I/O: the caller passes text in." })),
  ],
  patterns: [
    { group: ["node:*"], message: "The engine does no I/O: the caller passes text in." },
    { group: ["vscode-languageserver*", "vscode-languageclient*", "vscode-jsonrpc*"], message: "The engine knows no protocol." },
    { group: ["**/cli/**", "**/lsp/**", "**/client/**"], message: "The engine must not depend on its adapters." },
  ],
};

// Adapters import the engine from its index only, so its internals can move freely.
const viaIndex = { group: ["**/engine/*", "!**/engine/index"], message: "Import the engine from its index (server/src/engine)." };

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "**/*.js", "**/*.mjs", ".bench/**", "tests/e2e/artifacts/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  // Every regular expression that reads seed text runs in linear time: a seed is untrusted input,
  // and one hostile line must not freeze the CLI or the editor (issue 9).
  { ...regexp.configs["flat/recommended"], files: ["server/src/**/*.ts", "client/src/**/*.ts"] },
  {
    files: ["server/src/**/*.ts", "client/src/**/*.ts"],
    rules: {
      "regexp/no-super-linear-backtracking": ["error", { report: "potential" }],
      "regexp/no-super-linear-move": ["error", { report: "potential", ignoreSticky: false, ignorePartial: false }],
      // Style only: `[A-Za-z]` says what it means without reading the flags; rewriting every
      // such class would churn files for no change in behaviour.
      "regexp/use-ignore-case": "off",
    },
  },
  { files: ["server/src/engine/**/*.ts"], rules: { "no-restricted-imports": ["error", pure] } },
  // The engine's layers: rules/ holds rules, which the registry alone lists; a rule builds on the
  // seed model (model/), the rule factories, the schema, the parser's types and the text helpers,
  // never on another rule or on the engine's entry points. Everything else in the engine sees
  // rules through registry.ts and rule.ts only, so a rule can change without touching its users.
  {
    files: ["server/src/engine/rules/*.ts"],
    ignores: ["server/src/engine/rules/registry.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          ...pure,
          patterns: [
            ...pure.patterns,
            { group: ["./*", "!./rule"], message: "A rule imports no other rule: what rules share lives in engine/model/." },
            { group: ["../check", "../index", "../rule-docs", "../fixes"], message: "A rule does not depend on the engine's entry points." },
          ],
        },
      ],
    },
  },
  {
    files: ["server/src/engine/**/*.ts"],
    ignores: ["server/src/engine/rules/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          ...pure,
          patterns: [
            ...pure.patterns,
            {
              group: ["**/rules/*", "!**/rules/rule", "!**/rules/registry"],
              message: "Outside rules/, see rules through rules/registry.ts and rules/rule.ts only.",
            },
          ],
        },
      ],
    },
  },
  // The renderer is pure too, and like every adapter sees the engine through its index only.
  { files: ["server/src/render/**/*.ts"], rules: { "no-restricted-imports": ["error", { ...pure, patterns: [...pure.patterns, viaIndex] }] } },
  {
    files: ["server/src/cli/**/*.ts", "server/src/files/**/*.ts", "server/src/lsp/**/*.ts", "client/src/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [viaIndex] }] },
  },
);
