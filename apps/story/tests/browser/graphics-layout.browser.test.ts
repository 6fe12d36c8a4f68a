/**
 * The graphic's typography and cartography, step by step, at desktop and phone sizes:
 * - no two visible texts in the graphic overlap, none is clipped by the graphic's frame, and
 *   none runs under a map's locator inset;
 * - every map that draws events states its period in the graphic, and every map has a scale bar
 *   and a locator inset.
 * Run with reduced motion so each step is checked in its settled state (transitions are checked
 * by eye in the screenshots this test writes to test-results/layout-<viewport>/).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STEPS } from '$lib/story/chapters';
import { graphicKey, graphicStateFor } from '$lib/story/graphics';
import type { DateWindow } from '$lib/story/types';
import { resultsDir, startHarness, type Harness } from './harness';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'mobile', width: 390, height: 844 },
] as const;

/** Overlaps smaller than this (px, both ways) are anti-aliasing, not a collision. */
const TOLERANCE_PX = 1;

interface TextBox {
  readonly text: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

interface LayoutReport {
  readonly frame: { left: number; top: number; right: number; bottom: number };
  readonly texts: TextBox[];
  /** Map insets (the locator), which no text outside them may run under. */
  readonly insets: TextBox[];
}

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness.close();
});

/**
 * Every visible text in the active panel of the graphic: SVG `text` and any HTML element marked
 * `data-graphic-text`, with its box on screen, and the panel's frame.
 */
async function collectTexts(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const panels = document.querySelector<HTMLElement>('[data-graphic] .panels');
    if (panels === null) throw new Error('no graphic panels');
    const frameRect = panels.getBoundingClientRect();
    const visible = (element: Element): boolean => {
      for (let node: Element | null = element; node !== null; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden') return false;
        if (Number(style.opacity) < 0.05) return false;
        if (node === panels) break;
      }
      return true;
    };
    const texts: {
      text: string;
      left: number;
      top: number;
      right: number;
      bottom: number;
    }[] = [];
    const insets = [...panels.querySelectorAll('[data-locator]')]
      .filter(visible)
      .map((element) => {
        const rect = element.getBoundingClientRect();
        return {
          text: 'locator inset',
          left: rect.left,
          top: rect.top,
          right: rect.right,
          bottom: rect.bottom,
        };
      })
      .filter((box) => box.right > box.left && box.bottom > box.top);
    for (const element of panels.querySelectorAll('text, [data-graphic-text]')) {
      const text = element.textContent.trim();
      if (text === '' || !visible(element) || element.closest('[data-locator]') !== null) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      texts.push({ text, left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
    }
    return {
      frame: {
        left: frameRect.left,
        top: frameRect.top,
        right: frameRect.right,
        bottom: frameRect.bottom,
      },
      texts,
      insets,
    };
  });
}

function collisions(texts: readonly TextBox[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i];
      const b = texts[j];
      if (a === undefined || b === undefined) continue;
      const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (overlapX > TOLERANCE_PX && overlapY > TOLERANCE_PX) {
        found.push(`"${a.text}" overlaps "${b.text}"`);
      }
    }
  }
  return found;
}

/** Texts that run under a map inset (the locator), which hides them. */
function underInsets(report: LayoutReport): string[] {
  return report.insets.flatMap((inset) =>
    collisions([inset, ...report.texts])
      .filter(
        (problem) => problem.endsWith(`"${inset.text}"`) || problem.startsWith(`"${inset.text}"`),
      )
      .map((problem) =>
        problem.replace(/^"locator inset" overlaps (.*)$/, '$1 runs under the locator inset'),
      ),
  );
}

function clipped(report: LayoutReport): string[] {
  const { frame } = report;
  return report.texts
    .filter(
      (box) =>
        box.left < frame.left - TOLERANCE_PX ||
        box.right > frame.right + TOLERANCE_PX ||
        box.top < frame.top - TOLERANCE_PX ||
        box.bottom > frame.bottom + TOLERANCE_PX,
    )
    .map((box) => `"${box.text}" is clipped by the frame`);
}

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dayMonthYear = {
  format: (date: Date): string =>
    `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`,
};

/** The dates a map period must name: its first day and, for several weeks, its last day. */
function periodDates(window: DateWindow): string[] {
  const first = new Date(`${window.from}T00:00:00Z`);
  if (window.from === window.to) return [dayMonthYear.format(first)];
  const last = new Date(new Date(`${window.to}T00:00:00Z`).getTime() + 6 * DAY_MS);
  return [dayMonthYear.format(first), dayMonthYear.format(last)];
}

async function scrollToStep(page: Page, index: number): Promise<void> {
  await page.evaluate((stepIndex) => {
    const step = document.querySelector<HTMLElement>(`[data-step-index="${stepIndex}"]`);
    if (step === null) throw new Error(`no step ${stepIndex}`);
    const top = step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.57;
    window.scrollTo({ top, behavior: 'instant' });
  }, index);
  await page.waitForFunction(
    (value) =>
      document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === value,
    String(index),
    { timeout: 5000 },
  );
}

/** Smallest on-screen text height (px) that still reads; ~5 px text is the desktop shrunk. */
const MIN_TEXT_PX = 9;

describe.each(VIEWPORTS)('the graphic at $width×$height', (viewport) => {
  it('reads without JavaScript: prerendered chart text is legible and does not collide', async () => {
    const context = await harness.browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(harness.url, { waitUntil: 'load' });
    const figure = page.locator('[data-graphic]');
    await figure.scrollIntoViewIfNeeded();
    await figure.screenshot({ path: resolve(resultsDir, `layout-${viewport.name}-no-js.png`) });
    const report = await collectTexts(page);
    expect(report.texts.length).toBeGreaterThan(5);
    const tiny = report.texts
      .filter((box) => box.bottom - box.top < MIN_TEXT_PX)
      .map((box) => `"${box.text}" is ${(box.bottom - box.top).toFixed(1)} px tall`);
    expect([...tiny, ...collisions(report.texts), ...clipped(report)]).toEqual([]);
    await context.close();
  });

  it('never overlaps or clips a text, and every map is dated and scaled', async () => {
    const context = await harness.browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(harness.url, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('[data-active-step]') !== null);
    const directory = resolve(resultsDir, `layout-${viewport.name}`);
    mkdirSync(directory, { recursive: true });

    const problems: string[] = [];
    const check = async (label: string): Promise<void> => {
      const report = await collectTexts(page);
      for (const problem of [
        ...collisions(report.texts),
        ...clipped(report),
        ...underInsets(report),
      ]) {
        problems.push(`${label}: ${problem}`);
      }
    };

    await check('no step');
    for (const step of STEPS) {
      await scrollToStep(page, step.index);
      const state = graphicStateFor(step.index);
      expect(await page.getAttribute('[data-graphic]', 'data-graphic')).toBe(graphicKey(state));
      if (state.kind === 'map' && state.window !== null) {
        await page.waitForSelector('[data-map-ready="true"]', { timeout: 10_000 });
      }
      // Settled state: reduced motion makes every change instant; this only lets paint finish.
      await page.waitForTimeout(250);
      await page.screenshot({
        path: resolve(directory, `${String(step.index + 1).padStart(2, '0')}-${step.id}.png`),
      });
      await check(step.id);

      if (state.kind === 'map') {
        const scaleBar = page.locator('[data-graphic] [data-scale-bar]');
        if (!(await scaleBar.isVisible())) problems.push(`${step.id}: no scale bar`);
        else if (!/\bkm\b/.test((await scaleBar.textContent()) ?? ''))
          problems.push(`${step.id}: scale bar has no km label`);
        if (!(await page.locator('[data-graphic] [data-locator]').isVisible()))
          problems.push(`${step.id}: no locator inset`);
        if (state.window !== null) {
          const stamp = page.locator('[data-graphic] [data-map-period]');
          const text = (await stamp.isVisible()) ? ((await stamp.textContent()) ?? '') : '';
          for (const date of periodDates(state.window)) {
            if (!text.includes(date)) problems.push(`${step.id}: period stamp lacks "${date}"`);
          }
          // The border view ends at Haifa: in the ground war Hezbollah's attacks reach past it,
          // and the stamp must say how many the frame leaves out.
          if (
            state.view === 'south' &&
            state.hezbollah === 'acled' &&
            state.window.from >= '2024-09-29' &&
            !/↓ \d+ more attacks south/.test(text)
          ) {
            problems.push(`${step.id}: attacks south of the frame go unsaid`);
          }
        }
      }
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
