import { defineConfig } from "vitest/config";

// End-to-end tests: a real VS Code (code-server) driven through headless Chromium, with the
// extension installed from a .vsix built once per run (tests/e2e/global-setup.ts). Needs
// `bash .ci/provision-e2e.sh` first. Run with
//   npm run test:e2e
export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/e2e/**/*.e2e.test.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
