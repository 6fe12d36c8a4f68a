// Fully prerendered: every page and every data download is written to build/ at build time.
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // The stylesheets (~17 KB, ~5 KB gzipped) go inline: no render-blocking request before the
    // first paint on a slow phone connection.
    inlineStyleThreshold: 32 * 1024,
    adapter: adapter({ strict: true }),
    prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
    typescript: {
      // Type-check the config files too (the generated tsconfig covers src/ and tests/).
      config: (tsconfig) => {
        tsconfig.include.push(
          '../vitest.browser.config.ts',
          '../svelte.config.js',
          '../bench/**/*.ts',
        );
      },
    },
  },
};

export default config;
