// Slides for the meeting room, on every example: bureau names on the before/after slides are drawn
// at least 14 px high at 1366×768, and no slide scrolls or cuts what it shows (a long table goes on
// to the next slide). The slide kinds are those of SPEC §12, the compare slide comes with two
// proposals or more, and each slide of an illustrative file says so.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLIDE_KINDS } from '../../src/ui/present/Presentation';
import { type Session, openApp, settled } from './harness';
import { exampleFile } from './oracle';
import { openFile, resultPath, tempFile } from './share-helpers';
import { sixLongProposals } from './meeting-helpers';

const EXAMPLES = ['xishan-1-plus-4.json', 'huishan-national-upgrade.json', 'jiangyin-hi-tech.json', 'liangxi-grand-canal-resort.json', 'wuxi-hi-tech-xinwu.json', 'sip-joint-office.json'];

interface SlideCheck {
  kind: string;
  count: string;
  /** Elements that scroll, or whose content is cut by the slide. */
  scrolls: string[];
  /** The smallest rendered height and font size of a bureau name on the slide (before/after only). */
  nameHeight: number | null;
  nameFont: number | null;
  names: number;
  marked: boolean;
}

async function checkSlide(page: Page): Promise<SlideCheck> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-slide]')!;
    const slide = root.querySelector('.slide-area > .slide')!;
    const scrolls: string[] = [];
    for (const element of [slide, ...slide.querySelectorAll('*')]) {
      const style = getComputedStyle(element);
      const scrollsY = ['auto', 'scroll'].includes(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
      const scrollsX = ['auto', 'scroll'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
      // content cut by a box that hides its overflow (the slide and its body)
      const cut = style.overflowY === 'hidden' && element.scrollHeight > element.clientHeight + 1 && element.matches('.slide, .slide-body, .slide-frame');
      if (scrollsY || scrollsX || cut) scrolls.push(`${element.className} ${element.scrollHeight}>${element.clientHeight}`);
    }
    // the story's boxes must not stand outside the slide's body either
    const body = slide.querySelector('.slide-body')?.getBoundingClientRect();
    for (const box of slide.querySelectorAll('.story-unit')) {
      const r = box.getBoundingClientRect();
      if (body && (r.bottom > body.bottom + 1 || r.right > body.right + 1 || r.left < body.left - 1)) scrolls.push(`story unit ${box.getAttribute('aria-label')} outside the slide`);
    }
    const names = [...slide.querySelectorAll('.story-card .story-card-name')];
    const heights = names.map((n) => n.getBoundingClientRect().height);
    const fonts = names.map((n) => parseFloat(getComputedStyle(n).fontSize));
    return {
      kind: root.getAttribute('data-slide')!,
      count: document.querySelector('.slide-count')?.textContent ?? '',
      scrolls,
      nameHeight: heights.length ? Math.min(...heights) : null,
      nameFont: fonts.length ? Math.min(...fonts) : null,
      names: names.length,
      marked: slide.querySelector('[data-illustrative]') !== null,
    };
  });
}

/** Presents from today's tab (every proposal) and walks every slide, checking each. */
async function walkSlides(page: Page, shoot?: string): Promise<SlideCheck[]> {
  await page.click('[data-action="present"]');
  await page.waitForSelector('[data-slide="title"]');
  // the before/after slides need the adjustment tables from the worker, and the pages are measured
  await page.waitForFunction(() => !document.querySelector('.slide-area .pending'));
  await page.waitForTimeout(300);
  const seen: SlideCheck[] = [];
  for (let n = 0; n < 200; n++) {
    await page.waitForFunction(() => !document.querySelector('.slide-area > .slide .pending'));
    const check = await checkSlide(page);
    seen.push(check);
    if (shoot) await page.screenshot({ path: resultPath(`${shoot}-${String(n + 1).padStart(2, '0')}-${check.kind}.png`) });
    const [at, of] = check.count.split('/').map((x) => Number(x.trim()));
    if (at === of) break;
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((before) => document.querySelector('.slide-count')?.textContent !== before, check.count);
  }
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-slide]', { state: 'detached' });
  return seen;
}

describe.each(EXAMPLES)('slides of %s at 1366×768', (name) => {
  let s: Session;
  let slides: SlideCheck[];
  const file = exampleFile(name);
  beforeAll(async () => {
    s = await openApp({ width: 1366, height: 768 });
    expect(await openFile(s.page, tempFile(name, file))).toBe('opened');
    await settled(s.page);
    slides = await walkSlides(s.page, name === 'huishan-national-upgrade.json' ? 'meeting-slides-huishan' : undefined);
  });
  afterAll(() => s.close());

  it('shows every kind of slide SPEC §12 names (compare with two proposals or more), and no other', () => {
    const kinds = new Set(slides.map((x) => x.kind));
    for (const kind of kinds) expect(SLIDE_KINDS).toContain(kind);
    for (const kind of ['title', 'before', 'after', 'figures', 'ledger', 'adjustments', 'problems']) expect(kinds.has(kind), kind).toBe(true);
    expect(kinds.has('compare')).toBe(file.scenarios.length >= 2);
    // one before and one after slide (at least) for each proposal
    expect(slides.filter((x) => x.kind === 'after').length).toBeGreaterThanOrEqual(file.scenarios.length);
  });

  it('draws bureau names at least 14 px high on the before and after slides', () => {
    const story = slides.filter((x) => x.kind === 'before' || x.kind === 'after');
    expect(story.every((x) => x.names > 0)).toBe(true);
    for (const x of story) {
      expect(x.nameHeight!, `${x.kind} ${x.count}`).toBeGreaterThanOrEqual(14);
      expect(x.nameFont!, `${x.kind} ${x.count}`).toBeGreaterThanOrEqual(14);
    }
  });

  it('never scrolls a slide nor cuts what it shows', () => {
    for (const x of slides) expect(x.scrolls, `${x.kind} ${x.count}`).toEqual([]);
  });

  it('says on every slide that the figures are illustrative (the file’s notes say so)', () => {
    expect(file.notes).toMatch(/示意数据/);
    for (const x of slides) expect(x.marked, `${x.kind} ${x.count}`).toBe(true);
  });

  it('raised no page error and asked nothing of another origin', () => {
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});

describe('slides of six proposals with 200-character names, at 1280×720 and 1920×1080', () => {
  let s: Session;
  afterAll(() => s.close());

  it('page their tables and compare slides, and never scroll', async () => {
    s = await openApp({ width: 1280, height: 720 });
    expect(await openFile(s.page, tempFile('six-long.json', sixLongProposals()))).toBe('opened');
    await settled(s.page);
    for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
      await s.page.setViewportSize({ width, height });
      const slides = await walkSlides(s.page);
      // six proposals: at most four stand side by side, so the comparison takes two slides
      expect(slides.filter((x) => x.kind === 'compare').length, `${width}`).toBeGreaterThanOrEqual(2);
      for (const x of slides) expect(x.scrolls, `${width}×${height} ${x.kind} ${x.count}`).toEqual([]);
      for (const x of slides.filter((y) => y.kind === 'before' || y.kind === 'after')) expect(x.nameFont!, `${width} ${x.count}`).toBeGreaterThanOrEqual(14);
    }
    expect(s.errors).toEqual([]);
  });
});
