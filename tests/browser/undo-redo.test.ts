// Undo and redo: by the buttons and by the keys, across a scenario switch, and an edit made in a
// dialog undone as one step. Every figure is the engine's for the file the history should hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Operation } from '../../src/model';
import { type Session, chooseScenario, confirmDialog, DIALOG, dragBureau, expectScreen, openApp, pageState, selectBureau, waitSteps } from './harness';
import { exampleFile, expectedScreen, withOperations } from './oracle';

const file = exampleFile();
const move: Operation = { op: 'move', bureau: 'xs-ez-municipal', to: 'xs-yunlin' };
const moved = withOperations(file, 'plan-a', [move]);
const cardIn = (unit: string, bureau: string) => `[data-unit-id="${unit}"] [data-bureau-id="${bureau}"]`;

describe('undo and redo', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(() => s.close());

  it('undoes a drag by the button: every figure and the card are back', async () => {
    const { page } = s;
    await chooseScenario(page, 'plan-a');
    await expectScreen(page, expectedScreen(file, 'plan-a'), 'plan-a');
    expect(await page.isDisabled('[data-action="undo"]')).toBe(true);

    await dragBureau(page, 'xs-ez-municipal', '[data-unit-id="xs-yunlin"]');
    await waitSteps(page, 1, 0);
    expect(await page.locator(cardIn('xs-yunlin', 'xs-ez-municipal')).count()).toBe(1);
    expect((await pageState(page)).file).toEqual(moved);
    await expectScreen(page, expectedScreen(moved, 'plan-a'), 'plan-a');

    await page.click('[data-action="undo"]');
    await waitSteps(page, 0, 1);
    expect(await page.locator('[data-bureau-id="xs-ez-municipal"]').count()).toBe(1);
    expect(await page.locator(cardIn('xs-ez', 'xs-ez-municipal')).count()).toBe(1);
    expect((await pageState(page)).file).toEqual(file);
    await expectScreen(page, expectedScreen(file, 'plan-a'), 'plan-a');
    expect(await page.isDisabled('[data-action="undo"]')).toBe(true);
    expect(await page.isEnabled('[data-action="redo"]')).toBe(true);
  });

  it('redoes by Ctrl+Shift+Z and by Ctrl+Y, undoes by Ctrl+Z', async () => {
    const { page } = s;
    await page.keyboard.press('Control+Shift+Z');
    await waitSteps(page, 1, 0);
    expect(await page.locator(cardIn('xs-yunlin', 'xs-ez-municipal')).count()).toBe(1);
    expect((await pageState(page)).file).toEqual(moved);
    await expectScreen(page, expectedScreen(moved, 'plan-a'), 'plan-a');

    await page.keyboard.press('Control+Z');
    await waitSteps(page, 0, 1);
    expect(await page.locator(cardIn('xs-ez', 'xs-ez-municipal')).count()).toBe(1);
    expect((await pageState(page)).file).toEqual(file);
    await expectScreen(page, expectedScreen(file, 'plan-a'), 'plan-a');

    await page.keyboard.press('Control+Y');
    await waitSteps(page, 1, 0);
    expect(await page.locator(cardIn('xs-yunlin', 'xs-ez-municipal')).count()).toBe(1);
    expect((await pageState(page)).file).toEqual(moved);
    await expectScreen(page, expectedScreen(moved, 'plan-a'), 'plan-a');
  });

  it('does not count switching scenarios as a step: undo after a switch undoes the drag', async () => {
    const { page } = s;
    await chooseScenario(page, 'baseline');
    await chooseScenario(page, 'plan-b');
    await expectScreen(page, expectedScreen(moved, 'plan-b'), 'plan-b');
    const before = await pageState(page);
    expect([before.past, before.future]).toEqual([1, 0]);

    await page.keyboard.press('Control+Z');
    await waitSteps(page, 0, 1);
    // the file is the original one: the drag in plan A is undone, plan B is untouched
    expect((await pageState(page)).file).toEqual(file);
    // the step was taken on plan A, and undo shows it where it happened
    await expectScreen(page, expectedScreen(file, 'plan-a'), 'plan-a');
    expect(await page.locator(cardIn('xs-ez', 'xs-ez-municipal')).count()).toBe(1);
    expect(await page.isDisabled('[data-action="undo"]')).toBe(true);
  });

  it('undoes an edit made in a dialog as one step, and redoes it whole', async () => {
    const { page } = s;
    await chooseScenario(page, 'plan-a');
    await selectBureau(page, 'xs-ez-invest');
    await page.click('[data-action="edit-bureau"]');
    await page.fill(`${DIALOG} [name="name"]`, '投资促进和企业服务局');
    await page.fill(`${DIALOG} [name="admin"]`, '18');
    await page.fill(`${DIALOG} [name="institutional"]`, '2');
    await page.fill(`${DIALOG} [name="leaderPosts"]`, '4');
    await confirmDialog(page);
    // a new step clears what could be redone
    await waitSteps(page, 1, 0);
    const edit: Operation = { op: 'set', bureau: 'xs-ez-invest', name: '投资促进和企业服务局', staff: { admin: 18, institutional: 2 }, leaderPosts: 4 };
    const edited = withOperations(file, 'plan-a', [edit]);
    expect((await pageState(page)).file).toEqual(edited);
    await expectScreen(page, expectedScreen(edited, 'plan-a'), 'plan-a');
    expect(await page.getAttribute('[data-bureau-id="xs-ez-invest"]', 'title')).toBe('投资促进和企业服务局');

    await page.click('[data-action="undo"]');
    await waitSteps(page, 0, 1);
    expect((await pageState(page)).file).toEqual(file);
    await expectScreen(page, expectedScreen(file, 'plan-a'), 'plan-a');
    expect(await page.getAttribute('[data-bureau-id="xs-ez-invest"]', 'title')).toBe('投资促进局');

    await page.click('[data-action="redo"]');
    await waitSteps(page, 1, 0);
    expect((await pageState(page)).file).toEqual(edited);
    await expectScreen(page, expectedScreen(edited, 'plan-a'), 'plan-a');

    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
