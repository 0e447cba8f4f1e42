// Presentation mode for meetings: opened from the header, stepped through with the keys a clicker
// sends (arrows, PageUp/PageDown, Space), left with Esc; the slides in their order, the engine's
// figures on them, and nothing cut off at the two usual projector sizes.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, chooseScenario, openApp, readScreen, settled } from './harness';
import { FIGURES, SAVINGS, type Values, exampleFile, expectedScreen } from './oracle';
import { resultPath } from './share-helpers';

const file = exampleFile();
const PLAN = 'plan-b';
const SLIDES = ['title', 'before', 'after', 'figures', 'adjustments', 'problems'] as const;
const expected = expectedScreen(file, PLAN);
const scenario = expected.report.scenarios.find((x) => x.id === PLAN)!;

const slideOf = (page: Page) => page.getAttribute('[data-slide]', 'data-slide');

async function press(page: Page, key: string, slide: string): Promise<void> {
  await page.keyboard.press(key);
  await page.waitForSelector(`[data-slide="${slide}"]`);
}

/**
 * Text on the slide that the viewer cannot see: each text's box must lie inside the window and
 * inside every ancestor that clips (overflow other than visible), and no element may cut its text.
 */
async function hiddenText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-slide]')!;
    const problems: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      if (!text) continue;
      const element = node.parentElement!;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none' || element.closest('[aria-hidden="true"], .sr-only')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      let clip = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
      for (let a: Element | null = element; a && a !== document.documentElement; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
          const b = a.getBoundingClientRect();
          clip = { left: Math.max(clip.left, b.left), top: Math.max(clip.top, b.top), right: Math.min(clip.right, b.right), bottom: Math.min(clip.bottom, b.bottom) };
        }
      }
      if (r.left < clip.left - 1 || r.top < clip.top - 1 || r.right > clip.right + 1 || r.bottom > clip.bottom + 1) {
        problems.push(`"${text.slice(0, 40)}" at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} outside ${Math.round(clip.left)},${Math.round(clip.top)}–${Math.round(clip.right)},${Math.round(clip.bottom)}`);
      }
      if (element.scrollWidth > element.clientWidth + 1 && (style.textOverflow === 'ellipsis' || style.overflowX !== 'visible')) {
        problems.push(`"${text.slice(0, 40)}" cut: ${element.scrollWidth}px of text in ${element.clientWidth}px`);
      }
    }
    return problems;
  });
}

describe('presentation', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp({ width: 1366, height: 768 });
    await chooseScenario(s.page, PLAN);
  });
  afterAll(() => s.close());

  it('opens on the title slide from the header', async () => {
    const { page } = s;
    await page.click('[data-action="present"]');
    await page.waitForSelector('[data-slide]');
    expect(await slideOf(page)).toBe('title');
    // the header and the modelling chart are gone: the slide has the screen, full screen
    expect(await page.locator('[data-action="open-file"]').count()).toBe(0);
    await page.waitForFunction(() => document.fullscreenElement !== null);
  });

  it('steps forward through every slide with →, PageDown and Space, and stops at the last', async () => {
    const { page } = s;
    const keys = ['ArrowRight', 'PageDown', 'Space', 'ArrowRight', 'PageDown'];
    for (let i = 1; i < SLIDES.length; i++) await press(page, keys[i - 1]!, SLIDES[i]!);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    expect(await slideOf(page)).toBe('problems');
  });

  it('steps back with ← and PageUp, and stops at the first', async () => {
    const { page } = s;
    const keys = ['ArrowLeft', 'PageUp', 'ArrowLeft', 'PageUp', 'ArrowLeft'];
    for (let i = SLIDES.length - 2; i >= 0; i--) await press(page, keys[SLIDES.length - 2 - i]!, SLIDES[i]!);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    expect(await slideOf(page)).toBe('title');
  });

  it('shows the engine’s numbers: savings on the title, figures, both charts, the problems', async () => {
    const { page } = s;
    // title: the four savings in large type
    const big = (await page.locator('[data-slide="title"] li strong').allTextContents()).map((t) => t.trim());
    expect(big).toEqual([scenario.savings.bodies, scenario.savings.staff, scenario.savings.leaderPosts, scenario.savings.released].map(String));
    // before and after: today's bureaus, then the proposal's
    await press(page, 'ArrowRight', 'before');
    expect(await page.locator('[data-slide] [data-bureau-id]').count()).toBe(file.bureaus.length);
    await press(page, 'ArrowRight', 'after');
    const after = Object.keys(expected.metric).filter((k) => /^units\.[^.]+\.bodies$/.test(k)).reduce((n, k) => n + (expected.metric[k] ?? 0), 0);
    expect(await page.locator('[data-slide] [data-bureau-id]').count()).toBe(after);
    // figures: every figure and saving of the proposal
    await press(page, 'ArrowRight', 'figures');
    const screen = await readScreen(page);
    const metric: Values = Object.fromEntries(FIGURES.map((p) => [p, expected.metric[p]!]));
    const baseline: Values = Object.fromEntries(FIGURES.map((p) => [p, expected.baselineMetric[p]!]));
    expect.soft(screen.metric).toEqual(metric);
    expect.soft(screen.baselineMetric).toEqual(baseline);
    expect.soft(screen.saving).toEqual(Object.fromEntries(SAVINGS.map((n) => [n, scenario.savings[n]])));
    // adjustments, then what still breaks the rules
    await press(page, 'ArrowRight', 'adjustments');
    expect(await page.locator('[data-slide] [data-adjustment-bureau]').count()).toBeGreaterThan(0);
    await press(page, 'ArrowRight', 'problems');
    expect((await readScreen(page)).violations).toEqual(expected.violations);
    await page.keyboard.press('Home');
    await page.waitForSelector('[data-slide="title"]');
  });

  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    it(`fits the title and figures slides on a ${width}×${height} screen, with nothing cut off`, async () => {
      const { page } = s;
      await page.setViewportSize({ width, height });
      await page.keyboard.press('Home');
      await page.waitForSelector('[data-slide="title"]');
      for (const slide of ['title', 'figures'] as const) {
        while ((await slideOf(page)) !== slide) await page.keyboard.press('ArrowRight');
        // the slide fills the window
        const box = await page.locator('[data-slide]').boundingBox();
        expect(box, slide).toEqual({ x: 0, y: 0, width, height });
        await page.screenshot({ path: resultPath(`present-${slide}-${width}x${height}.png`) });
        expect.soft(await hiddenText(page), `${slide} at ${width}×${height}`).toEqual([]);
      }
    });
  }

  it('leaves with Esc, back to the model with its figures', async () => {
    const { page } = s;
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-slide]', { state: 'detached' });
    await page.waitForSelector('[data-unit-id]');
    await settled(page);
    expect(await page.getAttribute(`[data-scenario-id="${PLAN}"]`, 'aria-selected')).toBe('true');
    await page.waitForFunction(() => document.fullscreenElement === null);
  });

  it('leaves with its exit button too', async () => {
    const { page } = s;
    await page.click('[data-action="present"]');
    await page.waitForSelector('[data-slide="title"]');
    await page.click('[data-action="exit-present"]');
    await page.waitForSelector('[data-slide]', { state: 'detached' });
    await settled(page);
  });

  it('raised no page error and asked nothing of another origin', () => {
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
