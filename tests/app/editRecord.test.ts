// The document number (文号) and note of an operation: they change no figure (SPEC §5), are one
// undo step each, and show in the change list.
import { describe, expect, it } from 'vitest';
import { SMALL_TEXT, copy, engineLoad, engineReport, parsed } from './files';
import { type App, openApp } from './harness';

const small = parsed(SMALL_TEXT);

async function onPlanB(): Promise<App> {
  const app = await openApp({ defaultFile: SMALL_TEXT });
  app.actions.switchScenario('plan-b');
  await app.idle();
  return app;
}

describe('editRecord', () => {
  it('sets the doc and note of an operation without changing any figure, as one undo step', async () => {
    const app = await onPlanB();
    const report = copy(app.state().report);
    expect(await app.actions.editRecord('plan-b', 1, { doc: '东编〔2025〕7号', note: '职责并入经济发展局' })).toBe(true);
    await app.idle();
    const expected = copy(small);
    Object.assign(expected.scenarios[1]!.operations[1]!, { doc: '东编〔2025〕7号', note: '职责并入经济发展局' });
    expect(app.file()).toEqual(expected);
    expect(app.state().report).toEqual(report);
    expect(app.state().report).toEqual(engineReport(expected, 'zh'));
    expect(app.pastLabels()).toEqual(['step.editRecord']);
    expect(app.history().past[0]!.label.args).toEqual({ index: 2 });
  });

  it('clears a doc or note given as empty text, and leaves the other as it was', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    app.actions.switchScenario('plan-a');
    expect(await app.actions.editRecord('plan-a', 0, { doc: '  ' })).toBe(true);
    await app.idle();
    const operation = app.scenario('plan-a').operations[0]!;
    expect('doc' in operation).toBe(false);
    expect(operation.note).toBe('整建制划转');
    expect(await app.actions.editRecord('plan-a', 0, { note: '' })).toBe(true);
    await app.idle();
    expect(app.scenario('plan-a').operations[0]).toEqual({ op: 'move', bureau: 'z1-urban', to: 's1' });
    expect(app.state().report).toEqual(engineReport(small, 'zh'));
    expect(app.history().past).toHaveLength(2);
  });

  it('undo brings the old doc and note back, redo the new ones', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    app.actions.switchScenario('plan-a');
    await app.actions.editRecord('plan-a', 0, { doc: '东编〔2025〕8号', note: '' });
    await app.actions.undo();
    await app.idle();
    expect(app.file()).toEqual(small);
    await app.actions.redo();
    await app.idle();
    expect(app.scenario('plan-a').operations[0]).toEqual({ op: 'move', bureau: 'z1-urban', to: 's1', doc: '东编〔2025〕8号' });
    expect(app.state().report).toEqual(engineReport(small, 'zh'));
  });

  it('the change list shows the doc and note as edited', async () => {
    const app = await onPlanB();
    await app.actions.editRecord('plan-b', 0, { doc: '东编〔2025〕7号', note: '转企改制' });
    await app.idle();
    const load = engineLoad(app.file());
    if (!load.ok) return expect.fail('the engine refuses the file');
    expect(app.state().changes).toEqual(load.changes('plan-b'));
    expect(app.state().changes[0]).toMatchObject({ doc: '东编〔2025〕7号', note: '转企改制' });

    await app.actions.undo();
    await app.idle();
    expect(app.state().changes[0]!.doc).toBeUndefined();
  });

  it('after an edited record, operations appended and undone keep the edit', async () => {
    const app = await onPlanB();
    await app.actions.editRecord('plan-b', 0, { doc: '东编〔2025〕7号' });
    await app.apply({ op: 'move', bureau: 'o1-tech', to: 'z1' });
    await app.actions.undo();
    await app.idle();
    const expected = copy(small);
    expected.scenarios[1]!.operations[0]!.doc = '东编〔2025〕7号';
    expect(app.file()).toEqual(expected);
    expect(app.state().report).toEqual(engineReport(expected, 'zh'));
  });

  it('an edit of an operation that does not exist changes nothing and records no step', async () => {
    const app = await onPlanB();
    await app.actions.editRecord('plan-b', 7, { doc: '东编〔2025〕7号' });
    await app.actions.editRecord('plan-z', 0, { doc: '东编〔2025〕7号' });
    await app.idle();
    expect(app.file()).toEqual(small);
    expect(app.history().past).toEqual([]);
  });
});
