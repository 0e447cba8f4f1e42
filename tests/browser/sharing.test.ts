// Bringing a colleague's proposals in, in the real app (Chromium, the engine worker, IndexedDB):
// from the File menu, by dropping a file (asked what to do, or at once with Shift). With the same
// organisation today, each proposal comes in as it is and shows exactly the figures the engine
// gives it in its own file; with another, the differences and every operation that cannot apply
// are shown with the engine's reason, and skipping them or keeping the proposal aside each gives
// the file the engine expects. Each is one undo step; nothing leaves the origin.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOperation, contextOf } from '../../src/engine';
import { NOT_APPLIED_KEY, type NotApplied } from '../../src/engine/share';
import type { Operation, Scenario, ScenarioFile } from '../../src/model';
import { type Session, chooseScenario, expectScreen, openApp, pageState, settled, waitSteps } from './harness';
import { exampleFile, expectedScreen, reportOf, withBaselineOperation } from './oracle';
import { PLAN_C_OPERATIONS, dropFile, tempFile } from './share-helpers';
import { bringInDialog, openFileMenu } from './sharing-helpers';

const file = exampleFile();
const stamp = (ops: Operation[], by: string, at: string): Operation[] => ops.map((op) => ({ ...op, by, at }));

/** A colleague's copy with the same organisation: their plan-a (its id taken here) and a plan-c. */
const sameBaseline: ScenarioFile = {
  ...file,
  title: '锡山区方案（李四的修改稿）',
  scenarios: [
    { ...file.scenarios[0]!, name: '方案A（李四修改）', status: 'submitted', operations: [...file.scenarios[0]!.operations, { op: 'move', bureau: 'xs-ez-invest', to: 'xs-msz', by: '李四', at: '2025-06-03' }] },
    { id: 'plan-c', name: '方案C：平台运营＋机构整合', operations: stamp(PLAN_C_OPERATIONS, '李四', '2025-06-04') },
  ],
};

/**
 * Another organisation: a new bureau (投资服务局) and a town renamed there. plan-s moves the new
 * bureau (cannot apply here) and the zone's urban bureau (can); plan-k only touches the new bureau.
 */
const NEW_BUREAU: Operation = {
  op: 'create',
  bureau: { id: 'xs-ez-trade', name: '投资服务局', unit: 'xs-ez', type: 'internal', category: 'economic', functions: ['investment-promotion'], staff: { admin: 5, institutional: 0 }, leaderPosts: 1 },
};
const otherBaseline: ScenarioFile = {
  ...withBaselineOperation(withBaselineOperation(file, NEW_BUREAU), { op: 'set-unit', unit: 'xs-yunlin', name: '云林街道（新）' }),
  title: '另一版现状',
  scenarios: [
    {
      id: 'plan-s',
      name: '跳过方案',
      status: 'approved',
      operations: [
        { op: 'move', bureau: 'xs-ez-trade', to: 'xs-msz', by: '王五', at: '2025-06-05' },
        { op: 'move', bureau: 'xs-ez-urban', to: 'xs-yunlin', by: '王五', at: '2025-06-05' },
      ],
    },
    {
      id: 'plan-k',
      name: '搁置方案',
      operations: [
        { op: 'set', bureau: 'xs-ez-trade', leaderPosts: 2, by: '王五', at: '2025-06-06' },
        { op: 'move', bureau: 'xs-ez-office', to: 'xs-msz', by: '王五', at: '2025-06-06' },
      ],
    },
  ],
};

/** The hooked value of a proposal's figure in the dialog. */
async function dialogSaving(page: Page, proposal: string, saving: string): Promise<number> {
  return Number(await page.getAttribute(`[data-bring-proposal="${proposal}"] [data-proposal-saving="${saving}"]`, 'data-value'));
}

describe('bringing proposals in', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    await settled(s.page);
  });
  afterAll(() => s.close());

  it('same organisation: every proposal comes in as it is, with the figures it has in its own file; one undo takes it back', async () => {
    const { page } = s;
    await openFileMenu(page);
    await page.setInputFiles('input[type=file][data-action="import-proposals"]', tempFile('colleague.json', sameBaseline));
    const dialog = await bringInDialog(page);
    expect(await dialog.getAttribute('data-same-baseline')).toBe('true');
    const theirs = reportOf(sameBaseline);
    // each proposal with its name, status, last author and date, and its figures there
    for (const [index, source] of sameBaseline.scenarios.entries()) {
      const row = page.locator(`[data-bring-proposal="${source.id}"]`);
      const text = await row.textContent();
      expect(text).toContain(source.name);
      expect(text).toContain('李四');
      expect(text).toContain(source.operations.at(-1)!.at!);
      for (const saving of ['bodies', 'staff', 'leaderPosts', 'released'] as const) {
        expect(await dialogSaving(page, source.id, saving), `${source.id} ${saving}`).toBe(theirs.scenarios[index]!.savings[saving]);
      }
    }
    expect(await page.getAttribute('[data-bring-proposal="plan-a"]', 'data-incoming-id')).toBe('plan-a-2');
    expect(await page.getAttribute('[data-bring-proposal="plan-c"]', 'data-incoming-id')).toBe('plan-c');
    // nothing changed yet
    expect((await pageState(page)).file).toEqual(file);

    await page.click('[data-action="confirm-bring-in"]');
    await waitSteps(page, 1, 0);
    await page.waitForSelector('[data-sharing]', { state: 'detached' });
    const expected: ScenarioFile = { ...file, scenarios: [...file.scenarios, { ...sameBaseline.scenarios[0]!, id: 'plan-a-2' }, sameBaseline.scenarios[1]!] };
    expect((await pageState(page)).file).toEqual(expected);
    for (const [here, there] of [['plan-a-2', 'plan-a'], ['plan-c', 'plan-c']] as const) {
      await chooseScenario(page, here);
      const screen = expectedScreen(expected, here);
      await expectScreen(page, screen, here);
      // the figures it had in its own file
      const own = theirs.scenarios.find((x) => x.id === there)!;
      expect(screen.report.scenarios.find((x) => x.id === here)!.metrics).toEqual(own.metrics);
      expect(screen.saving).toEqual(Object.fromEntries(Object.entries(own.savings)));
    }

    await page.click('[data-action="undo"]');
    await waitSteps(page, 0, 1);
    expect((await pageState(page)).file).toEqual(file);
    await expectScreen(page, expectedScreen(file, 'baseline'), 'baseline');
  });

  it('another organisation: what differs is shown with names, what cannot apply with the reason; skip and keep aside each as chosen; one undo', async () => {
    const { page } = s;
    await openFileMenu(page);
    await page.setInputFiles('input[type=file][data-action="import-proposals"]', tempFile('other.json', otherBaseline));
    const dialog = await bringInDialog(page);
    expect(await dialog.getAttribute('data-same-baseline')).toBe('false');
    // what differs in today's organisation, by id, with the names
    const added = page.locator('[data-diff-bureau="xs-ez-trade"]');
    expect(await added.getAttribute('data-change')).toBe('added');
    expect(await added.textContent()).toContain('投资服务局');
    const renamed = page.locator('[data-diff-unit="xs-yunlin"]');
    expect(await renamed.getAttribute('data-change')).toBe('changed');
    const nameChange = await renamed.locator('[data-diff-field="name"]').textContent();
    expect(nameChange).toContain('云林街道');
    expect(nameChange).toContain('云林街道（新）');

    // the operations that cannot apply here, with the engine's reason
    const ours = { units: file.units, bureaus: file.bureaus };
    const refusalOf = (op: Operation) => {
      const result = applyOperation(ours, op, contextOf(file));
      if (result.ok) throw new Error('it applies');
      return result.refusals[0]!.message.zh;
    };
    const refusedS = page.locator('[data-bring-proposal="plan-s"] [data-refused-operation]');
    expect(await refusedS.evaluateAll((items) => items.map((e) => e.getAttribute('data-refused-operation')))).toEqual(['0']);
    expect(await refusedS.first().textContent()).toContain(refusalOf(otherBaseline.scenarios[0]!.operations[0]!));
    expect(await refusedS.first().textContent()).toContain('投资服务局');
    const refusedK = page.locator('[data-bring-proposal="plan-k"] [data-refused-operation]');
    expect(await refusedK.evaluateAll((items) => items.map((e) => e.getAttribute('data-refused-operation')))).toEqual(['0']);
    // a choice must be made for each before anything can be done
    expect(await page.isDisabled('[data-action="confirm-bring-in"]')).toBe(true);
    await page.check('[data-bring-proposal="plan-s"] input[data-proposal-choice="skip"]');
    expect(await page.isDisabled('[data-action="confirm-bring-in"]')).toBe(true);
    await page.check('[data-bring-proposal="plan-k"] input[data-proposal-choice="keepAside"]');
    expect((await pageState(page)).file).toEqual(file);

    await page.click('[data-action="confirm-bring-in"]');
    await waitSteps(page, 1, 0);
    const after = (await pageState(page)).file;
    expect(after.units).toEqual(file.units);
    expect(after.bureaus).toEqual(file.bureaus);
    expect(after.scenarios.slice(0, file.scenarios.length)).toEqual(file.scenarios);
    const [skipped, aside] = after.scenarios.slice(file.scenarios.length) as [Scenario, Scenario];
    // skipped: the operation that applies, in place; the other recorded with where it stood; approved no longer
    expect(skipped.id).toBe('plan-s');
    expect(skipped.operations).toEqual([otherBaseline.scenarios[0]!.operations[1]]);
    expect(skipped.status).toBeUndefined();
    const skipRecord = skipped.meta![NOT_APPLIED_KEY] as NotApplied;
    expect(skipRecord.choice).toBe('skip');
    expect(skipRecord.refused.map((r) => [r.index, r.operation])).toEqual([[0, otherBaseline.scenarios[0]!.operations[0]]]);
    // kept aside: nothing applied, every operation kept whole
    expect(aside.id).toBe('plan-k');
    expect(aside.operations).toEqual([]);
    const asideRecord = aside.meta![NOT_APPLIED_KEY] as NotApplied;
    expect(asideRecord.choice).toBe('keepAside');
    expect(asideRecord.operations).toEqual(otherBaseline.scenarios[1]!.operations);
    // the figures are the engine's for that file
    await chooseScenario(page, 'plan-s');
    await expectScreen(page, expectedScreen(after, 'plan-s'), 'plan-s');
    await chooseScenario(page, 'plan-k');
    const asideScreen = expectedScreen(after, 'plan-k');
    await expectScreen(page, asideScreen, 'plan-k');
    expect(asideScreen.report.scenarios.find((x) => x.id === 'plan-k')!.metrics).toEqual(asideScreen.report.baseline.metrics);

    await page.click('[data-action="undo"]');
    await waitSteps(page, 0, 1);
    expect((await pageState(page)).file).toEqual(file);
  });

  it('a file dropped on the window: asked what to do with it; with Shift, its proposals at once', async () => {
    const { page } = s;
    await dropFile(page, 'colleague.json', JSON.stringify(sameBaseline), { answer: 'bring-in-dropped' });
    await bringInDialog(page);
    await page.click('[data-action="close-sharing"]');
    await page.waitForSelector('[data-sharing]', { state: 'detached' });
    await dropFile(page, 'colleague.json', JSON.stringify(sameBaseline), { shift: true });
    const dialog = await bringInDialog(page);
    expect(await dialog.getAttribute('data-same-baseline')).toBe('true');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-sharing]', { state: 'detached' });
    expect((await pageState(page)).file).toEqual(file);
  });

  it('raised no page error and asked nothing of another origin', () => {
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
