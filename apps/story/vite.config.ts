import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { stepCopyPlugin } from './src/lib/copy/step-copy-plugin.js';

export default defineConfig({
  plugins: [stepCopyPlugin(), sveltekit()],
  // The map's hex-cell worker is an ES module, like the rest of the app.
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // No wall-clock limit a slow or busy machine could hit: a test fails on what it checks, never
    // on how long it took. The bound only stops a hung run, well inside CI's 90 minutes.
    testTimeout: 30 * 60_000,
    hookTimeout: 30 * 60_000,
  },
});
