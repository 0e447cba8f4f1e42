// Format version 2 in the page: a proposal's status shown and changed (one undo step), an approved
// proposal refusing a drag with the reason on screen while dragging; the name asked once before
// the first change and remembered across a reload; who and when in the change list and its review;
// a cap removed in the unit dialog (set-unit with null) giving the engine's figures and findings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Operation, ScenarioFile } from '../../src/model';
import { type Session, DIALOG, chooseScenario, dragBureau, confirmDialog, expectScreen, openApp, pageState, rawPageState, reload, selectUnit, settled, waitSteps } from './harness';
import { exampleFile, expectedScreen, withOperations } from './oracle';
import { dropFile } from './share-helpers';
import { LOCAL_TIME } from './stamps';

const file = exampleFile();

/** The operations of a proposal as the page holds them, its own stamps included. */
async function operationsOf(s: Session, scenarioId: string): Promise<Operation[]> {
  return (await rawPageState(s.page)).file.scenarios.find((x) => x.id === scenarioId)!.operations;
}

/** The page threw nothing and asked nothing of another origin. */
function expectClean(s: Session): void {
  expect(s.foreign).toEqual([]);
  expect(s.errors).toEqual([]);
}

/** Drags a card to a unit's header in steps; `during` runs with the mouse still down. */
const dragTo = (s: Session, bureauId: string, unitId: string, during?: () => Promise<void>) => dragBureau(s.page, bureauId, `[data-unit-id="${unitId}"]`, { beforeDrop: during });

describe('status, lock, authors and dates in the page', () => {
  let s: Session;
  beforeAll(async () => {
    // a first visit: the name has never been asked
    s = await openApp({ author: false });
  });
  afterAll(() => s.close());

  it('asks the name before the first change, signs the change with it and the local time, and not again after a reload', async () => {
    const { page } = s;
    await chooseScenario(page, 'plan-a');
    const before = (await operationsOf(s, 'plan-a')).length;
    await dragTo(s, 'xs-ez-municipal', 'xs-yunlin');
    await page.waitForSelector(`${DIALOG} [data-author-name]`);
    expect(await operationsOf(s, 'plan-a')).toHaveLength(before); // the change waits for the answer
    await page.fill(`${DIALOG} [data-author-name]`, '张三');
    await confirmDialog(page);
    await waitSteps(page, 1, 0);
    const made = (await operationsOf(s, 'plan-a')).at(-1)!;
    expect(made).toMatchObject({ op: 'move', bureau: 'xs-ez-municipal', to: 'xs-yunlin', by: '张三' });
    expect(made.at).toMatch(LOCAL_TIME);
    // the time is the page's own clock, in its own offset
    const offset = await page.evaluate(() => -new Date().getTimezoneOffset());
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    expect(made.at!.slice(-6)).toBe(`${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`);
    expect(Math.abs(Date.parse(made.at!) - Date.now())).toBeLessThan(5 * 60_000);

    await reload(page);
    await chooseScenario(page, 'plan-a');
    await dragTo(s, 'xs-ez-approval', 'xs-houqiao');
    await waitSteps(page, 2, 0);
    expect(await page.locator(DIALOG).count()).toBe(0);
    expect((await operationsOf(s, 'plan-a')).at(-1)).toMatchObject({ op: 'move', bureau: 'xs-ez-approval', to: 'xs-houqiao', by: '张三' });
    expectClean(s);
  });

  it('shows who made each change and when in the change list and in its review', async () => {
    const { page } = s;
    await page.locator('aside [role="tablist"] [role="tab"]').nth(1).click(); // the change list
    const operations = await operationsOf(s, 'plan-a');
    const last = operations.length - 1;
    const madeBy = page.locator(`[data-change-index="${last}"] [data-made-by]`).first();
    await madeBy.waitFor();
    expect(await madeBy.getAttribute('data-made-by')).toBe('张三');
    const at = operations[last]!.at!;
    const [, month, day, hour, minute] = /^\d{4}-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(at)!;
    expect(await madeBy.textContent()).toBe(`张三 · ${Number(month)}月${Number(day)}日 ${hour}:${minute}`);
    // in review: 提出人, 时间, 文号, 说明 for each operation; a line without a name says so
    await page.check('[data-action="review-mode"]');
    await page.waitForSelector('[data-review]');
    expect(await page.textContent(`[data-review] [data-change-index="${last}"] [data-review-by]`)).toBe('张三');
    // the example's own first operation: its author as the file says, or a dash where it names none
    expect(await page.textContent(`[data-review] [data-change-index="0"] [data-review-by]`)).toBe(file.scenarios[0]!.operations[0]!.by ?? '—');
    expect(await page.textContent(`[data-review] [data-change-index="0"] [data-review-doc]`)).toBe(file.scenarios[0]!.operations[0]!.doc ?? '—');
    // a comment is the operation's note: one undo step
    const past = (await pageState(page)).past;
    await page.fill(`[data-review] [data-change-index="${last}"] [data-review-note]`, '请补充文号');
    await page.click('[data-action="review-mode"]'); // leaves the field: saved
    await waitSteps(page, past + 1, 0);
    expect((await operationsOf(s, 'plan-a')).at(-1)!.note).toBe('请补充文号');
    expectClean(s);
  });

  it('shows each proposal’s status and changes it as one undo step', async () => {
    const { page } = s;
    // the example's plan B is submitted (送审), plan A a draft
    expect(await page.getAttribute('[data-scenario-id="plan-b"] [data-status]', 'data-status')).toBe('submitted');
    expect(await page.textContent('[data-scenario-id="plan-b"] [data-status]')).toContain('送审');
    expect(await page.getAttribute('[data-scenario-id="plan-a"] [data-status]', 'data-status')).toBe('draft');
    const past = (await pageState(page)).past;
    await page.selectOption('[data-action="set-status"]', 'approved');
    await waitSteps(page, past + 1, 0);
    expect((await pageState(page)).file.scenarios.find((x) => x.id === 'plan-a')!.status).toBe('approved');
    expect(await page.getAttribute('[data-scenario-id="plan-a"] [data-status]', 'data-status')).toBe('approved');
    await page.waitForSelector('[data-locked]');
    await page.click('[data-action="undo"]');
    await waitSteps(page, past, 1);
    // as the example had it (a draft: absent or said)
    expect((await pageState(page)).file.scenarios.find((x) => x.id === 'plan-a')!.status).toBe(file.scenarios[0]!.status);
    await page.click('[data-action="redo"]');
    await waitSteps(page, past + 1, 0);
    expect(await page.getAttribute('[data-scenario-id="plan-a"] [data-status]', 'data-status')).toBe('approved');
    expectClean(s);
  });

  it('an approved proposal refuses a drag, saying why while dragging and after; unlocked, it takes the drop', async () => {
    const { page } = s;
    const before = await pageState(page);
    let during = '';
    await dragTo(s, 'xs-ez-urban', 'xs-dongbeitang', async () => {
      const note = page.locator('[data-drag-refusal]');
      await note.waitFor();
      during = (await note.textContent()) ?? '';
    });
    const reason = `方案“${before.file.scenarios[0]!.name}”已批准，不能再修改。如需修改，请先把它的状态改回“草稿”。`;
    expect(during).toBe(reason);
    await page.waitForSelector('[data-notice="error"]');
    expect(await page.textContent('[data-notice="error"]')).toContain(reason);
    await settled(page);
    const after = await pageState(page);
    expect(after.file).toEqual(before.file);
    expect(after.past).toBe(before.past);
    expect(await page.locator('[data-drag-refusal]').count()).toBe(0);
    // the lock note unlocks it: then the same drag is a move
    await page.click('[data-action="unlock"]');
    await waitSteps(page, before.past + 1, 0);
    await dragTo(s, 'xs-ez-urban', 'xs-dongbeitang');
    await waitSteps(page, before.past + 2, 0);
    expect((await operationsOf(s, 'plan-a')).at(-1)).toMatchObject({ op: 'move', bureau: 'xs-ez-urban', to: 'xs-dongbeitang', by: '张三' });
    expectClean(s);
  });

  it('an approved proposal opens no dialog that would change it, and says why at once; back to draft, the dialog opens', async () => {
    const { page } = s;
    await page.selectOption('[data-action="set-status"]', 'approved');
    await page.waitForSelector('[data-locked]');
    await settled(page);
    const before = await pageState(page);
    const errorsShown = await page.locator('[data-notice="error"]').count();
    await page.click('[data-action="add-unit"]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-notice="error"]').length > n, errorsShown);
    expect(await page.locator('[data-notice="error"]').last().textContent()).toContain(`方案“${before.file.scenarios[0]!.name}”已批准`);
    expect(await page.locator(DIALOG).count()).toBe(0);
    expect((await pageState(page)).file).toEqual(before.file);
    await page.click('[data-action="unlock"]');
    await waitSteps(page, before.past + 1, 0);
    await page.click('[data-action="add-unit"]');
    await page.waitForSelector(DIALOG);
    await page.click(`${DIALOG} [data-action="cancel"]`);
    expectClean(s);
  });

  it('asks before deleting an approved proposal', async () => {
    const { page } = s;
    await page.selectOption('[data-action="set-status"]', 'approved');
    const { past } = await pageState(page);
    await page.waitForSelector('[data-locked]');
    await page.click('[data-action="delete-scenario"]');
    await page.waitForSelector(DIALOG);
    await page.click(`${DIALOG} [data-action="cancel"]`);
    expect((await pageState(page)).file.scenarios.some((x) => x.id === 'plan-a')).toBe(true);
    await page.click('[data-action="delete-scenario"]');
    await confirmDialog(page);
    await waitSteps(page, past + 1, 0);
    expect((await pageState(page)).file.scenarios.some((x) => x.id === 'plan-a')).toBe(false);
    await page.click('[data-action="undo"]');
    await waitSteps(page, past, 1);
    expectClean(s);
  });
});

describe('removing a cap in the unit dialog', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    await chooseScenario(s.page, 'plan-a');
  });
  afterAll(() => s.close());

  async function editZone(change: () => Promise<void>): Promise<void> {
    await selectUnit(s.page, 'xs-ez');
    await s.page.click('[data-action="edit-unit"]');
    await s.page.waitForSelector(DIALOG);
    await change();
    await confirmDialog(s.page);
  }

  it('the zone over its leader-post cap breaks leader-cap; the cap removed (null), the finding goes, as the engine says', async () => {
    const { page } = s;
    const start = (await pageState(page)).file;
    // 锡山经开区: 6 leader posts of its own, capped at 7; 8 breaks the cap
    await editZone(() => page.fill(`${DIALOG} [name="leaderPosts"]`, '8'));
    await waitSteps(page, 1, 0);
    const over: ScenarioFile = withOperations(start, 'plan-a', [{ op: 'set-unit', unit: 'xs-ez', leaderPosts: 8 }]);
    // read without the page's time stamps (./stamps.ts); the last one's is checked below
    expect((await pageState(page)).file).toEqual(over);
    await expectScreen(page, expectedScreen(over, 'plan-a'), 'plan-a');
    expect(await page.locator('[data-violation-rule="leader-cap"][data-violation-subject="xs-ez"]').count()).toBe(1);

    await editZone(async () => {
      expect(await page.textContent(`${DIALOG} [data-removable="leaderPostCap"]`)).toContain('现为 7');
      await page.click(`${DIALOG} [data-clear-field="leaderPostCap"]`);
      expect(await page.inputValue(`${DIALOG} [name="leaderPostCap"]`)).toBe('');
      await page.waitForSelector(`${DIALOG} [data-removing="leaderPostCap"]`);
    });
    await waitSteps(page, 2, 0);
    const made = (await operationsOf(s, 'plan-a')).at(-1)!;
    expect(made).toMatchObject({ op: 'set-unit', unit: 'xs-ez', leaderPostCap: null });
    expect(Object.keys(made).sort()).toEqual(['at', 'leaderPostCap', 'op', 'unit']);
    const uncapped = withOperations(over, 'plan-a', [{ op: 'set-unit', unit: 'xs-ez', leaderPostCap: null }]);
    await expectScreen(page, expectedScreen(uncapped, 'plan-a'), 'plan-a');
    expect(await page.locator('[data-violation-rule="leader-cap"]').count()).toBe(0);
    expectClean(s);
  });
});

describe('a colleague’s file: an approved proposal with operations by several people, odd names, a proposal called __proto__', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp({ author: false });
  });
  afterAll(() => s.close());

  // three people: one with markup in the name, one with a right-to-left override and a control
  // character, one of 100 characters (the most SPEC §5 allows)
  const markup = '<img src=x onerror="window.pwned=1">王五';
  const bidi = '赵\u202e六\u0007';
  const longest = '长'.repeat(100);
  const signed: Operation[] = [
    { op: 'move', bureau: 'xs-ez-approval', to: 'xs-yunlin', by: markup, at: '2026-11-20T09:00:00+08:00' },
    { op: 'move', bureau: 'xs-ez-invest', to: 'xs-houqiao', by: bidi, at: '2026-11-21', note: '=SUM(A1:A9)' },
    { op: 'move', bureau: 'xs-ez-econ', to: 'xs-houqiao', by: longest, at: '2026-11-22T17:30:00Z' },
  ];
  const colleague: ScenarioFile = (() => {
    const base = withOperations(file, 'plan-a', signed);
    const proto = { ...base.scenarios[1]!, id: '__proto__', name: '__proto__', status: 'approved' as const };
    return { ...base, scenarios: [{ ...base.scenarios[0]!, status: 'approved' }, base.scenarios[1]!, proto] };
  })();

  it('opens with each proposal’s status; the review names every author as text, each unsafe character a space', async () => {
    const { page } = s;
    expect(await dropFile(page, 'colleague.json', JSON.stringify(colleague))).toBe('opened');
    expect(await page.getAttribute('[data-scenario-id="plan-a"] [data-status]', 'data-status')).toBe('approved');
    expect(await page.getAttribute('[data-scenario-id="__proto__"] [data-status]', 'data-status')).toBe('approved');
    expect(await page.getAttribute('[data-scenario-id="plan-b"] [data-status]', 'data-status')).toBe('submitted');
    await chooseScenario(page, 'plan-a');
    await page.waitForSelector('[data-locked]');
    await page.locator('aside [role="tablist"] [role="tab"]').nth(1).click();
    await page.waitForSelector('[data-review]'); // approved: opens in review
    const first = file.scenarios[0]!.operations.length;
    const by = (i: number) => page.textContent(`[data-review] [data-change-index="${first + i}"] [data-review-by]`);
    expect(await by(0)).toBe(markup);
    expect(await by(1)).toBe('赵 六 ');
    expect(await by(2)).toBe(longest);
    expect(await page.locator('[data-review] img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    // comments are read-only while approved
    expect(await page.getAttribute(`[data-review] [data-change-index="${first + 1}"] [data-review-note]`, 'readonly')).not.toBeNull();
    expect(await page.inputValue(`[data-review] [data-change-index="${first + 1}"] [data-review-note]`)).toBe('=SUM(A1:A9)');
    expectClean(s);
  });

  it('the approved proposals refuse a change, each saying so; setting __proto__ back to draft unlocks only it, and undo locks it again', async () => {
    const { page } = s;
    const before = await pageState(page);
    await dragTo(s, 'xs-ez-office', 'xs-dongbeitang');
    await page.waitForSelector('[data-notice="error"]');
    await settled(page);
    expect((await pageState(page)).file).toEqual(before.file);
    await chooseScenario(page, '__proto__');
    await page.waitForSelector('[data-locked]');
    await page.selectOption('[data-action="set-status"]', 'draft');
    // the first change asks the name (a first visit): answered with 200 characters, it is refused
    await page.waitForSelector(`${DIALOG} [data-author-name]`);
    await page.fill(`${DIALOG} [data-author-name]`, '名'.repeat(200));
    expect(await page.isDisabled(`${DIALOG} [data-action="confirm"]`)).toBe(true);
    await page.fill(`${DIALOG} [data-author-name]`, '<b>李四</b>\u202e');
    await confirmDialog(page);
    await waitSteps(page, before.past + 1, 0);
    const now = (await pageState(page)).file;
    expect(now.scenarios.map((x) => [x.id, x.status])).toEqual([['plan-a', 'approved'], ['plan-b', 'submitted'], ['__proto__', undefined]]); // a draft is written without it
    expect(await page.locator('[data-locked]').count()).toBe(0);
    await dragTo(s, 'xs-ez-econ', 'xs-dongbeitang');
    await waitSteps(page, before.past + 2, 0);
    expect((await pageState(page)).file.scenarios[2]!.operations.at(-1)).toMatchObject({ op: 'move', bureau: 'xs-ez-econ', by: '<b>李四</b>' });
    await page.click('[data-action="undo"]');
    await page.click('[data-action="undo"]');
    await waitSteps(page, before.past, 2);
    expect((await pageState(page)).file).toEqual(before.file);
    await page.waitForSelector('[data-locked]');
    expectClean(s);
  });
});
