// Every kind of edit through its dialog, in a scenario: each must add exactly the operation the
// form describes (SPEC §5), and the screen must show the engine's figures for the file with it.
// Each test starts from the file the page holds, so one failure does not hide the next.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Operation } from '../../src/model';
import { type PageState, type Session, chooseScenario, confirmDialog, DIALOG, expectScreen, openApp, pageState, selectBureau, selectUnit, settled, waitSteps } from './harness';
import { exampleFile, expectedScreen, withBaselineOperation, withOperations } from './oracle';

const SCENARIO = 'plan-a';

describe('edits through their dialogs', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    await chooseScenario(s.page, SCENARIO);
  });
  afterAll(() => s.close());

  async function expectApplied(before: PageState, operation: Operation): Promise<void> {
    const { page } = s;
    await waitSteps(page, before.past + 1, 0);
    const after = withOperations(before.file, SCENARIO, [operation]);
    const state = await pageState(page);
    expect(state.file.scenarios.find((x) => x.id === SCENARIO)!.operations.at(-1)).toEqual(operation);
    expect(state.file).toEqual(after);
    await expectScreen(page, expectedScreen(after, SCENARIO), SCENARIO);
  }

  it('edits a bureau: name, staff and leader posts', async () => {
    const { page } = s;
    const before = await pageState(page);
    await selectBureau(page, 'xs-ez-econ');
    await page.click('[data-action="edit-bureau"]');
    await page.fill(`${DIALOG} [name="name"]`, '经济发展和运行局');
    await page.fill(`${DIALOG} [name="admin"]`, '17');
    await page.fill(`${DIALOG} [name="institutional"]`, '3');
    await page.fill(`${DIALOG} [name="leaderPosts"]`, '4');
    await confirmDialog(page);
    await expectApplied(before, { op: 'set', bureau: 'xs-ez-econ', name: '经济发展和运行局', staff: { admin: 17, institutional: 3 }, leaderPosts: 4 });
    expect(await page.getAttribute('[data-bureau-id="xs-ez-econ"]', 'title')).toBe('经济发展和运行局');
  });

  it('creates a bureau in a unit', async () => {
    const { page } = s;
    const before = await pageState(page);
    await selectUnit(page, 'xs-yunlin');
    await page.click('[data-action="create-bureau"]');
    await page.fill(`${DIALOG} [name="name"]`, '城市建设管理办公室');
    await page.selectOption(`${DIALOG} [name="category"]`, 'social');
    await page.selectOption(`${DIALOG} [name="type"]`, 'internal');
    await page.fill(`${DIALOG} [name="admin"]`, '6');
    await page.fill(`${DIALOG} [name="institutional"]`, '0');
    await page.fill(`${DIALOG} [name="leaderPosts"]`, '2');
    await confirmDialog(page);
    await waitSteps(page, before.past + 1, 0);
    // the new bureau's id is the app's choice: read it from the operation it added
    const added = (await pageState(page)).file.scenarios.find((x) => x.id === SCENARIO)!.operations.at(-1)!;
    expect(added.op).toBe('create');
    const id = added.op === 'create' ? added.bureau.id : '';
    expect(before.file.bureaus.some((b) => b.id === id)).toBe(false);
    await expectApplied(before, {
      op: 'create',
      bureau: { id, unit: 'xs-yunlin', name: '城市建设管理办公室', type: 'internal', category: 'social', functions: [], staff: { admin: 6, institutional: 0 }, leaderPosts: 2 },
    });
    expect(await page.getAttribute(`[data-unit-id="xs-yunlin"] [data-bureau-id="${id}"]`, 'title')).toBe('城市建设管理办公室');
  });

  it('abolishes a bureau and hands its duties to another', async () => {
    const { page } = s;
    const before = await pageState(page);
    // 东亭街道 lies outside every zone: its band is folded until opened
    expect(await page.locator('[data-bureau-id="xs-dt-econ"]').count()).toBe(0);
    await page.click('[data-action="toggle-band"][data-band="locals"]');
    await selectBureau(page, 'xs-dt-econ');
    await page.click('[data-action="abolish"]');
    await page.selectOption(`${DIALOG} [name="functionsTo"]`, 'xs-dt-office');
    await confirmDialog(page);
    await expectApplied(before, { op: 'abolish', bureau: 'xs-dt-econ', functionsTo: 'xs-dt-office' });
    expect(await page.locator('[data-bureau-id="xs-dt-econ"]').count()).toBe(0);
  });

  it('reassigns a duty from one bureau to another', async () => {
    const { page } = s;
    const before = await pageState(page);
    await selectBureau(page, 'xs-yl-econ');
    await page.click('[data-action="reassign"]');
    // the duty is the dialog's one unnamed select; the receiving bureau is [name=to]
    await page.selectOption(`${DIALOG} select:not([name])`, 'investment-promotion');
    await page.selectOption(`${DIALOG} [name="to"]`, 'xs-ez-invest');
    await confirmDialog(page);
    await expectApplied(before, { op: 'reassign', function: 'investment-promotion', from: 'xs-yl-econ', to: 'xs-ez-invest' });
  });

  it('adds a unit', async () => {
    const { page } = s;
    const before = await pageState(page);
    await page.click('[data-action="add-unit"]');
    await page.fill(`${DIALOG} [name="name"]`, '锡山新材料产业园管理办公室');
    await page.selectOption(`${DIALOG} [name="kind"]`, 'office');
    await page.selectOption(`${DIALOG} [name="level"]`, 'provincial');
    await page.selectOption(`${DIALOG} [name="parent"]`, 'xs-ez');
    await page.fill(`${DIALOG} [name="leaderPosts"]`, '2');
    await confirmDialog(page);
    await waitSteps(page, before.past + 1, 0);
    const added = (await pageState(page)).file.scenarios.find((x) => x.id === SCENARIO)!.operations.at(-1)!;
    expect(added.op).toBe('add-unit');
    const id = added.op === 'add-unit' ? added.unit.id : '';
    expect(before.file.units.some((u) => u.id === id)).toBe(false);
    await expectApplied(before, { op: 'add-unit', unit: { id, name: '锡山新材料产业园管理办公室', kind: 'office', level: 'provincial', parent: 'xs-ez', leaderPosts: 2 } });
    expect(await page.locator(`[data-unit-id="${id}"]`).count()).toBe(1);
  });

  it('edits a unit: its cap on internal bodies', async () => {
    const { page } = s;
    const before = await pageState(page);
    await selectUnit(page, 'xs-ez');
    await page.click('[data-action="edit-unit"]');
    await page.fill(`${DIALOG} [name="bodyCap"]`, '7');
    await confirmDialog(page);
    await expectApplied(before, { op: 'set-unit', unit: 'xs-ez', bodyCap: 7 });
  });

  it('refuses to remove a unit that still holds bureaus, and says so', async () => {
    const { page } = s;
    const before = await pageState(page);
    await selectUnit(page, 'xs-houqiao');
    await page.click('[data-action="remove-unit"]');
    await confirmDialog(page);
    await page.waitForSelector('[data-notice="error"]');
    await settled(page);
    const after = await pageState(page);
    expect(after.file).toEqual(before.file);
    expect([after.past, after.future]).toEqual([before.past, before.future]);
    expect(await page.locator('[data-unit-id="xs-houqiao"]').count()).toBe(1);
    await expectScreen(page, expectedScreen(before.file, SCENARIO), SCENARIO);
    await page.click('[data-notice="error"] button');
    await page.waitForSelector('[data-notice="error"]', { state: 'detached' });
  });

  it('removes an empty unit', async () => {
    const { page } = s;
    const before = await pageState(page);
    await selectUnit(page, 'xs-resort');
    await page.click('[data-action="remove-unit"]');
    await confirmDialog(page);
    await expectApplied(before, { op: 'remove-unit', unit: 'xs-resort' });
    expect(await page.locator('[data-unit-id="xs-resort"]').count()).toBe(0);
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });

  it('edits the organisation itself on the baseline tab, and every scenario follows', async () => {
    const { page } = s;
    await chooseScenario(page, 'baseline');
    const before = await pageState(page);
    // the file on the page is the example plus the scenario edits above; the baseline is untouched
    expect(before.file.units).toEqual(exampleFile().units);
    await selectBureau(page, 'xs-msz-office');
    await page.click('[data-action="edit-bureau"]');
    await page.fill(`${DIALOG} [name="admin"]`, '4');
    await page.fill(`${DIALOG} [name="leaderPosts"]`, '2');
    await confirmDialog(page);
    await waitSteps(page, before.past + 1, 0);
    const after = withBaselineOperation(before.file, { op: 'set', bureau: 'xs-msz-office', staff: { admin: 4, institutional: 0 }, leaderPosts: 2 });
    expect((await pageState(page)).file).toEqual(after);
    await expectScreen(page, expectedScreen(after, 'baseline'), 'baseline');
    await chooseScenario(page, 'plan-b');
    await expectScreen(page, expectedScreen(after, 'plan-b'), 'plan-b');
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });

  it('creates a bureau on the baseline in a unit where a scenario has already created one', async () => {
    // plan A created a bureau in 云林街道 above; the app names new bureaus itself, so its choice must not collide
    const { page } = s;
    await chooseScenario(page, 'baseline');
    const before = await pageState(page);
    await selectUnit(page, 'xs-yunlin');
    await page.click('[data-action="create-bureau"]');
    await page.fill(`${DIALOG} [name="name"]`, '综合行政执法办公室');
    await page.selectOption(`${DIALOG} [name="category"]`, 'social');
    await page.fill(`${DIALOG} [name="admin"]`, '5');
    await page.fill(`${DIALOG} [name="leaderPosts"]`, '1');
    await confirmDialog(page);
    try {
      await waitSteps(page, before.past + 1, 0, { timeout: 5000 });
    } catch {
      const notices = await page.locator('[data-notice="error"]').allTextContents();
      expect.fail(`the new bureau was refused: ${notices.join(' | ')}`);
    }
    const state = await pageState(page);
    const created = state.file.bureaus.find((b) => !before.file.bureaus.some((x) => x.id === b.id));
    expect(created).toBeDefined();
    const after = withBaselineOperation(before.file, {
      op: 'create',
      bureau: { id: created!.id, unit: 'xs-yunlin', name: '综合行政执法办公室', type: 'internal', category: 'social', functions: [], staff: { admin: 5, institutional: 0 }, leaderPosts: 1 },
    });
    expect(state.file).toEqual(after);
    await expectScreen(page, expectedScreen(after, 'baseline'), 'baseline');
    await chooseScenario(page, SCENARIO);
    await expectScreen(page, expectedScreen(after, SCENARIO), SCENARIO);
  });
});
