// A reload brings back the workspace from the autosave: the same file, the same scenario on
// screen with the same figures, and the undo history, which still works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Operation } from '../../src/model';
import { type Session, chooseScenario, confirmDialog, DIALOG, dragBureau, expectScreen, openApp, pageState, reload, waitSaved, waitSteps } from './harness';
import { exampleFile, expectedScreen, withOperations, withScenario } from './oracle';

const file = exampleFile();
const moveInA: Operation = { op: 'move', bureau: 'xs-ez-municipal', to: 'xs-yunlin' };
const moveInC: Operation = { op: 'move', bureau: 'xs-ez-land', to: 'xs-houqiao' };
const afterA = withOperations(file, 'plan-a', [moveInA]);
const withC = withScenario(afterA, { id: 'plan-3', name: '方案C', operations: [] });
const afterC = withOperations(withC, 'plan-3', [moveInC]);

describe('reloading the page', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(() => s.close());

  it('brings back the same file, the same scenario and the same figures', async () => {
    const { page } = s;
    await chooseScenario(page, 'plan-a');
    await dragBureau(page, 'xs-ez-municipal', '[data-unit-id="xs-yunlin"]');
    await waitSteps(page, 1, 0);

    await page.click('[data-action="new-scenario"]');
    await page.fill(`${DIALOG} [name="name"]`, '方案C');
    await page.selectOption(`${DIALOG} [name="copyOf"]`, '');
    await confirmDialog(page);
    await waitSteps(page, 2, 0);
    expect((await pageState(page)).scenarioId).toBe('plan-3');
    await chooseScenario(page, 'plan-a');
    await chooseScenario(page, 'plan-3');
    await dragBureau(page, 'xs-ez-land', '[data-unit-id="xs-houqiao"]');
    await waitSteps(page, 3, 0);
    expect((await pageState(page)).file).toEqual(afterC);
    await expectScreen(page, expectedScreen(afterC, 'plan-3'), 'plan-3');

    await waitSaved(page);
    await reload(page);
    const restored = await pageState(page);
    expect(restored.file).toEqual(afterC);
    expect(restored.scenarioId).toBe('plan-3');
    expect([restored.past, restored.future]).toEqual([3, 0]);
    await expectScreen(page, expectedScreen(afterC, 'plan-3'), 'plan-3');
    expect(await page.locator('[data-unit-id="xs-houqiao"] [data-bureau-id="xs-ez-land"]').count()).toBe(1);
  });

  it('still undoes and redoes after the reload, step by step', async () => {
    const { page } = s;
    await page.click('[data-action="undo"]');
    await waitSteps(page, 2, 1);
    expect((await pageState(page)).file).toEqual(withC);
    await expectScreen(page, expectedScreen(withC, 'plan-3'), 'plan-3');
    expect(await page.locator('[data-unit-id="xs-ez"] [data-bureau-id="xs-ez-land"]').count()).toBe(1);

    // undoing the new scenario removes it and shows the scenario it was created from
    await page.click('[data-action="undo"]');
    await waitSteps(page, 1, 2);
    expect((await pageState(page)).file).toEqual(afterA);
    expect(await page.locator('[data-scenario-id="plan-3"]').count()).toBe(0);
    await expectScreen(page, expectedScreen(afterA, 'plan-a'), 'plan-a');

    await page.click('[data-action="undo"]');
    await waitSteps(page, 0, 3);
    expect((await pageState(page)).file).toEqual(file);
    await expectScreen(page, expectedScreen(file, 'plan-a'), 'plan-a');

    for (let n = 1; n <= 3; n++) {
      await page.click('[data-action="redo"]');
      await waitSteps(page, n, 3 - n);
    }
    expect((await pageState(page)).file).toEqual(afterC);
    await expectScreen(page, expectedScreen(afterC, 'plan-3'), 'plan-3');
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });

  it('keeps a change made just before the reload (the page saves when it goes away)', async () => {
    const { page } = s;
    await waitSaved(page);
    const move: Operation = { op: 'move', bureau: 'xs-ez-invest-center', to: 'xs-dongting' };
    const expected = withOperations(afterC, 'plan-3', [move]);
    await dragBureau(page, 'xs-ez-invest-center', '[data-unit-id="xs-dongting"]');
    await waitSteps(page, 4, 0);
    expect((await pageState(page)).file).toEqual(expected);
    // no waiting for the autosave's delay: a user who reloads at once
    await reload(page);
    const restored = await pageState(page);
    expect(restored.file).toEqual(expected);
    expect([restored.past, restored.future]).toEqual([4, 0]);
    await expectScreen(page, expectedScreen(expected, 'plan-3'), 'plan-3');
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
