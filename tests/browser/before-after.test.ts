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

  it('shows by default the units the proposal touches, each with its bureaus of that side; the whole organisation a click away', async () => {
    const { page } = s;
    const rows = engineRows('plan-b');
    const named = new Set(rows.flatMap((r) => [r.unitBefore, r.unitAfter]).filter((id): id is string => id !== undefined));
    for (const [side, state] of [['before', loaded.baseline], ['after', stateOf('plan-b')]] as const) {
      const shown = await page.locator(`[data-side="${side}"] [data-unit-id]`).evaluateAll((units) => units.map((u) => u.getAttribute('data-unit-id')!));
      // every unit a changed bureau leaves or enters is there (on the side where the unit exists)
      for (const id of named) if (state.units.some((u) => u.id === id)) expect(shown, `${side} ${id}`).toContain(id);
      // untouched units are left out: a 锡山 town outside every zone is not in plan B
      expect(shown).not.toContain('xs-yangjian');
      // each unit shown holds exactly its bureaus of that side, as the engine has them
      for (const id of shown) {
        const cards = (await page.locator(`[data-side="${side}"] [data-unit-id="${id}"] [data-bureau-id]`).evaluateAll((c) => c.map((e) => e.getAttribute('data-bureau-id')!))).sort();
        expect(cards, `${side} ${id}`).toEqual(state.bureaus.filter((b) => b.unit === id).map((b) => b.id).sort());
      }
    }
    await page.click('[data-action="show-whole"]');
    expect(await cardsOn(page, 'before')).toEqual(loaded.baseline.bureaus.map((b) => b.id).sort());
    expect(await cardsOn(page, 'after')).toEqual(stateOf('plan-b').bureaus.map((b) => b.id).sort());
    await page.click('[data-action="show-touched"]');
    await page.waitForSelector('[data-side="after"] [data-ghost-bureau]');
  });

  it('keeps what left as a ghost where it was, saying where it went', async () => {
    const { page } = s;
    // 征地拆迁办公室 moves from the zone to 厚桥街道: on the proposal's side the zone keeps its ghost
    const ghost = page.locator('[data-side="after"] [data-unit-id="xs-ez"] [data-ghost-bureau="xs-ez-land"]');
    expect(await ghost.count()).toBe(1);
    expect(await ghost.textContent()).toContain('厚桥街道');
    expect(await page.locator('[data-side="after"] [data-unit-id="xs-houqiao"] [data-bureau-id="xs-ez-land"]').count()).toBe(1);
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
    await page.click('[data-action="show-whole"]');
    expect(await cardsOn(page, 'after')).toEqual(stateOf('plan-a').bureaus.map((b) => b.id).sort());
    await page.click('[data-action="show-touched"]');
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
    const cells = shown[i]!.cells;
    // a renamed bureau shows its old name beside the new
    expect.soft(cells[0], row.bureau).toBe(row.nameBefore ? `${row.nameBefore} → ${row.name}` : row.name);
    expect.soft(cells.slice(1, 4), row.bureau).toEqual([translate('zh', `bureauChange.${row.change}`, {}), unitName(row.unitBefore), unitName(row.unitAfter)]);
    // staff before → after (with the admin · institutional split under it where institutional staff are involved)
    expect.soft(cells[4]!.startsWith(`${total(row.staffBefore)} → ${total(row.staffAfter)}`), `${row.bureau}: ${cells[4]}`).toBe(true);
    // under the documents, who proposed the changes (format version 2 `by`)
    const proposedBy = row.by ? `提出人：${row.by.join('、')}` : '';
    expect.soft(cells.slice(5), row.bureau).toEqual([`${row.postsBefore ?? '—'} → ${row.postsAfter ?? '—'}`, `${row.docs.join('；')}${proposedBy}`, row.notes.join('\n')]);
  });
  // the file's notes are the table's 说明
  expect(rows.some((r) => r.notes.length > 0)).toBe(true);
  // the example's operations name who proposed them
  expect(rows.some((r) => (r.by ?? []).length > 0)).toBe(true);
}
