/** Starts the built site and a headless Debian chromium; never downloads a browser. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const appDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const buildDir = resolve(appDir, 'build');
export const resultsDir = resolve(appDir, 'test-results');

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface Harness {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(resolve(buildDir, 'index.html'))) {
    throw new Error('build/index.html is missing: run `vite build` before the browser tests');
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No chromium at ${CHROMIUM_PATH}: install Debian chromium (apt-get install chromium)`,
    );
  }
  const server: PreviewServer = await preview({
    root: appDir,
    logLevel: 'error',
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('vite preview did not report a URL');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    timeout: 0, // a busy machine may take long to start a browser; that is no failure
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-gpu',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    url: url.replace(/\/$/, ''),
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((done) => {
        server.httpServer.close(() => {
          done();
        });
      });
    },
  };
}
