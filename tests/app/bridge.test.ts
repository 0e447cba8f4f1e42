// The engine bridge: a worker that stops answering or dies is replaced, brought back to the
// current file, and the call answered as the engine answers it; without workers the engine runs
// on the main thread.
import { afterEach, describe, expect, it } from 'vitest';
import { type EngineBridge, createEngineBridge } from '../../src/app/engineBridge';
import type { Operation, ScenarioFile } from '../../src/model';
import { SMALL_TEXT, engineLoad, engineReport, parsed, withOperation } from './files';
import { type WorkerMode, workerFactory } from './fakeWorker';
import { type App, openApp } from './harness';

/** SPEC §7's defaults: the small file sets no rules of its own. */
const DEFAULT_SETTINGS = { economicRatioMin: 0.6, rewardTopN: 3, bottomN: 2 };

const small = parsed(SMALL_TEXT);
const moveCenter: Operation = { op: 'move', bureau: 'z1-center', to: 'p1' };

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

/** A bridge over fake workers, holding `current` as the committed file (as the app does). */
function bridgeOver(modes: Array<WorkerMode | 'throw'>, timeoutMs: number) {
  const factory = workerFactory(modes);
  const held: { current: ScenarioFile | undefined; restarts: number } = { current: undefined, restarts: 0 };
  const bridge = createEngineBridge({
    createWorker: factory.create,
    currentFile: () => held.current,
    lang: () => 'zh',
    timeoutMs,
    onRestart: () => held.restarts++,
  });
  cleanups.push(() => {
    bridge.dispose();
    factory.made.forEach((w) => w.terminate());
  });
  return { bridge, factory, held };
}

async function openSmall(bridge: EngineBridge, held: { current: ScenarioFile | undefined }): Promise<void> {
  const reply = await bridge.engine.openFile(small, 'zh');
  expect(reply).toEqual({ ok: true, file: small, report: engineReport(small, 'zh'), token: expect.any(String), settings: DEFAULT_SETTINGS });
  held.current = small;
}

describe('the engine bridge over a worker', () => {
  it('answers as the engine does through a worker that works', async () => {
    const { bridge, factory, held } = bridgeOver([], 5_000);
    await openSmall(bridge, held);
    expect(await bridge.engine.append('plan-a', moveCenter, 'zh')).toEqual({ ok: true, report: engineReport(withOperation(small, 'plan-a', moveCenter), 'zh'), token: expect.any(String), settings: DEFAULT_SETTINGS });
    expect(factory.made).toHaveLength(1);
    expect(factory.made[0]!.calls).toEqual(['openFile', 'append']);
    expect(held.restarts).toBe(0);
  });

  it('replaces a first worker that never answers; the call is answered as the engine answers it', async () => {
    const { bridge, factory, held } = bridgeOver(['silent'], 400);
    await openSmall(bridge, held);
    expect(factory.made).toHaveLength(2);
    expect(factory.made[0]!.terminated).toBe(true);
    // the call being retried was an open: it is not sent twice
    expect(factory.made[1]!.calls).toEqual(['openFile']);
    expect(held.restarts).toBe(1);
    expect(bridge.worker).toBe(factory.made[1]);
  });

  it.each<[WorkerMode, number]>([
    ['silent', 400],
    // a worker that dies says so at once: no waiting for the timeout
    ['crash', 60_000],
  ])('when the worker goes %s mid-session, a new one gets the current file first, then the call', async (mode, timeoutMs) => {
    const { bridge, factory, held } = bridgeOver([], timeoutMs);
    await openSmall(bridge, held);
    factory.made[0]!.mode = mode;
    const answer = await bridge.engine.append('plan-a', moveCenter, 'zh');
    const after = withOperation(small, 'plan-a', moveCenter);
    expect(answer).toEqual({ ok: true, report: engineReport(after, 'zh'), token: expect.any(String), settings: DEFAULT_SETTINGS });
    expect(factory.made).toHaveLength(2);
    expect(factory.made[0]!.terminated).toBe(true);
    expect(factory.made[1]!.calls).toEqual(['openFile', 'append']);
    expect(held.restarts).toBe(1);

    // the new worker carries on from there
    held.current = after;
    const load = engineLoad(after);
    if (!load.ok) return expect.fail('the engine refuses the file');
    expect(await bridge.engine.changes('plan-a')).toEqual(load.changes('plan-a'));
    expect(await bridge.engine.truncate('plan-a', 1, 'en')).toEqual({ ok: true, report: engineReport(small, 'en'), token: expect.any(String), settings: DEFAULT_SETTINGS });
  });

  it('calls queued behind a call to a dead worker are answered in order, each as the engine answers', async () => {
    const { bridge, factory, held } = bridgeOver([], 400);
    await openSmall(bridge, held);
    factory.made[0]!.mode = 'silent';
    const first = bridge.engine.report('en');
    const second = bridge.engine.report('zh');
    expect(await first).toEqual(engineReport(small, 'en'));
    expect(await second).toEqual(engineReport(small, 'zh'));
    expect(held.restarts).toBe(1);
  });

  it('falls back to the main thread when a worker cannot be made', async () => {
    const { bridge, factory, held } = bridgeOver(['throw'], 5_000);
    expect(bridge.worker).toBeUndefined();
    await openSmall(bridge, held);
    expect(await bridge.engine.append('plan-a', moveCenter, 'zh')).toEqual({ ok: true, report: engineReport(withOperation(small, 'plan-a', moveCenter), 'zh'), token: expect.any(String), settings: DEFAULT_SETTINGS });
    expect(factory.asked()).toBe(1);
  });

  it('falls back to the main thread when a worker dies and no new one can be made', async () => {
    const { bridge, factory, held } = bridgeOver(['answer', 'throw'], 60_000);
    await openSmall(bridge, held);
    factory.made[0]!.mode = 'crash';
    const answer = await bridge.engine.append('plan-a', moveCenter, 'zh').catch((error: unknown) => ({ threw: String(error) }));
    expect(answer).toEqual({ ok: true, report: engineReport(withOperation(small, 'plan-a', moveCenter), 'zh'), token: expect.any(String), settings: DEFAULT_SETTINGS });
    expect(bridge.worker).toBeUndefined();
    expect(await bridge.engine.report('en').catch((error: unknown) => ({ threw: String(error) }))).toEqual(engineReport(withOperation(small, 'plan-a', moveCenter), 'en'));
  });
});

describe('the app over a worker that dies', () => {
  async function appOver(modes: Array<WorkerMode | 'throw'>, timeoutMs = 400): Promise<{ app: App; factory: ReturnType<typeof workerFactory> }> {
    const factory = workerFactory(modes);
    const app = await openApp({ defaultFile: SMALL_TEXT, createWorker: factory.create, timeoutMs });
    cleanups.push(() => {
      app.dispose();
      factory.made.forEach((w) => w.terminate());
    });
    return { app, factory };
  }

  it('starts through a first worker that never answers', async () => {
    const { app, factory } = await appOver(['silent']);
    expect(app.state().status).toBe('ready');
    expect(app.file()).toEqual(small);
    expect(app.state().report).toEqual(engineReport(small, 'zh'));
    expect(app.restarts()).toBe(1);
    expect(factory.made).toHaveLength(2);
  });

  it('an operation applied while the worker hangs is judged by a new worker holding the current file', async () => {
    const { app, factory } = await appOver([]);
    app.actions.switchScenario('plan-a');
    await app.idle();
    factory.made[0]!.mode = 'silent';
    expect(await app.apply(moveCenter)).toBe(true);
    const after = withOperation(small, 'plan-a', moveCenter);
    expect(app.file()).toEqual(after);
    expect(app.state().report).toEqual(engineReport(after, 'zh'));
    expect(app.restarts()).toBe(1);
    expect(factory.made[1]!.calls.slice(0, 2)).toEqual(['openFile', 'append']);

    // undo, a refusal and a language switch all go to the new worker and agree with the engine
    await app.actions.undo();
    await app.idle();
    expect(app.state().report).toEqual(engineReport(small, 'zh'));
    expect(await app.apply({ op: 'move', bureau: 'z1-urban', to: 's1' })).toBe(false);
    await app.actions.setLang('en');
    await app.idle();
    expect(app.state().report).toEqual(engineReport(small, 'en'));
    expect(app.restarts()).toBe(1);
  });

  it('an undo while the worker is dead is answered after the restart, from the current file', async () => {
    const { app, factory } = await appOver([], 60_000);
    app.actions.switchScenario('plan-b');
    expect(await app.apply({ op: 'move', bureau: 'o1-tech', to: 'z1' })).toBe(true);
    factory.made[0]!.mode = 'crash';
    await app.actions.undo();
    await app.idle();
    expect(app.file()).toEqual(small);
    expect(app.state().report).toEqual(engineReport(small, 'zh'));
    expect(factory.made[1]!.calls.slice(0, 2)).toEqual(['openFile', 'truncate']);
  });

  it('runs on the main thread when workers cannot be made', async () => {
    const { app, factory } = await appOver(['throw']);
    expect(app.bridge.worker).toBeUndefined();
    expect(app.state().report).toEqual(engineReport(small, 'zh'));
    app.actions.switchScenario('plan-a');
    expect(await app.apply(moveCenter)).toBe(true);
    expect(app.state().report).toEqual(engineReport(withOperation(small, 'plan-a', moveCenter), 'zh'));
    expect(factory.asked()).toBe(1);
  });
});
