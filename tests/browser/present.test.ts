// Presentation mode for meetings: opened from the header, stepped through with the keys a clicker
// sends (arrows, PageUp/PageDown, Space), left with Esc; the slides in their order, the engine's
// figures on them, and nothing cut off at the two usual projector sizes.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adjustmentTable, loadParsedFile } from '../../src/engine';
import type { ScenarioFile } from '../../src/model';
import { type Session, chooseScenario, openApp, readScreen, settled } from './harness';
import { FIGURES, SAVINGS, type Values, exampleFile, expectedScreen } from './oracle';
import { resultPath } from './share-helpers';

const file = exampleFile();
const PLAN = 'plan-b';
/** The kinds of slide for one proposal, in the order they first come (before/after may take more than one slide each). */
const SLIDES = ['title', 'before', 'after', 'figures', 'ledger', 'adjustments', 'problems'] as const;
const expected = expectedScreen(file, PLAN);
const scenario = expected.report.scenarios.find((x) => x.id === PLAN)!;

function loadedOf(f: ScenarioFile) {
  const result = loadParsedFile(f);
  if (!result.ok) throw new Error('the example does not load');
  return result.loaded;
}

const slideOf = (page: Page) => page.getAttribute('[data-slide]', 'data-slide');
const countOf = async (page: Page) => (await page.textContent('.slide-count'))!.split('/').map((x) => Number(x.trim())) as [number, number];

/** Presses a key and waits until the slide on screen is another one. */
async function press(page: Page, key: string): Promise<string> {
  const before = (await countOf(page))[0];
  await page.keyboard.press(key);
  await page.waitForFunction((n) => !document.querySelector('.slide-count')?.textContent?.startsWith(`${n} `), before);
  return (await slideOf(page))!;
}

/** The kinds in the order they first come. */
const firsts = (kinds: readonly string[]) => kinds.filter((k, i) => kinds.indexOf(k) === i);

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
    const keys = ['ArrowRight', 'PageDown', 'Space'];
    const kinds = ['title'];
    for (let i = 0; (await countOf(page))[0] < (await countOf(page))[1]; i++) kinds.push(await press(page, keys[i % keys.length]!));
    expect(firsts(kinds)).toEqual([...SLIDES]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    expect(await slideOf(page)).toBe('problems');
  });

  it('steps back with ← and PageUp, and stops at the first', async () => {
    const { page } = s;
    const keys = ['ArrowLeft', 'PageUp'];
    for (let i = 0; (await countOf(page))[0] > 1; i++) await press(page, keys[i % keys.length]!);
    expect(await slideOf(page)).toBe('title');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    expect(await slideOf(page)).toBe('title');
  });

  it('shows the engine’s numbers: the savings on the title, both sides of the story, figures, ledger, the problems', async () => {
    const { page } = s;
    const l = loadedOf(file);
    const state = l.scenarios[file.scenarios.findIndex((x) => x.id === PLAN)]!;
    // title: the whole area's totals today → in the proposal, and the zones' own
    const tile = async (hook: string) => ({ after: Number(await page.getAttribute(`[data-tile="${hook}"]`, 'data-value')), before: Number(await page.getAttribute(`[data-tile="${hook}"]`, 'data-baseline-value')) });
    const base = expected.report.baseline.metrics;
    expect(await tile('staff.total')).toEqual({ before: base.staff.total, after: scenario.metrics.staff.total });
    expect(await tile('bodies.total')).toEqual({ before: base.bodies.total, after: scenario.metrics.bodies.total });
    expect(await tile('leaderPosts')).toEqual({ before: base.leaderPosts, after: scenario.metrics.leaderPosts });
    const zones = file.units.filter((u) => u.kind === 'zone' || u.kind === 'office').map((u) => u.id);
    const sum = (m: typeof base, key: 'staff' | 'bodies') => zones.reduce((n, id) => n + (m.units[id]?.[key] ?? 0), 0);
    expect(await tile('zones.staff')).toEqual({ before: sum(base, 'staff'), after: sum(scenario.metrics, 'staff') });
    expect(await tile('zones.bodies')).toEqual({ before: sum(base, 'bodies'), after: sum(scenario.metrics, 'bodies') });
    // before and after: each unit shown holds its bureaus of that side, as the engine has them; every
    // unit a changed bureau leaves or enters is shown
    const rows = adjustmentTable(l.baseline, file.scenarios.find((x) => x.id === PLAN)!.operations, l.context);
    const named = new Set(rows.flatMap((r) => [r.unitBefore, r.unitAfter]).filter((id): id is string => id !== undefined));
    const seen = { before: new Set<string>(), after: new Set<string>() };
    for (let kind = await press(page, 'ArrowRight'); kind === 'before' || kind === 'after'; kind = await press(page, 'ArrowRight')) {
      const side = kind as 'before' | 'after';
      const sideState = side === 'before' ? l.baseline : state;
      for (const id of await page.locator('[data-slide] [data-unit-id]').evaluateAll((u) => u.map((e) => e.getAttribute('data-unit-id')!))) {
        seen[side].add(id);
        const cards = (await page.locator(`[data-slide] [data-unit-id="${id}"] [data-bureau-id]`).evaluateAll((c) => c.map((e) => e.getAttribute('data-bureau-id')!))).sort();
        expect(cards, `${side} ${id}`).toEqual(sideState.bureaus.filter((b) => b.unit === id).map((b) => b.id).sort());
      }
    }
    for (const id of named) {
      if (l.baseline.units.some((u) => u.id === id)) expect(seen.before.has(id), `before ${id}`).toBe(true);
      if (state.units.some((u) => u.id === id)) expect(seen.after.has(id), `after ${id}`).toBe(true);
    }
    // figures: every figure and saving of the proposal
    expect(await slideOf(page)).toBe('figures');
    const screen = await readScreen(page);
    const metric: Values = Object.fromEntries(FIGURES.map((p) => [p, expected.metric[p]!]));
    const baseline: Values = Object.fromEntries(FIGURES.map((p) => [p, expected.baselineMetric[p]!]));
    expect.soft(screen.metric).toEqual(metric);
    expect.soft(screen.baselineMetric).toEqual(baseline);
    expect.soft(screen.saving).toEqual(Object.fromEntries(SAVINGS.map((n) => [n, scenario.savings[n]])));
    // the ledger: each unit's figures today and in the proposal, the engine's (SPEC §12 hooks)
    expect(await press(page, 'ArrowRight')).toBe('ledger');
    const ledger = await page.locator('[data-ledger-unit]').evaluateAll((trs) =>
      trs.map((tr) => ({
        unit: tr.getAttribute('data-ledger-unit')!,
        after: Object.fromEntries([...tr.querySelectorAll('[data-metric]')].map((e) => [e.getAttribute('data-metric'), Number(e.getAttribute('data-value'))])),
        before: Object.fromEntries([...tr.querySelectorAll('[data-baseline-metric]')].map((e) => [e.getAttribute('data-baseline-metric'), Number(e.getAttribute('data-value'))])),
      })),
    );
    expect(ledger.length).toBeGreaterThan(0);
    for (const row of ledger) {
      const pick = (m: { bodies: number; internalBodies: number; staff: number; leaderPosts: number } | undefined) =>
        m ? { bodies: m.bodies, internalBodies: m.internalBodies, staff: m.staff, leaderPosts: m.leaderPosts } : {};
      expect(row.after, row.unit).toEqual(pick(scenario.metrics.units[row.unit]));
      expect(row.before, row.unit).toEqual(pick(base.units[row.unit]));
    }
    // adjustments, then what still breaks the rules
    let kind = await press(page, 'ArrowRight');
    expect(kind).toBe('adjustments');
    expect(await page.locator('[data-slide] [data-adjustment-bureau]').count()).toBeGreaterThan(0);
    while (kind === 'adjustments') kind = await press(page, 'ArrowRight');
    expect(kind).toBe('problems');
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

  it('presents the proposals chosen, from any tab, with a compare slide for two', async () => {
    const { page } = s;
    await chooseScenario(page, 'baseline');
    await page.click('[data-action="present-choose"]');
    // from today's tab every proposal is offered ticked; the user keeps plan A and plan B
    await page.waitForSelector('[data-present-proposal]');
    const ids = file.scenarios.map((x) => x.id);
    expect(await page.locator('[data-present-proposal]:checked').evaluateAll((boxes) => boxes.map((b) => b.getAttribute('data-present-proposal')))).toEqual(ids);
    for (const id of ids.slice(2)) await page.uncheck(`[data-present-proposal="${id}"]`);
    await page.click('[data-action="start-present"]');
    await page.waitForSelector('[data-slide="title"]');
    const kinds = ['title'];
    while ((await countOf(page))[0] < (await countOf(page))[1]) kinds.push(await press(page, 'ArrowRight'));
    // each chosen proposal has its own figures slide, and the two are compared at the end
    expect(kinds.filter((k) => k === 'figures')).toHaveLength(2);
    expect(kinds.at(-1)).toBe('compare');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-slide]', { state: 'detached' });
    await chooseScenario(page, PLAN);
  });

  it('raised no page error and asked nothing of another origin', () => {
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
