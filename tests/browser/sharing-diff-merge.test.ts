// What differs, and merging two edited copies, in the real app (Chromium, the engine worker,
// IndexedDB). The view names each unit, bureau and operation that differs (by id hooks) and puts
// the engine's figures side by side; a merge with a conflict decided either way gives the file
// expected, checked through the engine, in one undo step; a merge the engine refuses is shown with
// its reasons and changes nothing. Nothing leaves the origin.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffOperations } from '../../src/engine/share';
import type { Operation, ScenarioFile } from '../../src/model';
import { type Session, chooseScenario, dragBureau, expectScreen, openApp, pageState, settled, waitSteps } from './harness';
import { exampleFile, expectedScreen, reportOf, withBaselineOperation, withOperations } from './oracle';
import { openFile, tempFile } from './share-helpers';
import { diffResult, openFileMenu } from './sharing-helpers';

const file = exampleFile();

/** Another file: a bureau added today, a street renamed, plan-b with one more operation. */
const other: ScenarioFile = withOperations(
  {
    ...withBaselineOperation(
      withBaselineOperation(file, {
        op: 'create',
        bureau: { id: 'xs-ez-trade', name: '投资服务局', unit: 'xs-ez', type: 'internal', category: 'economic', functions: ['investment-promotion'], staff: { admin: 5, institutional: 0 }, leaderPosts: 1 },
      }),
      { op: 'set-unit', unit: 'xs-yunlin', name: '云林街道（新）' },
    ),
    title: '另一版',
  },
  'plan-b',
  [{ op: 'set', bureau: 'xs-ez-econ', leaderPosts: 4, by: '王五', at: '2025-06-07' }],
);

async function openDiff(page: Page): Promise<void> {
  await openFileMenu(page);
  await page.click('[data-file-menu] [data-action="diff"]');
  await page.waitForSelector('[data-sharing="diff"]');
}

async function closeSharing(page: Page): Promise<void> {
  await page.click('[data-action="close-sharing"]');
  await page.waitForSelector('[data-sharing]', { state: 'detached' });
}

/** A figure side by side in the diff view: its A and B values. */
async function figure(page: Page, key: string): Promise<[number | null, number | null]> {
  const row = page.locator(`[data-diff-figure="${key}"]`);
  const read = async (attribute: string) => {
    const raw = await row.getAttribute(attribute);
    return raw === null || raw === 'null' ? null : Number(raw);
  };
  return [await read('data-before'), await read('data-after')];
}

describe('what differs', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    await settled(s.page);
  });
  afterAll(() => s.close());

  it('between the open file and another: each differing unit, bureau and operation, and the figures side by side', async () => {
    const { page } = s;
    await openDiff(page);
    await page.setInputFiles('input[type=file][data-action="diff-file"]', tempFile('other.json', other));
    await diffResult(page);
    expect(await page.getAttribute('[data-diff-bureau="xs-ez-trade"]', 'data-change')).toBe('added');
    expect(await page.textContent('[data-diff-bureau="xs-ez-trade"]')).toContain('投资服务局');
    expect(await page.getAttribute('[data-diff-unit="xs-yunlin"]', 'data-change')).toBe('changed');
    expect(await page.textContent('[data-diff-unit="xs-yunlin"] [data-diff-field="name"]')).toContain('云林街道（新）');
    // only what differs: nothing else of today's organisation is listed
    expect(await page.locator('[data-diff-unit], [data-diff-bureau]').count()).toBe(2);
    const planB = page.locator('[data-diff-proposal-id="plan-b"]');
    expect(await planB.getAttribute('data-change')).toBe('changed');
    const added = planB.locator('[data-diff-operation][data-change="added"]');
    expect(await added.count()).toBe(1);
    expect(await added.getAttribute('data-after')).toBe(String(file.scenarios[1]!.operations.length));
    expect(await added.textContent()).toContain('王五');
    expect(await added.textContent()).toContain('2025-06-07');
    // the figures: A is the open file, B the other, each the engine's
    const a = reportOf(file);
    const b = reportOf(other);
    expect(await figure(page, 'baseline:staff.total')).toEqual([a.baseline.metrics.staff.total, b.baseline.metrics.staff.total]);
    expect(await figure(page, 'baseline:bodies.internal')).toEqual([a.baseline.metrics.bodies.internal, b.baseline.metrics.bodies.internal]);
    expect(await figure(page, 'plan-b:leaderPosts')).toEqual([a.scenarios[1]!.metrics.leaderPosts, b.scenarios[1]!.metrics.leaderPosts]);
    expect(await figure(page, 'plan-b:savings.leaderPosts')).toEqual([a.scenarios[1]!.savings.leaderPosts, b.scenarios[1]!.savings.leaderPosts]);
    expect(await figure(page, 'baseline:xs-ez:internalBodies')).toEqual([a.baseline.metrics.units['xs-ez']!.internalBodies, b.baseline.metrics.units['xs-ez']!.internalBodies]);
    await closeSharing(page);
    expect((await pageState(page)).file).toEqual(file);
  });

  it('a file chosen there that does not open: its errors in front of the dialog, where they are; the dialog stays', async () => {
    const { page } = s;
    await openDiff(page);
    // plan-b's own steps merge the office away before this operation: it cannot apply
    const broken = withOperations(file, 'plan-b', [{ op: 'set', bureau: 'xs-ez-office', leaderPosts: 2 }]);
    await page.setInputFiles('input[type=file][data-action="diff-file"]', tempFile('broken.json', broken));
    const error = page.locator('[data-import-error]');
    await error.first().waitFor();
    expect(await error.first().getAttribute('data-path')).toBe(`$.scenarios[1].operations[${file.scenarios[1]!.operations.length}]`);
    // in front: what is at the error's place on screen is the error list itself
    const front = await error.first().evaluate((li) => {
      const box = li.getBoundingClientRect();
      return li.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
    });
    expect(front).toBe(true);
    await page.click('.import-errors .modal-actions button.primary');
    await error.first().waitFor({ state: 'detached' });
    expect(await page.locator('[data-sharing="diff"]').count()).toBe(1);
    await closeSharing(page);
    expect((await pageState(page)).file).toEqual(file);
  });

  it('between two proposals: operation by operation, and their figures', async () => {
    const { page } = s;
    await openDiff(page);
    await page.click('[data-diff-mode="proposals"]');
    await page.selectOption('select[data-diff-a]', 'plan-a');
    await page.selectOption('select[data-diff-b]', 'plan-b');
    await diffResult(page);
    const expected = diffOperations(file.scenarios[0]!.operations, file.scenarios[1]!.operations);
    const shown = await page.locator('[data-diff-operation]').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-change'), r.getAttribute('data-before'), r.getAttribute('data-after')]));
    expect(shown).toEqual(expected.map((c) => [c.change, c.change === 'added' ? null : String(c.before), c.change === 'removed' ? null : String(c.after)]));
    const report = reportOf(file);
    expect(await figure(page, 'plan-b:staff.total')).toEqual([report.scenarios[0]!.metrics.staff.total, report.scenarios[1]!.metrics.staff.total]);
    await closeSharing(page);
  });

  it('between a proposal and its state before the last step that changed it', async () => {
    const { page } = s;
    await chooseScenario(page, 'plan-a');
    await dragBureau(page, 'xs-ez-invest', '[data-unit-id="xs-msz"]');
    await waitSteps(page, 1);
    await openDiff(page);
    await page.click('[data-diff-mode="earlier"]');
    await page.selectOption('select[data-diff-proposal]', 'plan-a');
    await page.selectOption('select[data-diff-earlier]', '1');
    await diffResult(page);
    const rows = page.locator('[data-diff-operation]');
    expect(await rows.count()).toBe(1);
    expect(await rows.getAttribute('data-change')).toBe('added');
    expect(await rows.getAttribute('data-after')).toBe(String(file.scenarios[0]!.operations.length));
    const before = reportOf(file).scenarios[0]!.metrics;
    const now = reportOf((await pageState(page)).file).scenarios[0]!.metrics;
    expect(await figure(page, 'plan-a:xs-msz:bodies')).toEqual([before.units['xs-msz']!.bodies, now.units['xs-msz']!.bodies]);
    await closeSharing(page);
    await page.click('[data-action="undo"]');
    await waitSteps(page, 0);
  });

  it('raised no page error and asked nothing of another origin', () => {
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});

describe('merging two edited copies', () => {
  let s: Session;
  /** Theirs: plan-a sends the investment bureau elsewhere than we do; plan-b gets a change we do not touch. */
  const THEIR_MOVE: Operation = { op: 'move', bureau: 'xs-ez-invest', to: 'xs-htz', by: '李四', at: '2025-06-08T09:00:00+08:00' };
  const THEIR_SET: Operation = { op: 'set', bureau: 'xs-ez-econ', leaderPosts: 4, by: '李四', at: '2025-06-08T10:00:00+08:00' };
  const theirs = withOperations(withOperations(file, 'plan-a', [THEIR_MOVE]), 'plan-b', [THEIR_SET]);
  const CONFLICT = 'proposal/plan-a/edit/bureau/xs-ez-invest/unit';

  beforeAll(async () => {
    s = await openApp();
    await settled(s.page);
  });
  afterAll(() => s.close());

  /** Our edit: the investment bureau dragged to the service park's office in plan-a. */
  async function ourEdit(page: Page): Promise<ScenarioFile> {
    await chooseScenario(page, 'plan-a');
    await dragBureau(page, 'xs-ez-invest', '[data-unit-id="xs-msz"]');
    await waitSteps(page, 1, 0);
    return (await pageState(page)).file;
  }

  async function planMerge(page: Page): Promise<void> {
    await openFileMenu(page);
    await page.click('[data-file-menu] [data-action="merge-file"]');
    await page.waitForSelector('[data-sharing="merge"]');
    await page.setInputFiles('input[type=file][data-action="merge-theirs"]', tempFile('theirs.json', theirs));
    await page.setInputFiles('input[type=file][data-action="merge-ancestor"]', tempFile('ancestor.json', file));
    await page.waitForSelector('[data-sharing="merge"] [data-merge-file="theirs"][data-ready]');
    await page.waitForSelector('[data-sharing="merge"] [data-merge-file="ancestor"][data-ready]');
    await page.click('[data-action="plan-merge"]');
    await page.waitForSelector('[data-sharing="merge"] [data-merge-plan]');
  }

  for (const side of ['ours', 'theirs'] as const) {
    it(`a conflict decided for ${side}: the file expected, the engine's figures, one undo step`, async () => {
      const { page } = s;
      const before = await ourEdit(page);
      const ourMove = before.scenarios[0]!.operations.at(-1)!;
      await planMerge(page);
      expect(await page.locator('[data-conflict]').count()).toBe(1);
      const conflict = page.locator(`[data-conflict="${CONFLICT}"]`);
      // both versions, in words: where each side sends the bureau
      expect(await conflict.locator('[data-side="ours"]').textContent()).toContain('锡山现代服务业示范区管理办公室');
      expect(await conflict.locator('[data-side="theirs"]').textContent()).toContain('锡山高新技术产业开发区管理办公室');
      expect(await page.isDisabled('[data-action="confirm-merge"]')).toBe(true);
      expect((await pageState(page)).file).toEqual(before);
      await conflict.locator(`input[data-merge-choice="${side}"]`).check();
      await page.click('[data-action="confirm-merge"]');
      await waitSteps(page, 2, 0);
      await page.waitForSelector('[data-sharing]', { state: 'detached' });
      const expected: ScenarioFile = withOperations(withOperations(file, 'plan-a', [side === 'ours' ? ourMove : THEIR_MOVE]), 'plan-b', [THEIR_SET]);
      const merged = (await pageState(page)).file;
      expect(merged).toEqual(expected);
      await chooseScenario(page, 'plan-a');
      await expectScreen(page, expectedScreen(expected, 'plan-a'), 'plan-a');
      await chooseScenario(page, 'plan-b');
      await expectScreen(page, expectedScreen(expected, 'plan-b'), 'plan-b');
      // one step: undo gives back our copy as it was before the merge
      await page.click('[data-action="undo"]');
      await waitSteps(page, 1, 1);
      expect((await pageState(page)).file).toEqual(before);
      await page.click('[data-action="undo"]');
      await waitSteps(page, 0, 2);
      expect((await pageState(page)).file).toEqual(file);
    });
  }

  it('two conflicts, shown one at a time, one decided for each side: nothing changes until confirmed, then one undo step gives our copy back', async () => {
    const { page } = s;
    const OUR_MOVE: Operation = { op: 'move', bureau: 'xs-ez-invest', to: 'xs-msz', by: '张三', at: '2025-06-08T08:00:00+08:00' };
    const OUR_SET: Operation = { ...THEIR_SET, leaderPosts: 5, by: '张三', at: '2025-06-08T08:30:00+08:00' };
    const ours = withOperations(withOperations(file, 'plan-a', [OUR_MOVE]), 'plan-b', [OUR_SET]);
    await openFile(page, tempFile('ours.json', ours));
    await settled(page);
    await planMerge(page);
    // one conflict on screen at a time; deciding one goes on to one still to decide (from the first
    // again when none is left after it)
    expect(await page.locator('[data-conflict]').count()).toBe(1);
    const first = await page.getAttribute('[data-conflict]', 'data-conflict');
    await page.click('[data-action="next-conflict"]');
    await page.waitForSelector(`[data-conflict]:not([data-conflict="${first}"])`);
    const second = await page.getAttribute('[data-conflict]', 'data-conflict');
    expect([first, second].sort()).toEqual([CONFLICT, 'proposal/plan-b/edit/bureau/xs-ez-econ/leaderPosts'].sort());
    await page.click('[data-conflict] input[data-merge-choice="ours"]');
    await page.waitForSelector(`[data-conflict="${first}"]`);
    expect(await page.isChecked('[data-conflict] input[data-merge-choice="theirs"]')).toBe(false);
    expect(await page.isDisabled('[data-action="confirm-merge"]')).toBe(true);
    await page.click('[data-conflict] input[data-merge-choice="theirs"]');
    expect(await page.isDisabled('[data-action="confirm-merge"]')).toBe(false);
    // every conflict decided: it stays where it is; going back and forth keeps each choice
    expect(await page.getAttribute('[data-conflict]', 'data-conflict')).toBe(first);
    await page.click('[data-action="next-conflict"]');
    expect(await page.getAttribute('[data-conflict]', 'data-conflict')).toBe(second);
    expect(await page.isChecked('[data-conflict] input[data-merge-choice="ours"]')).toBe(true);
    expect((await pageState(page)).file).toEqual(ours);
    await page.click('[data-action="confirm-merge"]');
    await waitSteps(page, 1, 0);
    await page.waitForSelector('[data-sharing]', { state: 'detached' });
    const chosen = (id: string | null, side: 'ours' | 'theirs') => (id === CONFLICT ? (side === 'ours' ? OUR_MOVE : THEIR_MOVE) : side === 'ours' ? OUR_SET : THEIR_SET);
    // the first shown went theirs, the second ours
    const a = first === CONFLICT ? chosen(CONFLICT, 'theirs') : chosen(CONFLICT, 'ours');
    const b = first === CONFLICT ? chosen(null, 'ours') : chosen(null, 'theirs');
    const expected = withOperations(withOperations(file, 'plan-a', [a]), 'plan-b', [b]);
    expect((await pageState(page)).file).toEqual(expected);
    await chooseScenario(page, 'plan-b');
    await expectScreen(page, expectedScreen(expected, 'plan-b'), 'plan-b');
    await page.click('[data-action="undo"]');
    await waitSteps(page, 0, 1);
    expect((await pageState(page)).file).toEqual(ours);
  });

  it('a merge the engine refuses (an approved proposal would take operations neither side approved) shows why and changes nothing', async () => {
    const { page } = s;
    // both copies of an approved proposal were given one more operation each (by hand, outside the
    // app): merged, its list would be one neither side approved
    const approved: ScenarioFile = { ...file, scenarios: file.scenarios.map((x) => (x.id === 'plan-b' ? { ...x, status: 'approved' as const } : x)) };
    const oursApproved = withOperations(approved, 'plan-b', [{ op: 'set', bureau: 'xs-ez-approval', leaderPosts: 4, by: '张三', at: '2025-06-08T11:00:00+08:00' }]);
    const theirsApproved = withOperations(approved, 'plan-b', [THEIR_SET]);
    await openFile(page, tempFile('approved.json', oursApproved));
    await settled(page);
    await openFileMenu(page);
    await page.click('[data-file-menu] [data-action="merge-file"]');
    await page.setInputFiles('input[type=file][data-action="merge-theirs"]', tempFile('theirs-approved.json', theirsApproved));
    await page.setInputFiles('input[type=file][data-action="merge-ancestor"]', tempFile('ancestor-approved.json', approved));
    await page.waitForSelector('[data-sharing="merge"] [data-merge-file="theirs"][data-ready]');
    await page.waitForSelector('[data-sharing="merge"] [data-merge-file="ancestor"][data-ready]');
    await page.click('[data-action="plan-merge"]');
    await page.waitForSelector('[data-sharing="merge"] [data-merge-plan]');
    await page.click('[data-action="confirm-merge"]');
    await page.waitForSelector('[data-sharing="merge"] [data-sharing-error]');
    expect(await page.textContent('[data-sharing-error]')).toContain(approved.scenarios[1]!.name);
    expect((await pageState(page)).file).toEqual(oursApproved);
    expect((await pageState(page)).past).toBe(0);
    await closeSharing(page);
  });

  it('raised no page error and asked nothing of another origin', () => {
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
