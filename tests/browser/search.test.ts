// Finding a unit or bureau from the search box over the chart: "/" or Ctrl+F focuses it, the arrow
// keys and Enter (or a click) choose a match, and the view flies to it: it is selected, and it is
// inside the chart's viewport at a size where its card can be read. Esc clears the search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, openApp } from './harness';

type Page = Session['page'];
const SEARCH = 'input[data-action="search"]';

/** The chart's zoom and pan, as its content's CSS transform. */
const transform = (page: Page) => page.evaluate(() => (document.querySelector('[data-unit-id]')?.parentElement as HTMLElement).style.transform);

/** Where an element stands against the chart's viewport, and how wide it is drawn. */
async function placement(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const element = document.querySelector(selector);
    const viewport = document.querySelector('[data-unit-id]')?.parentElement?.parentElement;
    if (!element || !viewport) return { inside: false, width: 0 };
    const a = element.getBoundingClientRect();
    const v = viewport.getBoundingClientRect();
    return { inside: a.left >= v.left && a.right <= v.right && a.top >= v.top && a.bottom <= v.bottom, width: a.width };
  }, selector);
}

const options = (page: Page) =>
  page.$$eval('[role="option"]', (list) => list.map((o) => ({ kind: o.getAttribute('data-search-kind'), id: o.getAttribute('data-search-id'), selected: o.getAttribute('aria-selected') === 'true' })));

/** Waits until the view has come to rest (the fly is an animated transition). */
async function rested(page: Page): Promise<void> {
  let last = await transform(page);
  for (;;) {
    await page.waitForTimeout(150);
    const now = await transform(page);
    if (now === last) return;
    last = now;
  }
}

describe('search in the chart', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(() => s.close());

  it('"/" focuses the search; the arrow keys and Enter choose a bureau, which is selected and flown to', async () => {
    const { page } = s;
    // zoom in on the middle, so that much of the chart is out of sight
    for (let i = 0; i < 5; i++) await page.click('button[aria-label="放大"], button[aria-label="Zoom in"]');
    await rested(page);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('search');
    await page.keyboard.type('社会事业');
    await page.waitForSelector('[role="option"]');
    const found = await options(page);
    expect(found.length).toBeGreaterThan(2);
    expect(found[0]!.selected).toBe(true);
    // a bureau out of sight, below the first match (so that the arrow keys have work to do)
    let index = -1;
    for (let i = 1; i < found.length && index < 0; i++) {
      if (found[i]!.kind === 'bureau' && !(await placement(page, `[data-bureau-id="${found[i]!.id}"]`)).inside) index = i;
    }
    expect(index, 'a match out of sight').toBeGreaterThan(0);
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    expect((await options(page))[index]!.selected).toBe(true);
    const target = found[index]!.id!;
    const before = await transform(page);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[role="listbox"]', { state: 'detached' });
    await page.waitForSelector(`[data-bureau-id="${target}"][aria-pressed="true"]`);
    await page.waitForSelector('[data-action="move-to"]');
    await rested(page);
    expect(await transform(page)).not.toBe(before);
    const seen = await placement(page, `[data-bureau-id="${target}"]`);
    expect(seen.inside, `${target} inside the viewport`).toBe(true);
    // drawn at least at 60 %: a card that can be read
    expect(seen.width).toBeGreaterThan(176 * 0.6 - 1);
  });

  it('Esc clears the search; Ctrl+F focuses it again; a click chooses a unit found by its id', async () => {
    const { page } = s;
    await page.focus(SEARCH);
    await page.keyboard.press('Escape');
    expect(await page.inputValue(SEARCH)).toBe('');
    expect(await page.$('[role="listbox"]')).toBeNull();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action') ?? null)).toBeNull();
    await page.keyboard.press('Control+f');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('search');
    await page.keyboard.type('XS-YANGJIAN');
    await page.waitForSelector('[role="option"][data-search-id="xs-yangjian"]');
    // the exact id comes first, then the ids that start with it
    const found = await options(page);
    expect(found[0]).toMatchObject({ kind: 'unit', id: 'xs-yangjian' });
    expect(found.slice(1).every((o) => o.kind === 'bureau' && o.id!.startsWith('xs-yangjian'))).toBe(true);
    const before = await transform(page);
    await page.click('[role="option"][data-search-id="xs-yangjian"]');
    await page.waitForSelector('[data-action="edit-unit"]');
    await rested(page);
    expect(await transform(page)).not.toBe(before);
    const head = await placement(page, '[data-unit-id="xs-yangjian"] > header');
    expect(head.inside).toBe(true);
  });

  it('says when nothing matches, and Enter then changes nothing', async () => {
    const { page } = s;
    await page.fill(SEARCH, '');
    await page.focus(SEARCH);
    await page.keyboard.type('没有这个机构zz');
    await page.waitForSelector('[role="listbox"]', { state: 'attached' });
    expect(await options(page)).toEqual([]);
    expect(await page.locator('[role="search"]').textContent()).toContain('没有找到');
    const before = await transform(page);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await transform(page)).toBe(before);
    expect(s.errors).toEqual([]);
  });

  it('finds bureaus by a duty named in the language on screen, and counts what it does not list', async () => {
    const { page } = s;
    await page.click('[data-lang="en"]');
    await page.fill(SEARCH, '');
    await page.focus(SEARCH);
    await page.keyboard.type('general office');
    await page.waitForSelector('[role="option"]');
    const found = await options(page);
    // the example file gives twelve bureaus the general office
    expect(found.length).toBe(12);
    expect(found.every((o) => o.kind === 'bureau')).toBe(true);
    expect(await page.locator('[role="listbox"]').textContent()).toContain('duty: general office');
    // fourteen units and forty-six bureaus have ids starting "xs-": twenty are listed
    await page.fill(SEARCH, 'xs-');
    await page.waitForFunction(() => document.querySelectorAll('[role="option"]').length === 20);
    expect(await page.locator('[role="search"]').textContent()).toContain('40 more not listed');
    expect(s.errors).toEqual([]);
  });
});
