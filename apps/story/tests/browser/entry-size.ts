/** The JavaScript a page loads before any interaction: its modulepreloads and entry imports. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntryScript {
  readonly file: string;
  readonly gzipBytes: number;
}

export function entryScripts(buildDir: string): EntryScript[] {
  const html = readFileSync(resolve(buildDir, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (tag.includes('rel="modulepreload"') && href !== undefined) files.add(href);
  }
  for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) {
    if (match[1] !== undefined) files.add(match[1]);
  }
  for (const match of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) {
    if (match[1] !== undefined) files.add(match[1]);
  }
  return [...files].map((file) => ({
    file,
    gzipBytes: gzipSync(readFileSync(resolve(buildDir, file.replace(/^\.?\//, ''))), { level: 9 })
      .length,
  }));
}
