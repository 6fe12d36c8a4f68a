import { defineConfig } from 'vitest/config';

// Route tests run in-process through app.request(); the BYOD tests build SQLite files in a temp
// dir, so they get a longer timeout than the default.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
