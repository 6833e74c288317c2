#!/usr/bin/env node
// @ts-nocheck
// Thin launcher: the CLI is bundled by esbuild into dist/cli.js (npm install runs the build).
require("../dist/cli.js");
