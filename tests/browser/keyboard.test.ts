// The keyboard way to a move: focus a card, Enter selects it, the inspector's "move to" opens the
// dialog, a unit is chosen and Enter confirms (on the confirm button, or from a text field); `m`
// on a card opens the same dialog; Esc closes a dialog and changes nothing. Each test starts from
// the file the page holds and expects the engine's figures for that file with one more operation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Operation, ScenarioFile } from '../../src/model';
import { type Session, chooseScenario, DIALOG, expectScreen, openApp, pageState, settled, waitSteps } from './harness';
import { expectedScreen, withOperations } from './oracle';

type Page = Session['page'];
const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return { bureau: e?.getAttribute('data-bureau-id') ?? null, name: e?.getAttribute('name') ?? null, inDialog: Boolean(e?.closest('[role="dialog"]')) };
  });

describe('moving a bureau with the keyboard', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    await chooseScenario(s.page, 'plan-a');
  });
  afterAll(() => s.close());

  /** Focuses a card, selects it with Enter, and opens the inspector's "move to" with Enter. */
  async function openMoveFromInspector(page: Page, bureau: string): Promise<void> {
    await page.focus(`[data-bureau-id="${bureau}"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-action="move-to"]');
    expect(await page.getAttribute(`[data-bureau-id="${bureau}"]`, 'aria-pressed')).toBe('true');
    await page.focus('[data-action="move-to"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector(DIALOG);
    // the dialog starts on its first field: the unit to move to
    expect(await focused(page)).toMatchObject({ name: 'to', inDialog: true });
  }

  async function expectMoved(page: Page, before: ScenarioFile, past: number, operation: Operation): Promise<void> {
    await page.waitForSelector(DIALOG, { state: 'detached' });
    await waitSteps(page, past, 0);
    const after = withOperations(before, 'plan-a', [operation]);
    expect((await pageState(page)).file).toEqual(after);
    if (operation.op === 'move') {
      // a unit outside the zones is folded in its band: opened, it shows the bureau that came
      const folded = page.locator(`[data-unit-id="${operation.to}"] [data-action="open-folded"]`);
      if ((await folded.count()) > 0) await folded.click();
      expect(await page.locator(`[data-unit-id="${operation.to}"] [data-bureau-id="${operation.bureau}"]`).count()).toBe(1);
    }
    await expectScreen(page, expectedScreen(after, 'plan-a'), 'plan-a');
  }

  it('reaches the cards with Tab', async () => {
    const { page } = s;
    await page.focus('[data-bureau-id="xs-ez-assets-center"]');
    await page.keyboard.press('Tab');
    expect((await focused(page)).bureau).toBe('xs-ez-municipal');
  });

  it('confirms with Enter on the dialog’s confirm button, reached with Tab', async () => {
    const { page } = s;
    const before = await pageState(page);
    await openMoveFromInspector(page, 'xs-ez-municipal');
    // Enter on a select belongs to the select (Chromium opens its list): choose, then Tab onwards
    await page.selectOption(`${DIALOG} select[name="to"]`, 'xs-yunlin');
    for (let n = 0; n < 8 && (await page.evaluate(() => document.activeElement?.getAttribute('data-action'))) !== 'confirm'; n++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('confirm');
    await page.keyboard.press('Enter');
    await expectMoved(page, before.file, before.past + 1, { op: 'move', bureau: 'xs-ez-municipal', to: 'xs-yunlin' });
  });

  it('confirms with Enter from the document-number field, which the move records', async () => {
    const { page } = s;
    const before = await pageState(page);
    await openMoveFromInspector(page, 'xs-ez-assets-center');
    await page.selectOption(`${DIALOG} select[name="to"]`, 'xs-anzhen');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ name: 'doc', inDialog: true });
    await page.keyboard.type('锡山编〔2025〕20号');
    await page.keyboard.press('Enter');
    await expectMoved(page, before.file, before.past + 1, { op: 'move', bureau: 'xs-ez-assets-center', to: 'xs-anzhen', doc: '锡山编〔2025〕20号' });
  });

  it('opens the move dialog with m on a focused card; Esc closes it without a change', async () => {
    const { page } = s;
    const before = await pageState(page);
    await page.focus('[data-bureau-id="xs-ez-invest-center"]');
    await page.keyboard.press('m');
    await page.waitForSelector(DIALOG);
    expect(await focused(page)).toMatchObject({ name: 'to', inDialog: true });
    await page.selectOption(`${DIALOG} select[name="to"]`, 'xs-dongting');
    await page.keyboard.press('Escape');
    await page.waitForSelector(DIALOG, { state: 'detached' });
    await page.waitForTimeout(300);
    await settled(page);
    const after = await pageState(page);
    expect(after.file).toEqual(before.file);
    expect([after.past, after.future]).toEqual([before.past, before.future]);
    expect(await page.locator('[data-unit-id="xs-ez"] [data-bureau-id="xs-ez-invest-center"]').count()).toBe(1);
    await expectScreen(page, expectedScreen(before.file, 'plan-a'), 'plan-a');
  });

  it('closes each of the inspector’s dialogs with Esc without a change', async () => {
    const { page } = s;
    const before = await pageState(page);
    await page.focus('[data-bureau-id="xs-ez-invest-center"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-action="abolish"]');
    for (const action of ['move-to', 'merge-with', 'reassign', 'edit-bureau', 'abolish']) {
      await page.focus(`[data-action="${action}"]`);
      await page.keyboard.press('Enter');
      await page.waitForSelector(DIALOG);
      await page.keyboard.press('Escape');
      await page.waitForSelector(DIALOG, { state: 'detached' });
    }
    await page.waitForTimeout(300);
    const after = await pageState(page);
    expect(after.file).toEqual(before.file);
    expect([after.past, after.future]).toEqual([before.past, before.future]);
    await expectScreen(page, expectedScreen(before.file, 'plan-a'), 'plan-a');

    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
