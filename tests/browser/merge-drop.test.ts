// Dropping a bureau on another bureau of the same unit and type asks to merge them; a drop that
// means nothing (another type, its own unit, itself) changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Operation } from '../../src/model';
import { type Session, chooseScenario, confirmDialog, DIALOG, dragBureau, expectScreen, openApp, pageState, waitSteps } from './harness';
import { exampleFile, expectedScreen, withOperations } from './oracle';

const file = exampleFile();

describe('dropping a bureau onto another bureau', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    await chooseScenario(s.page, 'plan-a');
  });
  afterAll(() => s.close());

  async function expectNothingChanged(): Promise<void> {
    const { page } = s;
    // give a wrongly started change the time to arrive
    await page.waitForTimeout(300);
    expect(await page.locator(DIALOG).count()).toBe(0);
    const state = await pageState(page);
    expect(state.file).toEqual(file);
    expect([state.past, state.future]).toEqual([0, 0]);
    expect(await page.locator('[data-unit-id="xs-ez"] [data-bureau-id="xs-ez-invest"]').count()).toBe(1);
    await expectScreen(page, expectedScreen(file, 'plan-a'), 'plan-a');
  }

  it('changes nothing when dropped on a bureau of another type in the same unit', async () => {
    // 招商服务中心 is a public institution, 投资促进局 an internal body
    const { page } = s;
    await dragBureau(page, 'xs-ez-invest', '[data-bureau-id="xs-ez-invest-center"]', {
      async beforeDrop() {
        // mid-drag: the bureaus it may merge with are offered, the institution is not; the institution
        // under the pointer is marked as no target, and its own unit is not lit as one
        expect(await page.getAttribute('[data-bureau-id="xs-ez-approval"]', 'data-drop-bureau')).toBe('true');
        expect(await page.getAttribute('[data-bureau-id="xs-ez-invest-center"]', 'data-drop-bureau')).toBeNull();
        expect(await page.getAttribute('[data-bureau-id="xs-ez-invest-center"]', 'data-drop-invalid')).toBe('true');
        expect(await page.getAttribute('[data-unit-id="xs-ez"]', 'data-drop-over')).toBeNull();
      },
    });
    await expectNothingChanged();
    // and the reason is shown
    expect(await page.locator('[data-notice="error"]').count()).toBeGreaterThan(0);
  });

  it('changes nothing when dropped back on its own unit, or on itself', async () => {
    await dragBureau(s.page, 'xs-ez-invest', '[data-unit-id="xs-ez"]');
    await expectNothingChanged();
    await dragBureau(s.page, 'xs-ez-invest', '[data-bureau-id="xs-ez-invest"]');
    await expectNothingChanged();
  });

  it('changes nothing when the merge dialog is closed with Esc', async () => {
    const { page } = s;
    await dragBureau(page, 'xs-ez-invest', '[data-bureau-id="xs-ez-approval"]');
    await page.waitForSelector(DIALOG);
    await page.keyboard.press('Escape');
    await page.waitForSelector(DIALOG, { state: 'detached' });
    await expectNothingChanged();
  });

  it('merges the two into one bureau with the new name, with the engine figures of the same merge', async () => {
    const { page } = s;
    await dragBureau(page, 'xs-ez-invest', '[data-bureau-id="xs-ez-approval"]');
    await page.waitForSelector(DIALOG);
    // the bureau dropped on is already ticked as the partner
    expect(await page.locator(`${DIALOG} input[type="checkbox"]:checked`).count()).toBe(1);
    await page.fill(`${DIALOG} [name="name"]`, '投资促进和行政审批局');
    await confirmDialog(page);
    await waitSteps(page, 1, 0);

    // the app names a merged bureau after its unit: the unit's id, then the first free -1, -2 …
    const merge: Operation = { op: 'merge', bureaus: ['xs-ez-invest', 'xs-ez-approval'], into: { id: 'xs-ez-1', name: '投资促进和行政审批局', category: 'economic' } };
    const merged = withOperations(file, 'plan-a', [merge]);
    const state = await pageState(page);
    expect(state.file.scenarios.find((x) => x.id === 'plan-a')!.operations.at(-1)).toEqual(merge);
    expect(state.file).toEqual(merged);

    expect(await page.locator('[data-bureau-id="xs-ez-invest"]').count()).toBe(0);
    expect(await page.locator('[data-bureau-id="xs-ez-approval"]').count()).toBe(0);
    const card = page.locator('[data-unit-id="xs-ez"] [data-bureau-id="xs-ez-1"]');
    expect(await card.count()).toBe(1);
    expect(await card.getAttribute('title')).toBe('投资促进和行政审批局');
    await expectScreen(page, expectedScreen(merged, 'plan-a'), 'plan-a');

    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
