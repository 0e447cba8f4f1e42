// A province of 20,000 bureaus, as a provincial office opens it: seen whole, each unit is one block
// coloured by kind and marked where the engine says a rule is broken; search flies to any bureau
// and its card is drawn; a drop there gives the engine's figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, loadParsedFile } from '../../src/engine';
import { generateProvince } from '../../src/generate/province';
import { serialiseScenarioFile } from '../../src/model';
import { chooseFile } from './fault-helpers';
import { type Session, chooseScenario, dragBureau, openApp, settled, shown } from './harness';
import { exampleFile } from './oracle';

const file = generateProvince({ bureaus: 20_000, seed: 7, scenarios: 1, operations: 40 });
const loaded = (() => {
  const result = loadParsedFile(file);
  if (!result.ok) throw new Error('the generated province does not load');
  return result.loaded;
})();

const operations = (bureau: string, to: string) => [...file.scenarios[0]!.operations, { op: 'move' as const, bureau, to }];

describe('a province of 20,000 bureaus', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    await chooseFile(s.page, 'province.json', serialiseScenarioFile(file));
    await s.page.waitForSelector(`.file-title :text("${file.title}")`, { timeout: 60_000 });
    await settled(s.page);
  }, 120_000);
  afterAll(() => s.close());

  it('seen whole: one block a unit, none with cards, each marked as the engine marks it', async () => {
    const { page } = s;
    const blocks = await page.$$eval('.unit.overview', (list) => list.map((b) => ({ id: b.getAttribute('data-unit-id')!, mark: b.classList.contains('mark-error') ? 'error' : b.classList.contains('mark-warning') ? 'warning' : undefined, children: b.childElementCount })));
    expect(blocks.length).toBeGreaterThan(1000);
    expect(blocks.every((b) => b.children === 0)).toBe(true);
    expect(await page.locator('[data-bureau-id]').count()).toBe(0);
    // the units the baseline's report names in an error are red, and only those are
    const report = buildReport(loaded, { lang: 'zh' });
    const units = new Set(loaded.baseline.units.map((u) => u.id));
    const erring = new Set(report.baseline.violations.flatMap((v) => (v.severity === 'error' && v.subject.kind === 'unit' && units.has(v.subject.id) ? [v.subject.id] : [])));
    const red = blocks.filter((b) => b.mark === 'error').map((b) => b.id);
    expect(red.length).toBeGreaterThan(0);
    for (const id of red) expect(erring.has(id), id).toBe(true);
    for (const id of erring) if (blocks.some((b) => b.id === id)) expect(red, id).toContain(id);
    expect(await page.locator('.chart-legend .unit-error').count()).toBe(1);
  });

  it('search flies to a bureau far into the province, whose card is then drawn; a drop there gives the engine\'s figures', async () => {
    const { page } = s;
    await chooseScenario(page, file.scenarios[0]!.id);
    const bureau = loaded.scenarios[0]!.bureaus.find((b) => b.unit === 'z100-o0')!;
    await page.keyboard.press('/');
    await page.keyboard.type(bureau.id);
    await page.waitForSelector(`[role="option"][data-search-id="${bureau.id}"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`[data-bureau-id="${bureau.id}"]`, { timeout: 10_000 });
    await page.waitForTimeout(1200); // the flight
    expect(await page.locator('.unit.overview').count()).toBe(0);
    // into the park office beside it
    const target = 'z100-o1';
    await dragBureau(page, bureau.id, `[data-unit-id="${target}"] > header`);
    await page.waitForSelector(`[data-unit-id="${target}"] [data-bureau-id="${bureau.id}"]`, { timeout: 10_000 });
    await page.waitForFunction((n) => (window as unknown as { zonereform: { controller: { store: { get(): { pending: boolean; file?: { scenarios: Array<{ operations: unknown[] }> } } } } } }).zonereform.controller.store.get().file?.scenarios[0]?.operations.length === n, operations(bureau.id, target).length);
    const after = loadParsedFile({ ...file, scenarios: [{ ...file.scenarios[0]!, operations: operations(bureau.id, target) }] });
    if (!after.ok) throw new Error('the move does not apply');
    const expected = buildReport(after.loaded, { lang: 'zh' }).scenarios[0]!.metrics;
    expect(await shown(page, '[data-metric="staff.total"]')).toBe(expected.staff.total);
    expect(await shown(page, `[data-metric="units.${target}.bodies"]`)).toBe(expected.units[target]!.bodies);
    expect(await shown(page, `[data-metric="units.${bureau.unit}.bodies"]`)).toBe(expected.units[bureau.unit]!.bodies);
    expect(s.errors).toEqual([]);
  });
});

describe('a district seen from far', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(() => s.close());

  it('keeps every card, to read and to drag, however far out: only a province is simplified', async () => {
    const { page } = s;
    // the units outside the zones are folded in their bands until opened
    const folded = page.locator('[data-action="toggle-band"][aria-expanded="false"]');
    while ((await folded.count()) > 0) await folded.first().click();
    const scale = async () => Number(/scale\(([\d.e-]+)\)/.exec(await page.evaluate(() => (document.querySelector('[data-unit-id]')?.parentElement as HTMLElement).style.transform))?.[1]);
    for (let i = 0; i < 40 && (await scale()) >= 0.05; i++) {
      await page.click('button[aria-label="缩小"]');
      await page.waitForTimeout(200); // each step is a short transition
    }
    expect(await scale()).toBeLessThan(0.08);
    expect(await page.locator('[data-bureau-id]').count()).toBe(exampleFile().bureaus.length);
    expect(await page.locator('.unit.overview').count()).toBe(0);
  });
});
