// What a dropped card means is decided in src/app, from the organisation on screen alone: a move,
// a hand-over to a platform, a merge (which asks for a name), a refusal with its reason, or nothing.
import { describe, expect, it } from 'vitest';
import { decideDrop } from '../../src/app/drop';
import { baselineOf } from '../../src/engine';
import { BASELINE_ID } from '../../src/model';
import { SMALL_TEXT, engineReport, parsed, withOperation } from './files';
import { openApp } from './harness';

const small = parsed(SMALL_TEXT);
const today = baselineOf(small);

describe('the drop decision', () => {
  it('onto another unit: a move; onto a company platform: a hand-over', () => {
    expect(decideDrop(today, 'z1-urban', { kind: 'unit', id: 's1' })).toEqual({ kind: 'move', operation: { op: 'move', bureau: 'z1-urban', to: 's1' } });
    expect(decideDrop(today, 'z1-center', { kind: 'unit', id: 'p1' })).toEqual({ kind: 'handOver', operation: { op: 'move', bureau: 'z1-center', to: 'p1' } });
  });

  it('onto a bureau of another unit: a move into that unit (a hand-over when it is a platform’s)', () => {
    expect(decideDrop(today, 'z1-econ', { kind: 'bureau', id: 't1-office' })).toEqual({ kind: 'move', operation: { op: 'move', bureau: 'z1-econ', to: 't1' } });
    const onPlatform = { ...today, bureaus: today.bureaus.map((b) => (b.id === 'z1-center' ? { ...b, unit: 'p1' } : b)) };
    expect(decideDrop(onPlatform, 'z1-invest', { kind: 'bureau', id: 'z1-center' })).toEqual({ kind: 'handOver', operation: { op: 'move', bureau: 'z1-invest', to: 'p1' } });
  });

  it('onto a bureau of its own unit and type: a merge, for which the user names the new bureau', () => {
    expect(decideDrop(today, 'z1-invest', { kind: 'bureau', id: 'z1-econ' })).toEqual({ kind: 'merge', bureau: 'z1-invest', with: 'z1-econ' });
  });

  it('onto a bureau of its own unit of another type: refused, naming both', () => {
    expect(decideDrop(today, 'z1-invest', { kind: 'bureau', id: 'z1-center' })).toEqual({
      kind: 'refuse',
      reason: { key: 'drop.mergeTypes', args: { name: '投资促进局', other: '招商服务中心' } },
    });
  });

  it('onto a coordination group (领导小组), or a bureau it holds: refused before it is made, naming both', () => {
    const withGroup = { ...today, units: [...today.units, { id: 'g1', name: '文旅统筹领导小组', kind: 'group' as const }] };
    const refusal = { kind: 'refuse', reason: { key: 'drop.group', args: { name: '投资促进局', unit: '文旅统筹领导小组' } } };
    expect(decideDrop(withGroup, 'z1-invest', { kind: 'unit', id: 'g1' })).toEqual(refusal);
    const staffed = { ...withGroup, bureaus: withGroup.bureaus.map((b) => (b.id === 'z1-center' ? { ...b, unit: 'g1' } : b)) };
    expect(decideDrop(staffed, 'z1-invest', { kind: 'bureau', id: 'z1-center' })).toEqual(refusal);
  });

  it('where it already is, onto itself, onto nothing, or for a bureau the organisation does not hold: nothing', () => {
    expect(decideDrop(today, 'z1-invest', { kind: 'unit', id: 'z1' })).toEqual({ kind: 'nothing' });
    expect(decideDrop(today, 'z1-invest', { kind: 'bureau', id: 'z1-invest' })).toEqual({ kind: 'nothing' });
    expect(decideDrop(today, 'z1-invest', undefined)).toEqual({ kind: 'nothing' });
    expect(decideDrop(today, 'gone', { kind: 'unit', id: 's1' })).toEqual({ kind: 'nothing' });
    expect(decideDrop(today, 'z1-invest', { kind: 'bureau', id: 'gone' })).toEqual({ kind: 'nothing' });
  });

  it('decides on the organisation of the scenario on screen, not today’s', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    app.actions.switchScenario('plan-a'); // z1-urban is in s1 there
    await app.idle();
    expect(app.actions.drop('z1-urban', { kind: 'unit', id: 's1' }).decision).toEqual({ kind: 'nothing' });
    expect(app.actions.drop('z1-urban', { kind: 'unit', id: 'z1' }).decision.kind).toBe('move');
    await app.idle();
    expect(app.scenario('plan-a').operations.at(-1)).toEqual({ op: 'move', bureau: 'z1-urban', to: 'z1' });
  });
});

describe('a drop through the app', () => {
  it('a hand-over is one undo step of its own name, judged by the engine', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    app.actions.switchScenario('plan-a');
    await app.idle();
    const { decision, done } = app.actions.drop('z1-center', { kind: 'unit', id: 'p1' });
    expect(decision.kind).toBe('handOver');
    expect(await done).toBe(true);
    await app.idle();
    const expected = withOperation(small, 'plan-a', { op: 'move', bureau: 'z1-center', to: 'p1' });
    expect(app.file()).toEqual(expected);
    expect(app.state().report).toEqual(engineReport(expected, 'zh'));
    expect(app.pastLabels()).toEqual(['step.handOver']);
  });

  it('a move on today’s organisation edits it, labelled a move', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    const { done } = app.actions.drop('z1-econ', { kind: 'bureau', id: 't1-office' });
    expect(await done).toBe(true);
    await app.idle();
    expect(app.state().scenarioId).toBe(BASELINE_ID);
    expect(app.file().bureaus.find((b) => b.id === 'z1-econ')!.unit).toBe('t1');
    expect(app.pastLabels()).toEqual(['step.move']);
  });

  it('a refused drop changes nothing and says why; a merge waits for its name; nothing is nothing', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    const refused = app.actions.drop('z1-invest', { kind: 'bureau', id: 'z1-center' });
    expect(refused.done).toBeUndefined();
    expect(app.notices('error').map((n) => n.message)).toEqual([{ key: 'drop.mergeTypes', args: { name: '投资促进局', other: '招商服务中心' } }]);
    const merge = app.actions.drop('z1-invest', { kind: 'bureau', id: 'z1-econ' });
    expect(merge).toEqual({ decision: { kind: 'merge', bureau: 'z1-invest', with: 'z1-econ' } });
    expect(app.actions.drop('z1-invest', { kind: 'unit', id: 'z1' })).toEqual({ decision: { kind: 'nothing' } });
    await app.idle();
    expect(app.file()).toEqual(small);
    expect(app.history().past).toEqual([]);
  });
});
