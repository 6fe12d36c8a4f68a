/** /openapi.json describes every route; /docs renders it as self-contained, accessible HTML. */
import { describe, expect, it } from 'vitest';
import { PROBLEM_KINDS } from '../src/http/problem.js';
import { get, testApp } from './helpers.js';

const { app } = testApp();

interface Document {
  openapi: string;
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
  components: { schemas: Record<string, unknown> };
}

const ENDPOINTS = [
  '/health',
  '/v1/summary',
  '/v1/provenance',
  '/v1/metadata',
  '/v1/metadata/{dataset}',
  '/v1/csis',
  '/v1/weekly',
  '/v1/distance',
  '/v1/phases',
  '/v1/cells',
  '/v1/geo/{layer}',
  '/v1/series',
  '/v1/timeline',
  '/v1/key-figures',
  '/v1/incidents',
  '/openapi.json',
  '/docs',
];

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document listing every endpoint', async () => {
    const response = await get(app, '/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as Document;
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).sort()).toEqual([...ENDPOINTS].sort());
  });

  it('documents each query parameter of /v1/weekly from its zod schema', async () => {
    const document = (await (await get(app, '/openapi.json')).json()) as Document;
    const parameters = document.paths['/v1/weekly']?.get?.parameters ?? [];
    expect(parameters.map((parameter) => parameter.name)).toEqual([
      'side',
      'source',
      'from',
      'to',
      'format',
    ]);
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['WeeklyRow', 'Problem', 'Summary', 'Incident', 'KeyEvent']),
    );
  });
});

describe('GET /docs', () => {
  it('renders every endpoint and every problem type as plain HTML with no scripts', async () => {
    const response = await get(app, '/docs');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.)[a-z]/i);
    for (const path of ENDPOINTS) expect(html).toContain(`<code>${path}</code>`);
    for (const kind of Object.keys(PROBLEM_KINDS)) expect(html).toContain(`id="problem-${kind}"`);
  });

  it('links every in-page reference to an existing id', async () => {
    const html = await (await get(app, '/docs')).text();
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    expect(targets.length).toBeGreaterThan(10);
    for (const target of targets) expect(ids, target).toContain(target);
  });

  it('uses header cells in every table, for screen readers', async () => {
    const html = await (await get(app, '/docs')).text();
    const tables = html.split('<table').slice(1);
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) expect(table).toContain('<th scope="col">');
  });

  it('gives working example links', async () => {
    const html = await (await get(app, '/docs')).text();
    const examples = [...html.matchAll(/Try it: <a href="([^"]+)"/g)].map((match) =>
      (match[1] ?? '').replaceAll('&amp;', '&'),
    );
    expect(examples.length).toBeGreaterThan(5);
    for (const example of examples) {
      const status = (await get(app, example)).status;
      // Example dates come from the real data's range; the synthetic snapshot is narrower.
      expect([200, 400, 404], example).toContain(status);
    }
  });
});
