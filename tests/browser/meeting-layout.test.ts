// Meeting-ready layout: on the screens a meeting room has (1280×720, 1366×768), in Chinese and in
// English, with six proposals whose names are 200 characters long, the page never scrolls
// sideways, and every figure of the figures panel (SPEC §10) lies inside the window — on today's
// tab and on a proposal's; the compare and before/after views never make the page wider either.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, chooseScenario, openApp, settled, waitSaved } from './harness';
import { FIGURES } from './oracle';
import { sixLongProposals } from './meeting-helpers';
import { openFile, resultPath, tempFile } from './share-helpers';

/** How far the page is wider than the window, and the figures of the panel that lie outside it. */
async function overflow(page: Page): Promise<{ wider: number; outside: string[]; figures: number }> {
  return page.evaluate(() => {
    const figures = [...document.querySelectorAll('[data-panel="figures"] [data-metric]')];
    const outside = figures
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight || r.width === 0;
      })
      .map((e) => e.getAttribute('data-metric')!);
    // the page, and the main area inside it, scroll only up and down
    const mains = [...document.querySelectorAll('main')].map((m) => m.scrollWidth - m.clientWidth);
    return { wider: Math.max(document.documentElement.scrollWidth - innerWidth, ...mains), outside, figures: figures.length };
  });
}

const file = sixLongProposals();

describe.each([
  [1280, 720, 'zh'],
  [1280, 720, 'en'],
  [1366, 768, 'zh'],
  [1366, 768, 'en'],
] as const)('at %i×%i in %s, six proposals with 200-character names', (width, height, lang) => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp({ width, height });
    if (lang === 'en') {
      await s.page.click('[data-lang="en"]');
      await s.page.waitForFunction(() => document.documentElement.lang === 'en');
    }
    expect(await openFile(s.page, tempFile('six-long.json', file))).toBe('opened');
    await settled(s.page);
  });
  afterAll(() => s.close());

  it('has 200-character names to show', () => {
    expect(file.scenarios).toHaveLength(6);
    for (const scenario of file.scenarios) expect([...scenario.name]).toHaveLength(200);
  });

  it('today’s tab: no sideways scroll, every figure in the window', async () => {
    const { page } = s;
    const shown = await overflow(page);
    expect(shown.figures).toBe(FIGURES.length);
    expect(shown.wider).toBeLessThanOrEqual(0);
    expect(shown.outside).toEqual([]);
  });

  it('each proposal’s tab: no sideways scroll, every figure in the window', async () => {
    const { page } = s;
    for (const scenario of file.scenarios) {
      await chooseScenario(page, scenario.id);
      await settled(page);
      const shown = await overflow(page);
      expect(shown.figures, scenario.id).toBe(FIGURES.length);
      expect(shown.wider, scenario.id).toBeLessThanOrEqual(0);
      expect(shown.outside, scenario.id).toEqual([]);
    }
    await page.screenshot({ path: resultPath(`meeting-layout-model-${width}x${height}-${lang}.png`) });
  });

  it('the unsaved badge and a failed autosave do not push anything out', async () => {
    const { page } = s;
    // the work is unsaved after the file is edited (a rename is one step)
    await page.evaluate(() => (window as unknown as { zonereform: { controller: { actions: { renameScenario(id: string, name: string): Promise<boolean> } } } }).zonereform.controller.actions.renameScenario('long-1', `${'改'.repeat(199)}名`));
    await page.waitForSelector('[data-unsaved]');
    // and the autosave has failed: the top bar says so too (set once the rename's own save is done,
    // which would otherwise set it back)
    await waitSaved(page);
    await page.evaluate(() => (window as unknown as { zonereform: { controller: { store: { set(p: object): void } } } }).zonereform.controller.store.set({ storage: 'failed' }));
    await page.waitForSelector('.storage-warning');
    const shown = await overflow(page);
    expect(shown.wider).toBeLessThanOrEqual(0);
    expect(shown.outside).toEqual([]);
    for (const control of ['open-file', 'save-file', 'undo', 'redo', 'present', 'compare', 'before-after', 'examples', 'new-scenario']) {
      const box = await page.locator(`[data-action="${control}"]`).first().evaluate((e) => {
        const target = e.closest('label') ?? e;
        const r = target.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      });
      expect(box.right, control).toBeLessThanOrEqual(width);
      expect(box.left, control).toBeGreaterThanOrEqual(0);
    }
    const lang = await page.locator('[data-lang="en"]').boundingBox();
    expect(lang!.x + lang!.width).toBeLessThanOrEqual(width);
  });

  it('compare and before/after never make the page wider than the window', async () => {
    const { page } = s;
    await page.click('[data-action="compare"]');
    await page.waitForSelector('[data-compare-scenario]');
    expect((await overflow(page)).wider).toBeLessThanOrEqual(0);
    await page.screenshot({ path: resultPath(`meeting-layout-compare-${width}x${height}-${lang}.png`) });
    await page.click('[data-action="before-after"]');
    await page.waitForSelector('[data-side="after"] [data-bureau-id]');
    expect((await overflow(page)).wider).toBeLessThanOrEqual(0);
    await page.click('[data-action="show-whole"]');
    expect((await overflow(page)).wider).toBeLessThanOrEqual(0);
  });

  it('raised no page error and asked nothing of another origin', () => {
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
