import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/integration/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // Typed rule tests build a TypeScript program per fixture; the first one is slow.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
