// Autosave: a quarter of a second after the last change the workspace is written; a storage that
// refuses is said once, and work goes on in memory.
import { describe, expect, it } from 'vitest';
import { STORAGE_VERSION } from '../../src/app/storage';
import type { Operation } from '../../src/model';
import { SMALL_TEXT, engineReport, parsed, withOperation } from './files';
import { type App, afterDebounce, memoryStorage, openApp } from './harness';

const small = parsed(SMALL_TEXT);
const moveCenter: Operation = { op: 'move', bureau: 'z1-center', to: 'p1' };
const moveTech: Operation = { op: 'move', bureau: 'o1-tech', to: 'z1' };

async function onPlanA(storage = memoryStorage()): Promise<App> {
  const app = await openApp({ defaultFile: SMALL_TEXT, storage });
  app.actions.switchScenario('plan-a');
  await app.idle();
  return app;
}

/** The last save, which must hold exactly what the app holds now. */
function expectSavedCurrent(app: App): void {
  const saved = app.storage.saves[app.storage.saves.length - 1];
  if (!saved) return expect.fail('nothing was saved');
  const { file, scenarioId, lang, history, unsaved } = app.state();
  expect(saved).toEqual({ storageVersion: STORAGE_VERSION, savedAt: expect.any(String), file, scenarioId, lang, history, unsaved, revision: expect.any(Number) });
  expect(new Date(saved.savedAt).toISOString()).toBe(saved.savedAt);
}

describe('autosave', () => {
  it('writes a change of the work at once, with file, scenario, language and history', async () => {
    const app = await onPlanA();
    await afterDebounce();
    app.storage.saves.length = 0;
    await app.apply(moveCenter);
    await app.idle();
    // no waiting for the debounce (a reload right after a drop must find it): only for the next turn
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(app.storage.saves).toHaveLength(1);
    expectSavedCurrent(app);
    expect(app.storage.saves[0]!.file).toEqual(withOperation(small, 'plan-a', moveCenter));
    expect(app.storage.saves[0]!.scenarioId).toBe('plan-a');
    expect(app.storage.saves[0]!.history.past.map((s) => s.label.key)).toEqual(['step.move']);
  });

  it('writes a change of what is on screen once the debounce has passed, once for quick switching', async () => {
    const app = await onPlanA();
    await afterDebounce();
    app.storage.saves.length = 0;
    app.actions.switchScenario('plan-b');
    app.actions.switchScenario('baseline');
    app.actions.switchScenario('plan-b');
    expect(app.storage.saves).toEqual([]);
    await afterDebounce();
    expect(app.storage.saves).toHaveLength(1);
    expectSavedCurrent(app);
  });

  it('the last write holds the last state after changes made close together', async () => {
    const app = await onPlanA();
    await afterDebounce();
    app.storage.saves.length = 0;
    await app.apply(moveCenter);
    await app.apply(moveTech);
    await app.actions.undo();
    await app.idle();
    await afterDebounce();
    expectSavedCurrent(app);
    expect(app.storage.saves[app.storage.saves.length - 1]!.history.future).toHaveLength(1);
  });

  it('flush writes at once; switching scenarios and languages is saved too', async () => {
    const app = await onPlanA();
    await app.apply(moveCenter);
    await app.actions.flush();
    expectSavedCurrent(app);
    app.actions.switchScenario('plan-b');
    await app.actions.setLang('en');
    await app.actions.flush();
    expectSavedCurrent(app);
    expect(app.storage.saves[app.storage.saves.length - 1]).toMatchObject({ scenarioId: 'plan-b', lang: 'en' });
  });

  it('when saving fails the storage state is "failed", a warning appears once, and work continues', async () => {
    const app = await onPlanA();
    app.storage.failSaves = true;
    await app.apply(moveCenter);
    await app.actions.flush();
    expect(app.state().storage).toBe('failed');
    expect(app.notices('error').map((n) => n.message.key)).toEqual(['notice.storageFailed']);

    await app.apply(moveTech);
    await afterDebounce();
    await app.actions.flush();
    expect(app.notices('error')).toHaveLength(1);
    const expected = withOperation(withOperation(small, 'plan-a', moveCenter), 'plan-a', moveTech);
    expect(app.file()).toEqual(expected);
    expect(app.state().report).toEqual(engineReport(expected, 'zh'));
    await app.actions.undo();
    await app.idle();
    expect(app.state().report).toEqual(engineReport(withOperation(small, 'plan-a', moveCenter), 'zh'));

    // the storage works again: the next save clears the state
    app.storage.failSaves = false;
    await app.actions.flush();
    expect(app.state().storage).toBe('ok');
    expectSavedCurrent(app);
  });

  it('what was saved opens again after a reload, with the same report', async () => {
    const storage = memoryStorage();
    const app = await onPlanA(storage);
    await app.apply(moveCenter);
    await app.actions.createScenario('丙方案', 'plan-a');
    await app.apply(moveTech);
    await afterDebounce();
    const again = await openApp({ storage });
    expect(again.file()).toEqual(app.file());
    expect(again.state().scenarioId).toBe(app.state().scenarioId);
    expect(again.history()).toEqual(app.history());
    expect(again.state().report).toEqual(app.state().report);
  });
});
