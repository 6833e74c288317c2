import { defineConfig } from 'vitest/config';

// End-to-end tests: a real VS Code (code-server) driven through headless
// Chromium. Needs `bash .ci/provision-e2e.sh` first. Run with
//   npx vitest run -c vitest.e2e.config.ts
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
