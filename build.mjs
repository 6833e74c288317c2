// Bundles every entry point with esbuild. One file per runtime target; see ARCHITECTURE.md.
import { build } from "esbuild";

const watch = process.argv.includes("--watch");
const production = process.argv.includes("--production");
const common = {
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
  { entryPoints: ["client/src/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] },
];

if (!watch) {
  await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
}
