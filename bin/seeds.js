#!/usr/bin/env node
// Thin launcher: the CLI is bundled by esbuild into dist/cli.js (npm install runs the build).
require("../dist/cli.js");
