// Bundles every entry point with esbuild. One file per runtime target; see ARCHITECTURE.md.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";

const production = process.argv.includes("--production");

/**
 * zod re-exports its 50 message locales as `z.locales`, which no tree-shaking can drop: 300 KB of
 * every bundle, compiled at each start of the server and of the extension (the cold open waits
 * for both). We use the English messages zod configures by default; the others are left out.
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.c?js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](?:classic|core)$/.test(args.resolveDir) ? { path: "zod-english-locales", namespace: "zod-english-only" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "zod-english-only" }, () => ({
      contents: 'export { default as en } from "./node_modules/zod/v4/locales/en.js";',
      resolveDir: process.cwd(),
      loader: "js",
    }));
  },
};

const common = {
  plugins: [zodEnglishOnly],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: !production,
  minify: production,
  logLevel: "warning",
  legalComments: "none",
};

export const entries = [
  { entryPoints: ["server/src/cli/bin.ts"], outfile: "dist/cli.js" },
  { entryPoints: ["server/src/lsp/server-main.ts"], outfile: "dist/server.js" },
  // The language server's index worker, started by dist/server.js and dist/cli.js (seeds lsp).
  { entryPoints: ["server/src/lsp/indexing/index-worker.ts"], outfile: "dist/lsp-indexer.js" },
  // The language server's check worker for large open documents (diagnostics/off-thread-checks.ts).
  { entryPoints: ["server/src/lsp/diagnostics/check-worker.ts"], outfile: "dist/lsp-checker.js" },
  // The extension: a small entry that forks the server, then loads the rest (client/src/bootstrap.ts).
  { entryPoints: ["client/src/bootstrap.ts"], outfile: "dist/extension.js", external: ["vscode"] },
  { entryPoints: ["client/src/extension.ts"], outfile: "dist/extension-main.js", external: ["vscode"] },
  // The preview webview: its script (browser) and the stylesheet `seeds render` also inlines.
  { entryPoints: ["client/src/preview/webview/main.ts"], outfile: "dist/preview.js", platform: "browser", format: "iife", target: "es2022" },
  { entryPoints: ["server/src/render/preview.css"], outfile: "dist/preview.css", loader: { ".css": "copy" } },
];

await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
// JSON Schemas from the engine, via the CLI just built: the editor validates seeds.config.json
// with the first (package.json contributes.jsonValidation).
const schema = (...args) => execFileSync(process.execPath, ["dist/cli.js", "schema", ...args]);
writeFileSync("dist/seeds.config.schema.json", schema("--config"));
writeFileSync("dist/seed.schema.json", schema());
