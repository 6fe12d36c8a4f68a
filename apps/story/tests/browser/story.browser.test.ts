/**
 * The built story in a real browser, at desktop and phone sizes: every step reached by
 * scrolling shows its graphic state, nothing logs an error, axe finds no serious problem, the
 * page reads in full without JavaScript, reloads and anchor jumps land on the right state, and
 * the entry JavaScript stays small. Screenshots of every step go to test-results/ for review.
 * Nothing here is timed: long tasks while scrolling are measured by `pnpm bench`
 * (tests/bench/scroll-timings.ts), since a test must pass on a busy machine.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '$lib/server/snapshot';
import { buildStoryData } from '$lib/server/story-data';
import { CHAPTERS, STEPS } from '$lib/story/chapters';
import { graphicKey, graphicStateFor } from '$lib/story/graphics';
import { findMissingStoryText } from '../story-in-html';
import { entryScripts } from './entry-size';
import { buildDir, resultsDir, startHarness, type Harness } from './harness';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'mobile', width: 390, height: 844 },
] as const;

const ENTRY_BUDGET_BYTES = 150 * 1024;
/**
 * Waits have no time limit (0): what is checked is the state reached, never how fast, and a busy
 * machine is slow. vitest's run-level bound still stops a hung run.
 */
const WAIT_MS = 0;
const SCREENSHOT_SETTLE_MS = 400;

const pageData = buildStoryData(loadSnapshot());
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface Metrics {
  entryJsGzipKb?: number;
  entryFiles?: { file: string; gzipBytes: number }[];
  stepsPassed: Record<string, number>;
  axe: Record<string, { serious: number; critical: number; all: string[] }>;
}
const metrics: Metrics = { stepsPassed: {}, axe: {} };

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  mkdirSync(resultsDir, { recursive: true });
});

afterAll(async () => {
  writeFileSync(
    resolve(resultsDir, 'browser-metrics.json'),
    `${JSON.stringify(metrics, null, 2)}\n`,
  );
  console.log(
    '[story] browser metrics',
    JSON.stringify({
      entryJsGzipKb: metrics.entryJsGzipKb,
      stepsPassed: metrics.stepsPassed,
      axe: Object.fromEntries(
        Object.entries(metrics.axe).map(([key, value]) => [
          key,
          { serious: value.serious, critical: value.critical },
        ]),
      ),
    }),
  );
  await harness.close();
});

/** A context that records console errors and page errors. */
async function openStory(
  viewport: (typeof VIEWPORTS)[number],
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await harness.browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  context.setDefaultTimeout(WAIT_MS);
  context.setDefaultNavigationTimeout(WAIT_MS);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

async function ready(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.querySelector('[data-active-step]') !== null);
}

/** Scrolls so that a step's top sits just above the trigger line. */
async function scrollToStep(page: Page, index: number): Promise<void> {
  await page.evaluate((stepIndex) => {
    const step = document.querySelector<HTMLElement>(`[data-step-index="${stepIndex}"]`);
    if (step === null) throw new Error(`no step ${stepIndex}`);
    const top = step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.57;
    window.scrollTo({ top, behavior: 'instant' });
  }, index);
}

async function expectState(page: Page, index: number | null): Promise<void> {
  const expected = index === null ? 'none' : String(index);
  await page.waitForFunction(
    (value) =>
      document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === value,
    expected,
    { timeout: WAIT_MS },
  );
  const graphic = await page.getAttribute('[data-graphic]', 'data-graphic');
  expect(graphic).toBe(graphicKey(graphicStateFor(index)));
}

async function axeScan(page: Page, label: string): Promise<void> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: unknown,
          ) => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.length,
    }));
  });
  const serious = violations.filter((one) => one.impact === 'serious').length;
  const critical = violations.filter((one) => one.impact === 'critical').length;
  metrics.axe[label] = {
    serious,
    critical,
    all: violations.map((one) => `${one.id} (${one.impact ?? 'n/a'}, ${one.nodes})`),
  };
  expect(violations.filter((one) => one.impact === 'serious' || one.impact === 'critical')).toEqual(
    [],
  );
}

describe('entry JavaScript', () => {
  it(`stays within ${ENTRY_BUDGET_BYTES / 1024} KB gzipped`, () => {
    const scripts = entryScripts(buildDir);
    const total = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
    metrics.entryJsGzipKb = Math.round((total / 1024) * 10) / 10;
    metrics.entryFiles = scripts;
    expect(scripts.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(ENTRY_BUDGET_BYTES);
  });
});

describe.each(VIEWPORTS)('the story at $width×$height', (viewport) => {
  it('scrolls through every step, each showing its graphic, with no error', async () => {
    const { context, page, errors } = await openStory(viewport);
    await ready(page, harness.url);
    await expectState(page, null);
    const directory = resolve(resultsDir, viewport.name);
    mkdirSync(directory, { recursive: true });
    await page.screenshot({ path: resolve(directory, '00-top.png') });
    let passed = 0;
    for (const step of STEPS) {
      await scrollToStep(page, step.index);
      await expectState(page, step.index);
      const state = graphicStateFor(step.index);
      if (state.kind === 'map' && state.window !== null) {
        await page.waitForSelector('[data-map-ready="true"]', { timeout: WAIT_MS });
      }
      await page.waitForTimeout(SCREENSHOT_SETTLE_MS); // let transitions end, for the screenshot
      await page.screenshot({
        path: resolve(directory, `${String(step.index + 1).padStart(2, '0')}-${step.id}.png`),
      });
      passed++;
    }
    metrics.stepsPassed[viewport.name] = passed;
    expect(passed).toBe(STEPS.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lands on the right step after a fast scroll, a reload mid-page and an anchor jump', async () => {
    const { context, page, errors } = await openStory(viewport);
    await ready(page, harness.url);
    const last = STEPS.length - 1;
    await scrollToStep(page, last);
    await expectState(page, last);
    await scrollToStep(page, 5);
    await expectState(page, 5);

    const middle = Math.floor(STEPS.length / 2);
    await scrollToStep(page, middle);
    await expectState(page, middle);
    await page.reload({ waitUntil: 'networkidle' });
    await expectState(page, middle);

    for (const chapter of [CHAPTERS[5], CHAPTERS[2]]) {
      const first = STEPS.find((step) => step.chapterId === chapter.id);
      await page.goto(`${harness.url}/#${chapter.id}`, { waitUntil: 'networkidle' });
      await expectState(page, first?.index ?? null);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows the keyboard: focusing a step makes it the active one', async () => {
    const { context, page } = await openStory(viewport);
    await ready(page, harness.url);
    const target = STEPS.find((step) => step.id === 'contained-truce');
    await page.focus('#contained-truce');
    await expectState(page, target?.index ?? null);
    await context.close();
  });

  it('passes an axe scan with no serious or critical violation', async () => {
    const { context, page } = await openStory(viewport);
    await ready(page, harness.url);
    await axeScan(page, `${viewport.name}-top`);
    const mapStep = STEPS.find((step) => step.id === 'september-map');
    if (mapStep !== undefined) {
      await scrollToStep(page, mapStep.index);
      await expectState(page, mapStep.index);
      await axeScan(page, `${viewport.name}-map`);
    }
    await context.close();
  });

  it('reads in full with JavaScript disabled', async () => {
    const { context, page } = await openStory(viewport, { javaScriptEnabled: false });
    await page.goto(harness.url, { waitUntil: 'load' });
    const text = await page.evaluate(() => document.body.innerText);
    expect(findMissingStoryText(text, pageData)).toEqual([]);
    expect(await page.getAttribute('[data-graphic]', 'data-graphic')).toBe(
      graphicKey(graphicStateFor(null)),
    );
    expect(await page.locator('figure svg rect').count()).toBeGreaterThan(20);
    await page.screenshot({
      path: resolve(resultsDir, viewport.name, 'no-js.png'),
      fullPage: false,
    });
    await context.close();
  });
});
