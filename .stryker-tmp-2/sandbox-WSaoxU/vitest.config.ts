// @ts-nocheck
import { defineConfig } from "vitest/config";

// Unit, protocol, CLI and browser-render tests. The real-editor tier has its own config
// (vitest.e2e.config.ts) because it needs provisioning and runs one file at a time.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    testTimeout: 30000,
    hookTimeout: 60000,
  },
});
