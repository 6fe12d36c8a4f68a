/** The share card and the absolute URLs it needs. */
import { describe, expect, it } from 'vitest';
import { filterWeekly } from '@blueline/core';
import { shareCardBars, shareCardPng, shareCardSvg } from '$lib/server/share-card';
import { DEFAULT_SITE_ORIGIN, siteOrigin } from '$lib/server/site';
import { pageData, snapshot } from './fixtures';

describe('siteOrigin', () => {
  it('defaults to the address ./run start serves', () => {
    expect(siteOrigin(undefined)).toBe(DEFAULT_SITE_ORIGIN);
    expect(siteOrigin('  ')).toBe(DEFAULT_SITE_ORIGIN);
  });

  it('keeps a path and drops a trailing slash', () => {
    expect(siteOrigin('https://news.example/projects/blueline/')).toBe(
      'https://news.example/projects/blueline',
    );
  });

  it('refuses what is not an http(s) URL, naming the variable', () => {
    expect(() => siteOrigin('blueline.example')).toThrow(/SITE_ORIGIN/);
    expect(() => siteOrigin('ftp://blueline.example')).toThrow(/http or https/);
  });
});

describe('the share card', () => {
  const svg = shareCardSvg(snapshot, pageData.copy);

  it('draws one ACLED bar per week up to the ceasefire, the lower-bound weeks hatched', () => {
    const bars = shareCardBars(snapshot);
    const acled = filterWeekly(snapshot.weekly, { side: 'israel', source: 'acled' });
    expect(bars[0]?.week).toBe(acled[0]?.weekStart);
    expect(bars.at(-1)?.week).toBe('2024-11-24');
    for (const [index, bar] of bars.entries()) {
      if (index > 0) expect(bar.week > (bars[index - 1]?.week ?? '')).toBe(true);
      const row = snapshot.weekly.find(
        (one) => one.weekStart === bar.week && one.side === 'israel' && one.source === 'acled',
      );
      expect(row?.count).toBe(bar.count);
      expect(bar.lowerBound).toBe(row?.completeness === 'lower-bound');
    }
    const lowerBound = bars.filter((bar) => bar.lowerBound);
    expect(lowerBound.length).toBeGreaterThan(0);
    expect(svg.match(/fill="url\(#hatch\)"/g)).toHaveLength(lowerBound.length);
  });

  it('draws the tallest bar for the busiest week', () => {
    const bars = shareCardBars(snapshot);
    const rects = [
      ...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="[\d.]+" height="([\d.]+)"/g),
    ].map((match) => ({ x: Number(match[1]), height: Number(match[2]) }));
    expect(rects).toHaveLength(bars.length);
    const tallest = rects.indexOf(rects.reduce((a, b) => (b.height > a.height ? b : a)));
    const busiest = bars.indexOf(bars.reduce((a, b) => (b.count > a.count ? b : a)));
    expect(tallest).toBe(busiest);
    expect(svg).toContain(pageData.copy.september22Strikes);
  });

  it('is a 1200×630 PNG', () => {
    const png = shareCardPng(snapshot, pageData.copy);
    expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect(view.getUint32(16)).toBe(1200);
    expect(view.getUint32(20)).toBe(630);
  });

  it('links absolute URLs from the page', () => {
    expect(pageData.front.share.image).toMatch(/^https?:\/\/.+\/share-card\.png$/);
    expect(pageData.front.share.url).toMatch(/^https?:\/\//);
  });
});
