// Opening the app: a first visit, a restored workspace, and every way the autosave can be unusable.
import { describe, expect, it } from 'vitest';
import { STORAGE_VERSION } from '../../src/app/storage';
import { BASELINE_ID } from '../../src/model';
import { SMALL_TEXT, XISHAN_TEXT, copy, engineReport, parsed, withOperation } from './files';
import { memoryStorage, openApp, savedWorkspace } from './harness';

const xishan = parsed(XISHAN_TEXT);
const small = parsed(SMALL_TEXT);

/** The app shows the example on its baseline, with the engine's report, as a first visit does. */
function expectDefaultOpen(app: Awaited<ReturnType<typeof openApp>>): void {
  expect(app.state().status).toBe('ready');
  expect(app.state().scenarioId).toBe(BASELINE_ID);
  expect(app.file()).toEqual(xishan);
  expect(app.state().report).toEqual(engineReport(xishan, app.state().lang));
  expect(app.history()).toEqual({ past: [], future: [] });
  expect(app.state().pending).toBe(false);
}

describe('start', () => {
  it('with nothing stored and the example not to be had (offline, or refused), says so instead of opening forever; nothing is stored', async () => {
    for (const defaultFile of [() => Promise.reject(new Error('the chunk could not be fetched')), () => '{"format": "zonereform/scenario"']) {
      const storage = memoryStorage();
      const app = await openApp({ storage, defaultFile });
      expect(app.state().status).toBe('noFile');
      expect(app.state().file).toBeUndefined();
      expect(storage.records.size).toBe(0);
    }
  });

  it('with empty storage opens the default file on the baseline, with the engine report and no notice', async () => {
    const app = await openApp();
    expectDefaultOpen(app);
    expect(app.state().lang).toBe('zh');
    expect(app.state().storage).toBe('ok');
    expect(app.state().notices).toEqual([]);
    expect(app.state().changes).toEqual([]);
  });

  it('opens in the language it is started with', async () => {
    const app = await openApp({ lang: 'en' });
    expect(app.state().report).toEqual(engineReport(xishan, 'en'));
  });

  it('restores a saved workspace: file, scenario on screen, language and history', async () => {
    const storage = memoryStorage();
    const first = await openApp({ storage, defaultFile: SMALL_TEXT });
    first.actions.switchScenario('plan-b');
    const operation = { op: 'move' as const, bureau: 'z1-invest', to: 'p1' };
    expect(await first.apply(operation)).toBe(true);
    await first.actions.setLang('en');
    await first.actions.flush();
    const file = first.file();
    const history = first.history();

    // a reload: a new app over the same storage, with a different default file
    const second = await openApp({ storage });
    expect(second.state().status).toBe('ready');
    expect(second.file()).toEqual(file);
    expect(second.file()).toEqual(withOperation(small, 'plan-b', operation));
    expect(second.state().scenarioId).toBe('plan-b');
    expect(second.state().lang).toBe('en');
    expect(second.history()).toEqual(history);
    expect(second.pastLabels()).toEqual(['step.move']);
    expect(second.state().report).toEqual(engineReport(file, 'en'));
    expect(second.state().changes).toHaveLength(3);
    expect(second.state().notices).toEqual([]);

    // the restored history works: undo takes the restored step back
    await second.actions.undo();
    await second.idle();
    expect(second.file()).toEqual(small);
    expect(second.state().report).toEqual(engineReport(small, 'en'));
  });

  it('restores a scenario that is on screen, but falls back to the baseline for one the file lacks', async () => {
    const storage = memoryStorage();
    storage.putCurrent(savedWorkspace(small, { scenarioId: 'plan-a' }));
    expect((await openApp({ storage })).state().scenarioId).toBe('plan-a');
    storage.putCurrent(savedWorkspace(small, { scenarioId: 'plan-z' }));
    const app = await openApp({ storage });
    expect(app.file()).toEqual(small);
    expect(app.state().scenarioId).toBe(BASELINE_ID);
  });

  it.each([
    ['newer', 'notice.restoreNewer', { ...savedWorkspace(small), storageVersion: STORAGE_VERSION + 1 }],
    ['unreadable', 'notice.restoreUnreadable', { storageVersion: STORAGE_VERSION, file: 'not a file' }],
    ['unreadable', 'notice.restoreUnreadable', 'a string where a record should be'],
  ])('keeps a record it cannot read aside (%s), warns, opens the default and never overwrites the copy', async (reason, key, record) => {
    const storage = memoryStorage();
    storage.putCurrent(record);
    const app = await openApp({ storage });
    expect(storage.keptAside).toEqual([{ record, reason }]);
    expect(app.notices('warning').map((n) => n.message.key)).toEqual([key]);
    expectDefaultOpen(app);

    // working on and saving does not touch the copy kept aside
    app.actions.switchScenario('plan-a');
    expect(await app.apply({ op: 'move', bureau: 'xs-msz-invest', to: 'xs-htz' })).toBe(true);
    await app.actions.flush();
    expect(storage.saves.length).toBeGreaterThan(0);
    const asides = [...storage.records].filter(([k]) => k !== 'current').map(([, v]) => v);
    expect(asides).toEqual([record]);
  });

  it.each([
    ['an operation that cannot be applied', () => withOperation(small, 'plan-a', { op: 'move', bureau: 'no-such-bureau', to: 's1' })],
    ['a missing title', () => {
      const file = copy(small) as Partial<typeof small>;
      delete file.title;
      return file;
    }],
    ['a reference to a missing unit', () => {
      const file = copy(small);
      file.bureaus[0]!.unit = 'no-such-unit';
      return file;
    }],
  ])('keeps a saved file with %s aside as it was, warns and opens the default', async (_, broken) => {
    const storage = memoryStorage();
    const saved = savedWorkspace(broken() as typeof small, { scenarioId: 'plan-a' });
    storage.putCurrent(saved);
    const app = await openApp({ storage });
    expect(storage.keptAside).toEqual([{ record: saved, reason: 'invalid' }]);
    expect(app.notices('warning').map((n) => n.message.key)).toEqual(['notice.restoreInvalid']);
    expectDefaultOpen(app);
  });

  it('without storage warns once, opens the default and works in memory', async () => {
    const storage = memoryStorage();
    storage.unavailable = true;
    const app = await openApp({ storage });
    expect(app.state().storage).toBe('unavailable');
    expect(app.notices('error').map((n) => n.message.key)).toEqual(['notice.storageUnavailable']);
    expectDefaultOpen(app);

    app.actions.switchScenario('plan-a');
    const operation = { op: 'move' as const, bureau: 'xs-ez-finance', to: 'xs-ez-group' };
    // plan-a has no platform: add one first, then hand the bureau to it
    expect(await app.apply({ op: 'add-unit', unit: { id: 'xs-ez-group', name: '发展集团', kind: 'platform' } })).toBe(true);
    expect(await app.apply(operation)).toBe(true);
    await app.actions.flush();
    const expected = withOperation(withOperation(xishan, 'plan-a', { op: 'add-unit', unit: { id: 'xs-ez-group', name: '发展集团', kind: 'platform' } }), 'plan-a', operation);
    expect(app.file()).toEqual(expected);
    expect(app.state().report).toEqual(engineReport(expected, 'zh'));
    // the user was told once; failing saves do not repeat it, and nothing else went wrong
    expect(app.notices('error').map((n) => n.message.key)).toEqual(['notice.storageUnavailable']);
  });
});
