import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // No wall-clock limit a slow or busy machine could hit: a test fails on what it checks, never
    // on how long it took. The bound only stops a hung run, well inside CI's 90 minutes.
    testTimeout: 30 * 60_000,
    hookTimeout: 30 * 60_000,
  },
});
