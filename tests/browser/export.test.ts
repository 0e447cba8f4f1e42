// Export of charts: every compare chart and the org charts as SVG that stands alone (no script,
// nothing fetched from elsewhere, every text inside the picture) and as PNG at twice the size; and
// names that look like HTML stay text, on the page and in the files.
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioFile } from '../../src/model';
import { type Session, openApp, settled } from './harness';
import { exampleFile } from './oracle';
import { type Downloaded, SVG_FORBIDDEN, type SvgFacts, download, openFile, pngSize, resultPath, svgFacts, tempFile } from './share-helpers';

const file = exampleFile();

/** Keeps a copy of an exported file under .test-results/ for a person to look at. */
function keep(file: Downloaded): void {
  writeFileSync(resultPath(`export-${file.name}`), file.bytes);
}

/** Checks that an SVG file stands alone and shows all its text; returns what was read from it. */
async function checkSvg(s: Session, svg: Downloaded, what: string): Promise<SvgFacts> {
  keep(svg);
  expect(svg.name, what).toMatch(/\.svg$/);
  expect(svg.text, what).toContain('<svg');
  for (const pattern of SVG_FORBIDDEN) expect.soft(svg.text, `${what}: ${pattern}`).not.toMatch(pattern);
  const facts = await svgFacts(s.context, svg.text);
  expect(facts.parseError, what).toBeNull();
  expect(facts.root, what).toBe('svg');
  for (const name of ['script', 'foreignObject', 'image', 'use', 'a', 'iframe', 'style']) expect.soft(facts.elements, `${what}: <${name}>`).not.toContain(name);
  expect.soft(facts.attributes.filter((a) => /^on/i.test(a) || /href$/i.test(a) || a === 'style'), `${what}: attributes`).toEqual([]);
  expect(facts.width, `${what}: width`).toBeGreaterThan(0);
  expect(facts.height, `${what}: height`).toBeGreaterThan(0);
  expect(facts.viewBox, `${what}: viewBox`).toHaveLength(4);
  // drawn at its own size: the viewBox has the picture's proportions
  expect(facts.viewBox[2]! / facts.viewBox[3]!, `${what}: viewBox proportions`).toBeCloseTo(facts.width / facts.height, 3);
  expect(facts.texts.length, `${what}: texts`).toBeGreaterThan(0);
  expect.soft(facts.outside, `${what}: texts cut off at the edge`).toEqual([]);
  return facts;
}

/** Checks a PNG export against the SVG of the same picture: a PNG, twice as wide and high. */
function checkPng(png: Downloaded, svg: SvgFacts, what: string): void {
  keep(png);
  expect(png.name, what).toMatch(/\.png$/);
  const size = pngSize(png.bytes);
  expect(Math.abs(size.width - 2 * svg.width), `${what}: width ${size.width} for an SVG ${svg.width} wide`).toBeLessThanOrEqual(2);
  expect(Math.abs(size.height - 2 * svg.height), `${what}: height ${size.height} for an SVG ${svg.height} high`).toBeLessThanOrEqual(2);
}

/** A bureau's name as the export draws it: whole, or cut and ended with an ellipsis. */
const drawn = (texts: readonly string[], name: string) => texts.some((t) => t === name || (t.endsWith('…') && t.length > 1 && name.startsWith(t.slice(0, -1))));

async function chartButtons(page: Page, count: number) {
  const svgButtons = page.locator('figure [data-action="export-svg"]');
  await page.waitForFunction((n) => document.querySelectorAll('figure [data-action="export-svg"]').length === n, count);
  return { svgButtons, pngButtons: page.locator('figure [data-action="export-png"]') };
}

describe('exported charts', () => {
  let s: Session;
  /** The names the browser was given for the SVG and the PNG of each picture. */
  const names: Array<{ what: string; svg: string; png: string }> = [];
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(() => s.close());

  it('exports the org chart on screen as SVG and as PNG at 2×', async () => {
    const { page } = s;
    const svg = await download(page, () => page.click('[data-action="export-svg"]'));
    const facts = await checkSvg(s, svg, 'org chart');
    // every unit and every bureau of today is in the picture
    for (const unit of file.units) expect.soft(drawn(facts.texts, unit.name), unit.name).toBe(true);
    for (const bureau of file.bureaus) expect.soft(drawn(facts.texts, bureau.name), bureau.name).toBe(true);
    // the example's numbers are illustrative: the picture says so after its title
    expect(file.notes).toMatch(/示意数据/);
    expect(facts.texts).toContain(`${file.title} · 现状 · 示意数据`);
    const png = await download(page, () => page.click('[data-action="export-png"]'));
    checkPng(png, facts, 'org chart');
    names.push({ what: 'org chart', svg: svg.name, png: png.name });
  });

  it('exports every compare chart as SVG and as PNG at 2×', async () => {
    const { page } = s;
    await page.click('[data-action="compare"]');
    // staff, bodies, posts, the economic share, and the two breakdowns
    const { svgButtons, pngButtons } = await chartButtons(page, 6);
    for (let i = 0; i < 6; i++) {
      const caption = (await page.locator('figure figcaption > span:first-child').nth(i).textContent()) ?? `chart ${i}`;
      const svg = await download(page, () => svgButtons.nth(i).click());
      const facts = await checkSvg(s, svg, caption);
      // the title travels with the picture, and there are bars
      expect(facts.elements.filter((e) => e === 'rect').length, caption).toBeGreaterThan(2);
      const png = await download(page, () => pngButtons.nth(i).click());
      checkPng(png, facts, caption);
      names.push({ what: caption, svg: svg.name, png: png.name });
    }
  });

  it('exports both charts of the before/after view, with their marks, as SVG and PNG', async () => {
    const { page } = s;
    await page.click('[data-action="before-after"]');
    await page.waitForSelector('[data-adjustment-bureau]');
    for (const side of ['before', 'after'] as const) {
      const svg = await download(page, () => page.click(`[data-side="${side}"] [data-action="export-svg"]`));
      const facts = await checkSvg(s, svg, side);
      // the change marks are in the picture: today shows what is abolished, the proposal what is new
      expect(facts.texts, side).toContain(side === 'before' ? '撤销' : '新设');
      const png = await download(page, () => page.click(`[data-side="${side}"] [data-action="export-png"]`));
      checkPng(png, facts, side);
      names.push({ what: side, svg: svg.name, png: png.name });
    }
  });

  it('names the SVG and the PNG of one picture alike, after the file’s title', () => {
    expect(names.length).toBe(9);
    for (const { what, svg, png } of names) {
      expect.soft(svg.startsWith(file.title), `${what}: ${svg}`).toBe(true);
      expect.soft(svg.replace(/\.svg$/, ''), what).toBe(png.replace(/\.png$/, ''));
    }
  });

  it('raised no page error and asked nothing of another origin', () => {
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});

describe('names that look like HTML', () => {
  const BUREAU = '<script>alert(1)</script>';
  const UNIT = '<b>x</b>';
  const SCENARIO = '<img src=x onerror=alert(1)>';
  const crafted: ScenarioFile = {
    ...file,
    units: file.units.map((u) => (u.id === 'xs-ez' ? { ...u, name: UNIT } : u)),
    bureaus: file.bureaus.map((b) => (b.id === 'xs-ez-invest' ? { ...b, name: BUREAU } : b)),
    scenarios: file.scenarios.map((x) => (x.id === 'plan-a' ? { ...x, name: SCENARIO } : x)),
  };
  let s: Session;
  const dialogs: string[] = [];
  beforeAll(async () => {
    s = await openApp();
    s.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    expect(await openFile(s.page, tempFile('crafted-names.json', crafted))).toBe('opened');
    await settled(s.page);
  });
  afterAll(() => s.close());

  it('shows them as text: no element is made from them', async () => {
    const { page } = s;
    // the card shows the name shortened in the middle, whole on hover: text both times
    expect(await page.getAttribute('[data-bureau-id="xs-ez-invest"]', 'title')).toBe(BUREAU);
    const shown = (await page.locator('[data-bureau-id="xs-ez-invest"] > div').first().textContent())!;
    expect(BUREAU.startsWith(shown.split('…')[0]!) && BUREAU.endsWith(shown.split('…').at(-1)!), shown).toBe(true);
    expect(await page.locator('[data-unit-id="xs-ez"] > header').textContent()).toContain(UNIT);
    expect(await page.locator('[data-scenario-id="plan-a"]').textContent()).toContain(SCENARIO);
    const made = await page.evaluate(() => ({
      b: document.querySelectorAll('#root b').length,
      img: document.querySelectorAll('#root img').length,
      script: [...document.querySelectorAll('script')].filter((e) => (e.textContent ?? '').includes('alert')).length,
    }));
    expect(made).toEqual({ b: 0, img: 0, script: 0 });
  });

  it('writes them escaped into the org chart’s SVG', async () => {
    const { page } = s;
    const svg = await download(page, () => page.click('[data-action="export-svg"]'));
    const facts = await checkSvg(s, svg, 'org chart');
    expect(svg.text).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(svg.text).toContain('&lt;script&gt;');
    expect(svg.text).not.toMatch(/<b>|<img/);
    expect(facts.texts).toContain(UNIT);
    expect(drawn(facts.texts, BUREAU)).toBe(true);
    for (const name of ['b', 'img', 'script']) expect(facts.elements).not.toContain(name);
  });

  it('writes them escaped into the compare charts’ SVG', async () => {
    const { page } = s;
    await page.click('[data-action="compare"]');
    const { svgButtons } = await chartButtons(page, 6);
    // the economic share chart has the zone as a group and the proposals in its legend
    const svg = await download(page, () => svgButtons.nth(3).click());
    const facts = await checkSvg(s, svg, 'economic share');
    expect(facts.texts).toContain(UNIT);
    expect(facts.texts).toContain(SCENARIO);
    expect(svg.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg.text).not.toMatch(/<b>|<img/);
    for (const name of ['b', 'img', 'script']) expect(facts.elements).not.toContain(name);
    expect(await page.locator('#root img, #root b').count()).toBe(0);
  });

  it('raised no page error, no dialog, and asked nothing of another origin', () => {
    expect(dialogs).toEqual([]);
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});

describe('a proposal with a long name', () => {
  // a name as such papers are often titled: 31 characters
  const LONG = '关于锡山经济技术开发区管理体制机制改革的实施方案（征求意见稿）';
  const named: ScenarioFile = { ...file, scenarios: file.scenarios.map((x) => (x.id === 'plan-b' ? { ...x, name: LONG } : x)) };
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    expect(await openFile(s.page, tempFile('long-name.json', named))).toBe('opened');
    await settled(s.page);
  });
  afterAll(() => s.close());

  it('is drawn whole in the legend of every compare chart that lists the proposals', async () => {
    const { page } = s;
    await page.click('[data-action="compare"]');
    const { svgButtons } = await chartButtons(page, 6);
    // staff, bodies, posts and the economic share have one legend entry per state
    for (let i = 0; i < 4; i++) {
      const caption = (await page.locator('figure figcaption > span:first-child').nth(i).textContent()) ?? `chart ${i}`;
      const svg = await download(page, () => svgButtons.nth(i).click());
      const facts = await checkSvg(s, svg, caption);
      expect.soft(facts.texts, caption).toContain(LONG);
    }
  });

  it('raised no page error and asked nothing of another origin', () => {
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
