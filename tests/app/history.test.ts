// Undo and redo: one step per user action, each taking the file and the report back exactly.
import { describe, expect, it } from 'vitest';
import { LIMIT } from '../../src/app/history';
import { BASELINE_ID, type Operation } from '../../src/model';
import { SMALL_TEXT, XISHAN_TEXT, copy, engineReport, parsed, withOperation } from './files';
import { type App, openApp } from './harness';

const small = parsed(SMALL_TEXT);
const xishan = parsed(XISHAN_TEXT);

const moveCenter: Operation = { op: 'move', bureau: 'z1-center', to: 'p1' };
const moveTech: Operation = { op: 'move', bureau: 'o1-tech', to: 'z1' };
const reassignUrban: Operation = { op: 'reassign', function: 'livelihood-services', from: 's1-social', to: 'z1-urban' };

async function smallApp(scenarioId = 'plan-a'): Promise<App> {
  const app = await openApp({ defaultFile: SMALL_TEXT });
  app.actions.switchScenario(scenarioId);
  await app.idle();
  return app;
}

async function undo(app: App): Promise<void> {
  await app.actions.undo();
  await app.idle();
}

async function redo(app: App): Promise<void> {
  await app.actions.redo();
  await app.idle();
}

/** The file and report on screen are the given file and the engine's report of it. */
function expectShowing(app: App, file: typeof small): void {
  expect(app.file()).toEqual(file);
  expect(app.state().report).toEqual(engineReport(file, app.state().lang));
}

describe('undo and redo', () => {
  it('records one step per action, with its label, and none for switching scenarios', async () => {
    const app = await smallApp('plan-a');
    await app.apply(moveCenter);
    app.actions.switchScenario('plan-b');
    app.actions.switchScenario(BASELINE_ID);
    await app.idle();
    await app.apply({ op: 'set', bureau: 't1-office', leaderPosts: 2 });
    await app.actions.createScenario('丙方案');
    await app.actions.renameScenario('plan-b', '乙方案（修改）');
    await app.actions.editRecord('plan-a', 1, { doc: '东编〔2025〕3号' });
    await app.actions.deleteScenario('plan-b');
    await app.idle();
    expect(app.pastLabels()).toEqual(['step.move', 'step.set', 'step.createScenario', 'step.renameScenario', 'step.editRecord', 'step.deleteScenario']);
    expect(app.history().future).toEqual([]);
  });

  it('undo gives back the file before, deep-equal, with its report; redo the file after', async () => {
    const app = await smallApp('plan-a');
    const reportBefore = app.state().report;
    await app.apply(moveCenter);
    const after = withOperation(small, 'plan-a', moveCenter);
    expectShowing(app, after);

    await undo(app);
    expectShowing(app, small);
    expect(app.state().report).toEqual(reportBefore);
    expect(app.history().past).toEqual([]);
    expect(app.history().future.map((s) => s.label.key)).toEqual(['step.move']);
    expect(app.state().changes).toHaveLength(1);

    await redo(app);
    expectShowing(app, after);
    expect(app.history().future).toEqual([]);
    expect(app.pastLabels()).toEqual(['step.move']);
    expect(app.state().changes).toHaveLength(2);
  });

  it('undoes three steps one by one back to the start, and redoes them in order', async () => {
    const app = await smallApp('plan-a');
    const files = [small];
    for (const operation of [moveCenter, moveTech, reassignUrban]) {
      expect(await app.apply(operation)).toBe(true);
      files.push(withOperation(files[files.length - 1]!, 'plan-a', operation));
    }
    for (let i = 2; i >= 0; i--) {
      await undo(app);
      expectShowing(app, files[i]!);
    }
    await undo(app); // nothing left to undo: nothing happens
    expectShowing(app, small);
    expect(app.state().notices).toEqual([]);
    for (let i = 1; i <= 3; i++) {
      await redo(app);
      expectShowing(app, files[i]!);
    }
    await redo(app);
    expectShowing(app, files[3]!);
  });

  it('a new action after an undo clears the redo stack', async () => {
    const app = await smallApp('plan-a');
    await app.apply(moveCenter);
    await app.apply(moveTech);
    await undo(app);
    expect(app.history().future).toHaveLength(1);
    await app.apply(reassignUrban);
    expect(app.history().future).toEqual([]);
    await redo(app);
    expectShowing(app, withOperation(withOperation(small, 'plan-a', moveCenter), 'plan-a', reassignUrban));
  });

  it('undo returns to the scenario where the step was taken; switching back and forth is not undone', async () => {
    const app = await smallApp('plan-b');
    await app.apply(moveTech);
    app.actions.switchScenario('plan-a');
    app.actions.switchScenario(BASELINE_ID);
    await app.idle();
    expect(app.history().past).toHaveLength(1);
    await undo(app);
    expect(app.state().scenarioId).toBe('plan-b');
    expectShowing(app, small);
  });

  it('undoing the deletion of the scenario on screen brings it back with its operations and shows it', async () => {
    const app = await smallApp('plan-b');
    await app.apply(moveTech);
    const withMine = withOperation(small, 'plan-b', moveTech);
    expect(await app.actions.deleteScenario('plan-b')).toBe(true);
    await app.idle();
    expect(app.state().scenarioId).toBe(BASELINE_ID);
    expect(app.file().scenarios.map((s) => s.id)).toEqual(['plan-a']);

    await undo(app);
    expect(app.state().scenarioId).toBe('plan-b');
    expectShowing(app, withMine);
    expect(app.scenario('plan-b').operations).toEqual([...small.scenarios[1]!.operations, moveTech]);
    expect(app.state().changes).toHaveLength(3);

    // and the operation before it is still one undo further back
    await undo(app);
    expectShowing(app, small);
    await redo(app);
    await redo(app);
    expect(app.file().scenarios.map((s) => s.id)).toEqual(['plan-a']);
    expect(app.state().scenarioId).toBe(BASELINE_ID);
  });

  it('undoing the creation of a scenario removes it and returns to the scenario shown before; redo brings it back', async () => {
    const app = await smallApp('plan-b');
    await app.actions.createScenario('丙方案', 'plan-a');
    await app.idle();
    const created = app.file();
    await undo(app);
    expect(app.state().scenarioId).toBe('plan-b');
    expectShowing(app, small);
    await redo(app);
    expectShowing(app, created);
    expect(app.file().scenarios).toHaveLength(3);
  });

  it('undoes a baseline edit: organisation, scenarios and report as they were', async () => {
    const app = await smallApp(BASELINE_ID);
    await app.apply({ op: 'merge', bureaus: ['s1-office', 's1-social'], into: { id: 's1-service', name: '党政和社会事业办' } });
    app.actions.switchScenario('plan-a');
    await app.apply(moveTech);
    await undo(app);
    await undo(app);
    expectShowing(app, small);
    expect(app.state().scenarioId).toBe(BASELINE_ID);
    // the engine is back on the original baseline: an operation on s1-social is accepted again
    app.actions.switchScenario('plan-a');
    const operation: Operation = { op: 'set', bureau: 's1-social', leaderPosts: 2 };
    expect(await app.apply(operation)).toBe(true);
    expectShowing(app, withOperation(small, 'plan-a', operation));
  });

  it('on the example file, undoing the last operation of plan-b gives the report of the shorter plan', async () => {
    const app = await openApp();
    app.actions.switchScenario('plan-b');
    const operation: Operation = { op: 'move', bureau: 'xs-htz-invest', to: 'xs-msz' };
    await app.apply(operation);
    expectShowing(app, withOperation(xishan, 'plan-b', operation));
    await undo(app);
    expectShowing(app, xishan);
  });

  it(`keeps the last ${LIMIT} steps: the oldest falls off`, async () => {
    const app = await smallApp('plan-a');
    for (let n = 1; n <= LIMIT + 1; n++) await app.actions.renameScenario('plan-a', `甲方案 第${n}稿`);
    await app.idle();
    expect(app.history().past).toHaveLength(LIMIT);
    expect(app.history().past[0]!.label.args).toEqual({ name: '甲方案 第2稿' });
    for (let n = 0; n < LIMIT; n++) await app.actions.undo();
    await app.idle();
    expect(app.history().past).toEqual([]);
    expect(app.history().future).toHaveLength(LIMIT);
    // the first rename can no longer be undone
    expect(app.scenario('plan-a').name).toBe('甲方案 第1稿');
    const expected = copy(small);
    expected.scenarios[0]!.name = '甲方案 第1稿';
    expectShowing(app, expected);
  }, 120_000); // a thousand steps, each saved as it is taken

  it('two undos pressed at once (a held Ctrl+Z) undo two steps, and the report matches the file', async () => {
    const app = await smallApp('plan-a');
    await app.apply(moveCenter);
    await app.apply(moveTech);
    await Promise.all([app.actions.undo(), app.actions.undo()]);
    await app.idle();
    expect(app.state().report).toEqual(engineReport(app.file(), 'zh'));
    expectShowing(app, small);
    expect(app.history().past).toEqual([]);
    expect(app.history().future).toHaveLength(2);
  });
});
