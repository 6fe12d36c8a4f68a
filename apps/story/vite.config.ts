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
  },
});
