// The browser tests: the built site (build/), served by `vite preview`, driven by playwright-core
// with Debian chromium. Run after `vite build` (turbo's test:browser depends on build).
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { stepCopyPlugin } from './src/lib/copy/step-copy-plugin.js';

export default defineConfig({
  plugins: [stepCopyPlugin(), sveltekit()],
  test: {
    include: ['tests/browser/**/*.browser.test.ts'],
    environment: 'node',
    fileParallelism: false,
    // No wall-clock limit a slow or busy machine could hit: a test fails on what it checks, never
    // on how long it took. The bound only stops a hung run, well inside CI's 90 minutes.
    testTimeout: 30 * 60_000,
    hookTimeout: 30 * 60_000,
  },
});
