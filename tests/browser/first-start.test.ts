// A first visit, with nothing stored: the 锡山 example opens on today's organisation, every figure
// and every violation on screen is the engine's, and the page asks nothing of another origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, expectScreen, openApp, pageState } from './harness';
import { exampleFile, expectedScreen } from './oracle';

describe('first start', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(() => s.close());

  it('opens the Xishan example on the baseline with the engine’s figures and violations', async () => {
    const { page } = s;
    const state = await pageState(page);
    expect(state.file).toEqual(exampleFile());
    expect([state.scenarioId, state.past, state.future]).toEqual(['baseline', 0, 0]);
    // the baseline is marked as the current organisation, in Chinese by default
    expect(await page.getAttribute('[data-scenario-id="baseline"]', 'aria-selected')).toBe('true');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expectScreen(page, expectedScreen(exampleFile(), 'baseline'), 'baseline');
    // every unit and bureau of the file is drawn, each in its unit (those outside the zones once
    // their folded bands are opened)
    const file = exampleFile();
    expect(await page.locator('[data-unit-id]').count()).toBeGreaterThanOrEqual(file.units.length);
    const folded = page.locator('[data-action="toggle-band"][aria-expanded="false"]');
    while ((await folded.count()) > 0) await folded.first().click();
    for (const bureau of file.bureaus) expect(await page.locator(`[data-unit-id="${bureau.unit}"] [data-bureau-id="${bureau.id}"]`).count(), bureau.id).toBe(1);
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
