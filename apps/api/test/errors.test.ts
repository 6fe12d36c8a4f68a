/**
 * Every way a client can get a request wrong gets an RFC 9457 problem naming what was wrong —
 * and never a 5xx.
 */
import { describe, expect, it } from 'vitest';
import { badParameters, expectProblem, get, testApp } from './helpers.js';

const { app, errors } = testApp();

describe('400 invalid parameters', () => {
  it.each([
    ['bad enum', '/v1/weekly?side=isreal', ['side']],
    ['bad source', '/v1/weekly?source=twitter', ['source']],
    ['bad format', '/v1/weekly?format=xml', ['format']],
    ['bad date syntax', '/v1/weekly?from=08-10-2023', ['from']],
    ['impossible date', '/v1/weekly?to=2023-02-30', ['to']],
    ['from after to', '/v1/weekly?from=2023-12-01&to=2023-11-01', ['from']],
    ['date outside the data', '/v1/weekly?from=2019-01-01', ['from']],
    ['unknown parameter', '/v1/weekly?sdie=israel', ['sdie']],
    ['repeated parameter', '/v1/weekly?side=israel&side=hezbollah', ['side']],
    ['several at once', '/v1/weekly?side=x&foo=1&from=nope', ['side', 'from', 'foo']],
    ['unknown parameter on a parameterless route', '/v1/summary?verbose=1', ['verbose']],
    ['bad bins syntax', '/v1/distance?bins=0,two,5', ['bins']],
    ['bins not starting at 0', '/v1/distance?bins=2,5', ['bins']],
    ['bins not increasing', '/v1/distance?bins=0,5,5', ['bins']],
    ['bins not on the fine grid', '/v1/distance?bins=0,2.5', ['bins']],
    ['bins beyond the fine grid', '/v1/distance?bins=0,500', ['bins']],
    ['empty bins', '/v1/distance?bins=', ['bins']],
    [
      'too many bins',
      `/v1/distance?bins=${Array.from({ length: 101 }, (_, i) => i).join(',')}`,
      ['bins'],
    ],
    ['bad period', '/v1/distance?period=yesterday', ['period']],
    ['bad cells format', '/v1/cells?format=kml', ['format']],
    ['bad tag', '/v1/timeline?tag=ceasefire,peace', ['tag']],
    ['bad layer', '/v1/geo/rivers', ['layer']],
  ])('%s', async (_, url, names) => {
    const response = await get(app, url);
    expect((await badParameters(response)).sort()).toEqual([...names].sort());
  });

  it('explains each bad parameter and echoes the request as the instance', async () => {
    const body = await expectProblem(await get(app, '/v1/weekly?side=isreal&foo=1'), 400);
    expect(body.type).toBe('/docs#problem-invalid-parameters');
    expect(body.instance).toBe('/v1/weekly?side=isreal&foo=1');
    const side = body.errors?.find((entry) => entry.name === 'side');
    expect(side?.in).toBe('query');
    expect(side?.reason).toContain('israel');
    const foo = body.errors?.find((entry) => entry.name === 'foo');
    expect(foo?.reason).toContain('not a parameter of this endpoint');
    expect(foo?.reason).toContain('side, source, from, to, format');
  });

  it('names the path parameter for a bad layer', async () => {
    const body = await expectProblem(await get(app, '/v1/geo/rivers'), 400);
    expect(body.errors?.[0]).toMatchObject({ name: 'layer', in: 'path' });
  });

  it('is not cached', async () => {
    const response = await get(app, '/v1/weekly?side=isreal');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('404 and 405', () => {
  it('answers unknown paths with a 404 problem', async () => {
    const body = await expectProblem(await get(app, '/v2/weekly'), 404);
    expect(body.type).toBe('/docs#problem-not-found');
    expect(body.instance).toBe('/v2/weekly');
  });

  it('answers a trailing slash as a different path', async () => {
    await expectProblem(await get(app, '/v1/weekly/'), 404);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('answers %s with 405 and Allow', async (method) => {
    const response = await app.request('/v1/weekly', { method });
    const body = await expectProblem(response, 405);
    expect(body.type).toBe('/docs#problem-method-not-allowed');
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers 405 on a parameterised path too', async () => {
    const response = await app.request('/v1/geo/litani', { method: 'DELETE' });
    await expectProblem(response, 405);
  });
});

describe('414 URI too long', () => {
  it('refuses URLs over 2,048 characters before validating them', async () => {
    const url = `/v1/weekly?side=${'x'.repeat(2100)}`;
    const body = await expectProblem(await get(app, url), 414);
    expect(body.type).toBe('/docs#problem-uri-too-long');
    expect(body.instance).toBe('/v1/weekly');
  });

  it('accepts a URL of exactly the limit', async () => {
    const base = '/v1/weekly?side=all&format=json&source=acled&from=2023-10-08&to=';
    const response = await get(app, `${base}${'9'.repeat(2048 - base.length)}`);
    expect(response.status).toBe(400);
  });
});

describe('no 5xx from client input', () => {
  it('has reported no server errors across this file', () => {
    expect(errors).toEqual([]);
  });
});

describe('500 for real bugs', () => {
  it('answers a bug with a bare 500 problem and reports it', async () => {
    const buggy = testApp();
    buggy.app.get('/boom', () => {
      throw new Error('a bug');
    });
    const body = await expectProblem(await get(buggy.app, '/boom'), 500);
    expect(body.detail).not.toContain('a bug');
    expect(buggy.errors).toHaveLength(1);
  });
});
