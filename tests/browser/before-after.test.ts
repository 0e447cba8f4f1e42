// Before/after: today's chart beside a proposal's, each changed bureau marked as its operations
// say (moved, merged, abolished, handed to a platform, new), and the adjustment table (调整对照表)
// with one row per changed bureau, as the engine's adjustmentTable gives it, document numbers included.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdjustmentRow, adjustmentTable, loadParsedFile } from '../../src/engine';
import { translate } from '../../src/i18n';
import type { Unit } from '../../src/model';
import { type Session, chooseScenario, openApp } from './harness';
import { exampleFile } from './oracle';

const file = exampleFile();
const loaded = (() => {
  const result = loadParsedFile(file);
  if (!result.ok) throw new Error('the example does not load');
  return result.loaded;
})();

function engineRows(scenarioId: string): AdjustmentRow[] {
  const scenario = file.scenarios.find((s) => s.id === scenarioId)!;
  return adjustmentTable(loaded.baseline, scenario.operations, loaded.context);
}

function stateOf(scenarioId: string) {
  return loaded.scenarios[file.scenarios.findIndex((s) => s.id === scenarioId)]!;
}

/** What each side should mark, read from the engine's rows: today marks what leaves or goes, the proposal what arrives or stays changed. */
function expectedMarks(rows: readonly AdjustmentRow[]) {
  const before: Record<string, string> = {};
  const after: Record<string, string> = {};
  for (const row of rows) {
    if (row.change === 'abolished') before[row.bureau] = 'abolished';
    else if (row.change === 'created') after[row.bureau] = 'created';
    else if (row.change === 'merged') {
      after[row.bureau] = 'merged';
      for (const id of row.mergedFrom ?? []) before[id] = 'mergedAway';
    } else {
      before[row.bureau] = row.change;
      after[row.bureau] = row.change;
    }
  }
  return { before, after };
}

async function marksOn(page: Page, side: 'before' | 'after'): Promise<Record<string, string>> {
  return page
    .locator(`[data-side="${side}"] [data-bureau-id][data-change]`)
    .evaluateAll((cards) => Object.fromEntries(cards.map((c) => [c.getAttribute('data-bureau-id')!, c.getAttribute('data-change')!])));
}

async function cardsOn(page: Page, side: 'before' | 'after'): Promise<string[]> {
  return (await page.locator(`[data-side="${side}"] [data-bureau-id]`).evaluateAll((cards) => cards.map((c) => c.getAttribute('data-bureau-id')!))).sort();
}

/** Waits until the view shows the adjustment table of this proposal (one row per engine row). */
async function waitTable(page: Page, rows: readonly AdjustmentRow[]): Promise<void> {
  await page.waitForFunction(
    (ids) => JSON.stringify([...document.querySelectorAll('[data-adjustment-bureau]')].map((e) => e.getAttribute('data-adjustment-bureau'))) === JSON.stringify(ids),
    rows.map((r) => r.bureau),
  );
}

describe('before/after of a proposal', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    await chooseScenario(s.page, 'plan-b');
    await s.page.click('[data-action="before-after"]');
    await waitTable(s.page, engineRows('plan-b'));
  });
  afterAll(() => s.close());

  it('shows today’s organisation on one side and the proposal’s on the other', async () => {
    const { page } = s;
    expect(await cardsOn(page, 'before')).toEqual(loaded.baseline.bureaus.map((b) => b.id).sort());
    expect(await cardsOn(page, 'after')).toEqual(stateOf('plan-b').bureaus.map((b) => b.id).sort());
  });

  it('marks a moved, a merged, an abolished and a platform bureau as the operations do', async () => {
    const { page } = s;
    const ops = file.scenarios.find((x) => x.id === 'plan-b')!.operations;
    // the operations of plan B that this test reads, as the file has them
    expect(ops).toContainEqual(expect.objectContaining({ op: 'move', bureau: 'xs-ez-land', to: 'xs-houqiao' }));
    expect(ops).toContainEqual(expect.objectContaining({ op: 'merge', bureaus: ['xs-ez-office', 'xs-ez-finance'], into: expect.objectContaining({ id: 'xs-ez-office-finance' }) }));
    expect(ops).toContainEqual(expect.objectContaining({ op: 'abolish', bureau: 'xs-ez-social' }));
    expect(ops).toContainEqual(expect.objectContaining({ op: 'move', bureau: 'xs-ez-assets-center', to: 'xs-ez-group' }));
    expect(ops).toContainEqual(expect.objectContaining({ op: 'add-unit', unit: expect.objectContaining({ id: 'xs-ez-group', kind: 'platform' }) }));
    expect(ops).toContainEqual(expect.objectContaining({ op: 'create', bureau: expect.objectContaining({ id: 'xs-hq-urban' }) }));

    const before = await marksOn(page, 'before');
    const after = await marksOn(page, 'after');
    // moved to a street: marked on both sides
    expect(before['xs-ez-land']).toBe('moved');
    expect(after['xs-ez-land']).toBe('moved');
    // merged: the two old bureaus today, the merged one in the proposal
    expect(before['xs-ez-office']).toBe('mergedAway');
    expect(before['xs-ez-finance']).toBe('mergedAway');
    expect(after['xs-ez-office-finance']).toBe('merged');
    // abolished: marked today, gone from the proposal
    expect(before['xs-ez-social']).toBe('abolished');
    expect(await page.locator('[data-side="after"] [data-bureau-id="xs-ez-social"]').count()).toBe(0);
    // handed to the company platform: marked on both sides, and in the platform's box after
    expect(before['xs-ez-assets-center']).toBe('platform');
    expect(after['xs-ez-assets-center']).toBe('platform');
    expect(await page.locator('[data-side="after"] [data-unit-id="xs-ez-group"] [data-bureau-id="xs-ez-assets-center"]').count()).toBe(1);
    // new
    expect(after['xs-hq-urban']).toBe('created');
    // a bureau the proposal leaves alone carries no mark
    expect(before['xs-ez-invest']).toBeUndefined();
    expect(after['xs-msz-office']).toBeUndefined();
  });

  it('marks exactly the bureaus of the engine’s adjustment table, and no other', async () => {
    const { page } = s;
    const expected = expectedMarks(engineRows('plan-b'));
    expect(await marksOn(page, 'before')).toEqual(expected.before);
    expect(await marksOn(page, 'after')).toEqual(expected.after);
  });

  it('lists one row per changed bureau, with where it was and goes, staff and posts before and after, and document numbers', async () => {
    const { page } = s;
    await checkTable(page, 'plan-b');
    // every operation of plan B has a document number, so every row shows one
    for (const row of engineRows('plan-b')) expect(row.docs.length, row.bureau).toBeGreaterThan(0);
  });

  it('follows another proposal chosen in the view', async () => {
    const { page } = s;
    await page.selectOption('[data-action="choose-proposal"]', 'plan-a');
    const rows = engineRows('plan-a');
    await waitTable(page, rows);
    await checkTable(page, 'plan-a');
    const expected = expectedMarks(rows);
    expect(await marksOn(page, 'before')).toEqual(expected.before);
    expect(await marksOn(page, 'after')).toEqual(expected.after);
    expect(await cardsOn(page, 'after')).toEqual(stateOf('plan-a').bureaus.map((b) => b.id).sort());
  });

  it('raised no page error and asked nothing of another origin', () => {
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});

async function checkTable(page: Page, scenarioId: string): Promise<void> {
  const rows = engineRows(scenarioId);
  expect(rows.length).toBeGreaterThan(3);
  const units = new Map<string, Unit>([...loaded.baseline.units, ...stateOf(scenarioId).units].map((u) => [u.id, u]));
  const unitName = (id: string | undefined) => (id === undefined ? '—' : units.get(id)!.name);
  const total = (x: { admin: number; institutional: number } | undefined) => (x ? String(x.admin + x.institutional) : '—');
  const shown = await page.locator('[data-adjustment-bureau]').evaluateAll((trs) =>
    trs.map((tr) => ({ bureau: tr.getAttribute('data-adjustment-bureau'), cells: [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim()) })),
  );
  expect(shown.map((r) => r.bureau)).toEqual(rows.map((r) => r.bureau));
  // one row per bureau
  expect(new Set(shown.map((r) => r.bureau)).size).toBe(shown.length);
  rows.forEach((row, i) => {
    expect.soft(shown[i]!.cells, row.bureau).toEqual([
      row.name,
      translate('zh', `bureauChange.${row.change}`, {}),
      unitName(row.unitBefore),
      unitName(row.unitAfter),
      `${total(row.staffBefore)} → ${total(row.staffAfter)}`,
      `${row.postsBefore ?? '—'} → ${row.postsAfter ?? '—'}`,
      row.docs.join('；'),
    ]);
  });
}
