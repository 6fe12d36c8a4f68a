/**
 * The share card (Open Graph / Twitter image), drawn at build time from the snapshot: Israeli
 * strikes on Lebanon per week from ACLED, up to the ceasefire week — the weeks ACLED counts only
 * in part (lower bounds) hatched — with the headline and the spine's two numbers. An SVG string rendered to PNG by resvg (its
 * binary ships inside the npm package; no browser, no network).
 */
import { Resvg } from '@resvg/resvg-js';
import { filterWeekly } from '@blueline/core';
import { scaleBand, scaleLinear } from 'd3-scale';
import { FRONT } from '$lib/copy/front';
import { resolveTemplate } from '$lib/copy/template';
import type { CopyValues } from '$lib/facts/values';
import { formatLongDate } from '$lib/format/numbers';
import type { StorySnapshot } from '$lib/snapshot';
import { SHARE_IMAGE } from './site';

const ISRAEL = '#0072b2';
const INK = '#1b1b1b';
const MUTED = '#555555';
const PAPER = '#fdfcfa';
const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

const escape = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The weekly bars: ACLED strikes up to the ceasefire's week, lower-bound weeks flagged. */
export function shareCardBars(
  snapshot: StorySnapshot,
): { week: string; count: number; lowerBound: boolean }[] {
  const ceasefire = snapshot.timeline.find((event) => event.id === 'ceasefire')?.date ?? '9999';
  return filterWeekly(snapshot.weekly, { side: 'israel', source: 'acled' })
    .filter((row) => row.weekStart <= ceasefire)
    .map((row) => ({
      week: row.weekStart,
      count: row.count,
      lowerBound: row.completeness === 'lower-bound',
    }));
}

/** The card as SVG, 1200×630. */
export function shareCardSvg(snapshot: StorySnapshot, values: CopyValues): string {
  const { width, height } = SHARE_IMAGE;
  const data = shareCardBars(snapshot);
  const chart = { left: 70, right: width - 60, top: 230, bottom: height - 80 };
  const x = scaleBand()
    .domain(data.map((bar) => bar.week))
    .range([chart.left, chart.right])
    .paddingInner(0.15);
  const max = Math.max(...data.map((bar) => bar.count));
  const y = scaleLinear().domain([0, max]).nice().range([chart.bottom, chart.top]);
  const rects = data
    .map((bar) => {
      const top = y(bar.count);
      return `<rect x="${(x(bar.week) ?? 0).toFixed(1)}" y="${top.toFixed(1)}" width="${x.bandwidth().toFixed(1)}" height="${(chart.bottom - top).toFixed(1)}" fill="${bar.lowerBound ? 'url(#hatch)' : ISRAEL}"/>`;
    })
    .join('');
  const ticks = y
    .ticks(4)
    .map(
      (tick) =>
        `<line x1="${chart.left}" x2="${chart.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#d8d6d0"/><text x="${chart.left - 10}" y="${y(tick) + 6}" text-anchor="end" font-size="18" fill="${MUTED}">${tick}</text>`,
    )
    .join('');
  const first = data[0]?.week ?? '';
  const last = data.at(-1)?.week ?? '';
  const subtitle = resolveTemplate(FRONT.shareCardSubtitle, values);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">
<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${PAPER}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${ISRAEL}" stroke-width="2"/></pattern></defs>
<rect width="${width}" height="${height}" fill="${PAPER}"/>
<rect width="${width}" height="10" fill="${INK}"/>
<text x="60" y="70" font-size="22" font-weight="bold" fill="#a34700" letter-spacing="2">${escape(FRONT.kicker.toUpperCase())}</text>
<text x="60" y="120" font-size="40" font-weight="bold" fill="${INK}">${escape(FRONT.headline)}</text>
<text x="60" y="165" font-size="20" fill="${MUTED}">${escape(subtitle)}</text>
${ticks}${rects}
<line x1="${chart.left}" x2="${chart.right}" y1="${chart.bottom}" y2="${chart.bottom}" stroke="${INK}"/>
<text x="${chart.left}" y="${chart.bottom + 30}" font-size="18" fill="${MUTED}">${escape(formatLongDate(first))}</text>
<text x="${chart.right}" y="${chart.bottom + 30}" font-size="18" fill="${MUTED}" text-anchor="end">${escape(formatLongDate(last))}</text>
<text x="${chart.left}" y="${height - 18}" font-size="17" fill="${MUTED}">${escape(`Data: ACLED. Hatched from ${values.incompleteFrom}: lower bounds (ACLED read in part). ${FRONT.byline}`)}</text>
</svg>`;
}

/** The card as PNG bytes. */
export function shareCardPng(snapshot: StorySnapshot, values: CopyValues): Uint8Array {
  const resvg = new Resvg(shareCardSvg(snapshot, values), {
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'width', value: SHARE_IMAGE.width },
  });
  return resvg.render().asPng();
}
