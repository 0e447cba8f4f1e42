// The core runs any file action as one undo step: also one that replaces today's organisation and
// adds several proposals at once (a table import, proposals brought in from another file), or
// replaces the whole file (two files merged). Undo gives back the file before, exactly; the engine
// judges every step, and a refused one changes nothing.
import { describe, expect, it } from 'vitest';
import type { FileAction } from '../../src/app/actions/types';
import { message } from '../../src/i18n';
import type { Scenario, ScenarioFile } from '../../src/model';
import { SMALL_TEXT, copy, engineReport, parsed } from './files';
import { type App, memoryStorage, openApp } from './harness';

const small = parsed(SMALL_TEXT);

/** Today's organisation with the town gone and a second street, and two proposals brought in. */
function imported(file: ScenarioFile): { units: ScenarioFile['units']; bureaus: ScenarioFile['bureaus']; scenarios: Scenario[] } {
  const units = [...file.units.filter((u) => u.id !== 't1'), { id: 's2', name: '西街道', kind: 'street' as const, leaderPosts: 2 }];
  const bureaus = [
    ...file.bureaus.filter((b) => b.unit !== 't1'),
    { id: 's2-office', name: '西街道党政办', unit: 's2', type: 'internal' as const, category: 'general' as const, functions: ['general-office'], staff: { admin: 4, institutional: 0 }, leaderPosts: 1 },
  ];
  const scenarios: Scenario[] = [
    { id: 'in-1', name: '引入方案一', operations: [{ op: 'move', bureau: 'z1-urban', to: 's2' }] },
    { id: 'in-2', name: '引入方案二', operations: [{ op: 'abolish', bureau: 's2-office' }] },
  ];
  return { units, bureaus, scenarios };
}

/** An action as a table import that brings proposals along would be: one step, the engine told the file. */
const replaceBaselineAndAdd: FileAction<[ReturnType<typeof imported>]> = {
  name: 'importTable',
  plan: (_state, { units, bureaus, scenarios }) => ({
    label: message('step.createScenario', { name: scenarios.map((s) => s.name).join('、') }),
    edit(draft) {
      draft.units = units;
      draft.bureaus = bureaus;
      draft.scenarios.push(...scenarios);
    },
    engine: { redo: { kind: 'file' }, undo: { kind: 'file' } },
    show: scenarios[0]!.id,
  }),
};

/** An action that puts a whole other file in place of the open one. */
const replaceFile: FileAction<[ScenarioFile]> = {
  name: 'mergeFiles',
  plan: (_state, next) => ({
    label: message('step.createScenario', { name: next.title }),
    edit: () => next,
    engine: { redo: { kind: 'file' }, undo: { kind: 'file' } },
  }),
};

function expectShowing(app: App, file: ScenarioFile): void {
  expect(app.file()).toEqual(file);
  expect(app.state().report).toEqual(engineReport(file, app.state().lang));
}

describe('an action that changes much of the file is one undo step', () => {
  it('replaces the baseline and adds two proposals; undo and redo take it all back and forth', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    const change = imported(small);
    expect(await app.run(replaceBaselineAndAdd, change)).toBe(true);
    await app.idle();
    const after: ScenarioFile = { ...copy(small), units: change.units, bureaus: change.bureaus, scenarios: [...copy(small).scenarios, ...change.scenarios] };
    expectShowing(app, after);
    expect(app.state().scenarioId).toBe('in-1');
    expect(app.history().past).toHaveLength(1);

    await app.actions.undo();
    await app.idle();
    expectShowing(app, small);
    expect(app.history().past).toEqual([]);
    await app.actions.redo();
    await app.idle();
    expectShowing(app, after);
  });

  it('replaces the whole file; the step survives a reload and undoes there', async () => {
    const storage = memoryStorage();
    const app = await openApp({ defaultFile: SMALL_TEXT, storage });
    const other: ScenarioFile = { ...copy(small), title: '合并后的方案', scenarios: [copy(small).scenarios[1]!] };
    expect(await app.run(replaceFile, other)).toBe(true);
    await app.idle();
    expectShowing(app, other);
    await app.actions.flush();

    const again = await openApp({ defaultFile: SMALL_TEXT, storage });
    expectShowing(again, other);
    await again.actions.undo();
    await again.idle();
    expectShowing(again, small);
  });

  it('a step the engine refuses (a proposal that no longer applies) changes nothing and says why', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    const change = imported(small);
    // plan-b abolishes s1-econ: without it in today's organisation, plan-b no longer applies
    const broken = { ...change, bureaus: change.bureaus.filter((b) => b.id !== 's1-econ') };
    expect(await app.run(replaceBaselineAndAdd, broken)).toBe(false);
    await app.idle();
    expectShowing(app, small);
    expect(app.history().past).toEqual([]);
    expect(app.notices('error')).toHaveLength(1);
    expect(app.notices('error')[0]!.details!.some((d) => d.path?.startsWith('$.scenarios[1]'))).toBe(true);
  });
});

describe('an action that takes its time to plan', () => {
  it('runs in turn: a drop asked for meanwhile waits, and both steps land in the order asked', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    app.actions.switchScenario('plan-a');
    let release: () => void = () => undefined;
    const slow: FileAction<[]> = {
      name: 'slowRename',
      plan: async () => {
        await new Promise<void>((resolve) => (release = resolve));
        return {
          label: message('step.renameScenario', { name: '慢' }),
          edit(draft) {
            draft.scenarios[0]!.name = '慢';
          },
          engine: { redo: { kind: 'file' }, undo: { kind: 'file' } },
        };
      },
    };
    const first = app.run(slow);
    const second = app.actions.apply({ op: 'move', bureau: 'o1-tech', to: 'z1' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(app.history().past).toEqual([]);
    release();
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    await app.idle();
    expect(app.pastLabels()).toEqual(['step.renameScenario', 'step.move']);
    expect(app.scenario('plan-a').name).toBe('慢');
    expect(app.state().report).toEqual(engineReport(app.file(), 'zh'));
  });
});
