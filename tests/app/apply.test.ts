// Applying an operation: to a scenario it is appended; on the baseline it edits the organisation.
// Either way the engine judges it first, and a refused one changes nothing.
import { describe, expect, it } from 'vitest';
import { applyOperation, baselineOf, contextOf } from '../../src/engine';
import { message } from '../../src/i18n';
import { BASELINE_ID, type Operation } from '../../src/model';
import { SMALL_TEXT, XISHAN_TEXT, copy, engineErrors, engineLoad, engineReport, parsed, withOperation } from './files';
import { openApp } from './harness';

const small = parsed(SMALL_TEXT);
const xishan = parsed(XISHAN_TEXT);

async function smallApp(scenarioId = 'plan-a') {
  const app = await openApp({ defaultFile: SMALL_TEXT });
  app.actions.switchScenario(scenarioId);
  await app.idle();
  return app;
}

describe('apply to a scenario', () => {
  it('appends the operation; the report, the change list and the undo stack follow the engine', async () => {
    const app = await smallApp('plan-b');
    const operation: Operation = { op: 'merge', bureaus: ['z1-invest', 'z1-econ'], into: { id: 'z1-economy', name: '经济和投资促进局' }, doc: '东编〔2025〕2号' };
    expect(await app.apply(operation)).toBe(true);
    const expected = withOperation(small, 'plan-b', operation);
    expect(app.file()).toEqual(expected);
    expect(app.state().report).toEqual(engineReport(expected, 'zh'));
    const load = engineLoad(expected);
    if (load.ok) expect(app.state().changes).toEqual(load.changes('plan-b'));
    expect(app.state().scenarioId).toBe('plan-b');
    expect(app.pastLabels()).toEqual(['step.merge']);
    expect(app.history().past[0]!.scenarioId).toBe('plan-b');
    expect(app.state().notices).toEqual([]);
  });

  it('on the example file: every operation of plan-b applied one by one to a new scenario gives the engine report of plan-b', async () => {
    const app = await openApp();
    expect(await app.actions.createScenario('逐条重做乙方案')).toBe(true);
    await app.idle();
    const id = app.state().scenarioId;
    const planB = xishan.scenarios.find((s) => s.id === 'plan-b')!;
    for (const operation of planB.operations) expect(await app.apply(operation)).toBe(true);
    const mine = app.state().report!.scenarios.find((s) => s.id === id)!;
    const engines = engineReport(xishan, 'zh').scenarios.find((s) => s.id === 'plan-b')!;
    expect(mine.metrics).toEqual(engines.metrics);
    expect(mine.savings).toEqual(engines.savings);
    expect(mine.violations).toEqual(engines.violations);
    expect(app.history().past).toHaveLength(1 + planB.operations.length);
  });

  it.each<[string, Operation]>([
    ['a bureau that is not there', { op: 'move', bureau: 'no-such-bureau', to: 's1' }],
    ['a move to where the bureau already is', { op: 'move', bureau: 'z1-urban', to: 's1' }],
    ['a merge across units', { op: 'merge', bureaus: ['z1-invest', 's1-social'], into: { id: 'x', name: '合并' } }],
    ['an unknown duty', { op: 'reassign', function: 'no-such-duty', from: 'z1-invest', to: 'z1-econ' }],
  ])('refuses %s: file, history and report stay exactly as they were; an error notice gives the engine reasons', async (_, operation) => {
    const app = await smallApp('plan-a');
    await app.apply({ op: 'move', bureau: 'z1-center', to: 'p1' });
    const before = { file: app.file(), history: app.history(), report: app.state().report, changes: app.state().changes };
    const copies = copy({ file: before.file, report: before.report });

    expect(await app.apply(operation)).toBe(false);
    expect(app.file()).toBe(before.file);
    expect(app.file()).toEqual(copies.file);
    expect(app.history()).toBe(before.history);
    expect(app.state().report).toEqual(copies.report);
    expect(app.state().changes).toEqual(before.changes);
    expect(app.state().pending).toBe(false);
    const errors = app.notices('error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message.key).toBe('notice.refused');
    expect(errors[0]!.details).toEqual(engineErrors(withOperation(before.file, 'plan-a', operation)));

    // and the engine still holds the file as it was: the next operation lands on it
    const next: Operation = { op: 'move', bureau: 'o1-tech', to: 'z1' };
    expect(await app.apply(next)).toBe(true);
    expect(app.state().report).toEqual(engineReport(withOperation(copies.file, 'plan-a', next), 'zh'));
  });

  it.each<[string, Operation]>([
    ['negative staff', { op: 'set', bureau: 'z1-invest', staff: { admin: -5, institutional: 0 } }],
    ['fractional leader posts', { op: 'set', bureau: 'z1-invest', leaderPosts: 1.5 }],
    ['an empty name', { op: 'set', bureau: 'z1-invest', name: '' }],
    ['a new bureau with an id that is not an id', { op: 'create', bureau: { id: 'a b', name: '新局', unit: 'z1', type: 'internal', category: 'economic', functions: [], staff: { admin: 1, institutional: 0 }, leaderPosts: 0 } }],
  ])('refuses an operation with %s, as the engine refuses the file that would hold it (SPEC §5)', async (_, operation) => {
    const app = await smallApp('plan-a');
    const before = app.file();
    // the engine's verdict on the file this operation would make
    expect(engineLoad(withOperation(before, 'plan-a', operation)).ok).toBe(false);
    expect(await app.apply(operation)).toBe(false);
    expect(app.file()).toEqual(before);
    expect(app.history().past).toEqual([]);
    expect(app.notices('error')).toHaveLength(1);
  });
});

describe('apply on the baseline', () => {
  it('a bureau edit changes file.bureaus in place; every scenario still evaluates as the engine says', async () => {
    const app = await smallApp(BASELINE_ID);
    const operation: Operation = { op: 'set', bureau: 'z1-invest', staff: { admin: 11, institutional: 2 }, leaderPosts: 3 };
    const opened = app.calls('openFile');
    expect(await app.apply(operation)).toBe(true);
    // the engine is told the operation; the file is not sent again
    expect(app.calls('editBaseline')).toBe(1);
    expect(app.calls('openFile')).toBe(opened);
    const expected = copy(small);
    Object.assign(expected.bureaus.find((b) => b.id === 'z1-invest')!, { staff: { admin: 11, institutional: 2 }, leaderPosts: 3 });
    expect(app.file()).toEqual(expected);
    expect(app.file().scenarios).toEqual(small.scenarios);
    const report = app.state().report!;
    expect(report).toEqual(engineReport(expected, 'zh'));
    expect(report.scenarios.map((s) => s.id)).toEqual(['plan-a', 'plan-b']);
    expect(app.state().scenarioId).toBe(BASELINE_ID);
    expect(app.pastLabels()).toEqual(['step.set']);
  });

  it('a new unit and a merge change file.units and file.bureaus as the engine applies them', async () => {
    const app = await smallApp(BASELINE_ID);
    const addUnit: Operation = { op: 'add-unit', unit: { id: 't2', name: '北镇', kind: 'town', developedTown: true, leaderPosts: 2 } };
    const merge: Operation = { op: 'merge', bureaus: ['s1-office', 's1-social'], into: { id: 's1-service', name: '党政和社会事业办', category: 'general' } };
    expect(await app.apply(addUnit)).toBe(true);
    expect(await app.apply(merge)).toBe(true);
    // the engine applies the two operations to the baseline by itself
    const context = contextOf(small);
    const first = applyOperation(baselineOf(small), addUnit, context);
    if (!first.ok) return expect.fail('the engine refuses the new unit');
    const second = applyOperation(first.state, merge, context);
    if (!second.ok) return expect.fail('the engine refuses the merge');
    const expected = { ...copy(small), units: copy(second.state.units), bureaus: copy(second.state.bureaus) };
    expect(app.file()).toEqual(expected);
    expect(app.file().units.map((u) => u.id)).toEqual(['z1', 'o1', 's1', 't1', 'p1', 't2']);
    expect(app.file().bureaus.find((b) => b.id === 's1-service')).toMatchObject({ unit: 's1', staff: { admin: 11, institutional: 0 }, functions: ['party-affairs', 'general-office', 'livelihood-services'] });
    expect(app.state().report).toEqual(engineReport(expected, 'zh'));
    expect(app.pastLabels()).toEqual(['step.add-unit', 'step.merge']);
  });

  it('refuses an operation the engine refuses, with its reasons, and changes nothing', async () => {
    const app = await smallApp(BASELINE_ID);
    const before = copy({ file: app.file(), report: app.state().report });
    const operation: Operation = { op: 'remove-unit', unit: 's1' };
    expect(await app.apply(operation)).toBe(false);
    expect(app.file()).toEqual(before.file);
    expect(app.state().report).toEqual(before.report);
    expect(app.history().past).toEqual([]);
    const refused = applyOperation(baselineOf(small), operation, contextOf(small));
    if (refused.ok) return expect.fail('the engine accepts the removal');
    const errors = app.notices('error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.details?.map((d) => d.message)).toEqual(refused.refusals.map((r) => r.message));
  });

  it('refuses an edit that would make a scenario fail, with the engine reasons, and changes nothing', async () => {
    const app = await smallApp(BASELINE_ID);
    const before = copy({ file: app.file(), report: app.state().report });
    // plan-a moves z1-urban: without it the plan cannot be played
    const operation: Operation = { op: 'abolish', bureau: 'z1-urban', functionsTo: 's1-social' };
    expect(await app.apply(operation)).toBe(false);
    expect(app.file()).toEqual(before.file);
    expect(app.state().report).toEqual(before.report);
    expect(app.history()).toEqual({ past: [], future: [] });
    const edited = copy(small);
    edited.bureaus = edited.bureaus.filter((b) => b.id !== 'z1-urban');
    edited.bureaus.find((b) => b.id === 's1-social')!.functions.push('urban-management');
    const errors = app.notices('error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.details).toEqual(engineErrors(edited));
    expect(errors[0]!.details![0]!.path).toBe('$.scenarios[0].operations[0]');

    // the engine still has the file as it was
    app.actions.switchScenario('plan-a');
    const next: Operation = { op: 'move', bureau: 'o1-tech', to: 'z1' };
    expect(await app.apply(next)).toBe(true);
    expect(app.state().report).toEqual(engineReport(withOperation(before.file!, 'plan-a', next), 'zh'));
  });
});

describe('two actions in quick succession (a second drop before the first is judged)', () => {
  it('two operations applied at once both land in the file, and the report is the engine report of that file', async () => {
    const app = await smallApp('plan-a');
    const first: Operation = { op: 'move', bureau: 'z1-center', to: 'p1' };
    const second: Operation = { op: 'move', bureau: 'o1-tech', to: 'z1' };
    const answers = await Promise.all([app.actions.apply(first, message('step.move', {})), app.actions.apply(second, message('step.move', {}))]);
    await app.idle();
    expect(answers).toEqual([true, true]);
    const expected = withOperation(withOperation(small, 'plan-a', first), 'plan-a', second);
    expect(app.state().report).toEqual(engineReport(app.file(), 'zh'));
    expect(app.file()).toEqual(expected);
    expect(app.history().past).toHaveLength(2);
  });
});
