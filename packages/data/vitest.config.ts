import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The real-data tests build the whole snapshot (a few seconds each).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
