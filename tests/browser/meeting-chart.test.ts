// The modeller's chart for a meeting room: a district opens at a zoom where bureau names read at
// 12 px or more on a 1366×768 screen, zones first, the rest folded into bands that open on a
// click; a drop onto a leading group is refused with its reason and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, dragBureau, openApp, pageState, settled } from './harness';
import { exampleFile } from './oracle';
import { openFile, tempFile } from './share-helpers';

describe.each(['xishan-1-plus-4.json', 'huishan-national-upgrade.json', 'wuxi-hi-tech-xinwu.json'])('the chart of %s at 1366×768', (name) => {
  let s: Session;
  const file = exampleFile(name);
  beforeAll(async () => {
    s = await openApp({ width: 1366, height: 768 });
    expect(await openFile(s.page, tempFile(name, file))).toBe('opened');
    await settled(s.page);
    // the view settles after its first fit
    await s.page.waitForTimeout(300);
  });
  afterAll(() => s.close());

  it('opens with bureau names at least 12 px high, the first zone in view', async () => {
    const { page } = s;
    const names = await page.locator('[data-bureau-id]').evaluateAll((cards) =>
      cards.map((card) => {
        const name = card.firstElementChild!.getBoundingClientRect();
        return { height: name.height, font: parseFloat(getComputedStyle(card.firstElementChild!).fontSize) * (name.height / (card.firstElementChild as HTMLElement).offsetHeight) };
      }),
    );
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n.font).toBeGreaterThanOrEqual(12);
    const zone = file.units.find((u) => u.kind === 'zone')!;
    const box = await page.locator(`[data-unit-id="${zone.id}"]`).boundingBox();
    expect(box!.x).toBeLessThan(1366 - 400);
    expect(box!.y).toBeLessThan(768);
  });

  it('folds the units outside the zones’ trees until their band is opened', async () => {
    const { page } = s;
    const band = page.locator('[data-action="toggle-band"][data-band="locals"]');
    if ((await band.count()) === 0) return; // every town and street lies in a zone here
    const inTrees = new Set(file.units.filter((u) => u.kind === 'zone').flatMap((u) => [u.id, ...(u.territory ?? [])]));
    const outside = file.units.filter((u) => (u.kind === 'town' || u.kind === 'street') && !inTrees.has(u.id));
    expect(outside.length).toBeGreaterThan(0);
    const bureau = file.bureaus.find((b) => b.unit === outside[0]!.id)!;
    // folded: the unit is there (a drop target, with its figures), its cards are not
    expect(await page.locator(`[data-unit-id="${outside[0]!.id}"]`).count()).toBe(1);
    expect(await page.locator(`[data-unit-id="${outside[0]!.id}"] [data-metric="units.${outside[0]!.id}.staff"]`).count()).toBe(1);
    expect(await page.locator(`[data-bureau-id="${bureau.id}"]`).count()).toBe(0);
    await band.click();
    await page.waitForSelector(`[data-bureau-id="${bureau.id}"]`);
    await band.click();
    await page.waitForSelector(`[data-bureau-id="${bureau.id}"]`, { state: 'detached' });
  });

  it('raised no page error and asked nothing of another origin', () => {
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});

describe('a drop onto a leading group', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp({ width: 1366, height: 768 });
  });
  afterAll(() => s.close());

  it('is refused with its reason, and changes nothing', async () => {
    const { page } = s;
    const file = exampleFile();
    const group = file.units.find((u) => u.kind === 'group')!;
    expect(group).toBeDefined();
    await page.click('[data-scenario-id="plan-a"]');
    await settled(page);
    await page.click('[data-action="toggle-band"][data-band="others"]');
    // the whole chart in view, so that the card and the group can both be reached
    await page.click('[data-action="fit"]');
    await page.waitForTimeout(400);
    const before = await pageState(page);
    await dragBureau(page, 'xs-ez-invest', `[data-unit-id="${group.id}"]`, {
      // while dragging over it, the group says why it takes no bureau
      beforeDrop: async () => {
        await page.waitForSelector(`[data-unit-id="${group.id}"] [role="note"]`);
      },
    });
    await page.waitForSelector('[data-notice="error"]');
    expect(await page.textContent('[data-notice="error"]')).toContain(group.name);
    const after = await pageState(page);
    expect(after.file).toEqual(before.file);
    expect(after.past).toBe(before.past);
    expect(s.errors).toEqual([]);
  });
});
