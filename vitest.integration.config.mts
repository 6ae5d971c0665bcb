import { defineConfig } from 'vitest/config';

// The end-to-end suite: packs the plugin, installs it into throw-away projects with
// their own ESLint 8, 9 and 10, and drives the CLI and the editor's language server.
export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    globalSetup: ['tests/integration/global-setup.ts'],
    // Each test spawns real processes (the eslint CLI, tsc, a language server).
    testTimeout: 120_000,
    // npm installs of every project happen once, in parallel, in the global setup.
    hookTimeout: 600_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
