// A long suggestion that reports progress is not taken for a dead worker: each report starts its
// time again (issue 11's watchdog kills only a silent worker); one that stops reporting is still
// replaced, and answering a report with false cancels the work.
import { afterEach, describe, expect, it } from 'vitest';
import { createEngineBridge } from '../../src/app/engineBridge';
import type { ScenarioFile } from '../../src/model';
import type { Progress, SuggestRequest } from '../../src/plan/types';
import { SMALL_TEXT, engineReport, parsed } from './files';
import { workerFactory } from './fakeWorker';

const small = parsed(SMALL_TEXT);
const request: SuggestRequest = { from: 'baseline', objective: 'fewest-changes', locks: { ids: [], noAbolitions: false, noHandOvers: false }, warnings: [] };

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

/** Over fake workers, with `timeoutMs`: a suggestion may go 6 × that long without a report. */
async function opened(timeoutMs: number) {
  const factory = workerFactory();
  let restarts = 0;
  const held: { current: ScenarioFile | undefined } = { current: undefined };
  const bridge = createEngineBridge({ createWorker: factory.create, currentFile: () => held.current, lang: () => 'zh', timeoutMs, onRestart: () => restarts++ });
  cleanups.push(() => {
    bridge.dispose();
    factory.made.forEach((w) => w.terminate());
  });
  expect((await bridge.engine.openFile(small, 'zh')).ok).toBe(true);
  held.current = small;
  return { bridge, factory, restarts: () => restarts };
}

describe('a long suggestion through the bridge', () => {
  it('reporting progress every 100 ms for 1.2 s, with 300 ms allowed between reports, it is answered by the same worker', async () => {
    const { bridge, factory, restarts } = await opened(50);
    factory.made[0]!.pace = { reports: 12, everyMs: 100, reporting: true };
    const seen: Progress[] = [];
    const started = Date.now();
    const answer = await bridge.engine.suggest(request, 'zh', (p: Progress) => void seen.push(p));
    expect(Date.now() - started).toBeGreaterThan(1_000);
    expect(restarts()).toBe(0);
    expect(factory.made).toHaveLength(1);
    expect(answer.ok && answer.result.status).toBe('cleared');
    // the paced reports, then the planner's own: the count first, then one per component
    expect(seen.length).toBeGreaterThan(12);
    expect(seen.at(-1)!.done).toBe(seen.at(-1)!.total);
  });

  it('silent for longer than its allowance, the worker is replaced and the suggestion made again on a new one', async () => {
    const { bridge, factory, restarts } = await opened(50);
    factory.made[0]!.pace = { reports: 12, everyMs: 100, reporting: false };
    const answer = await bridge.engine.suggest(request, 'zh', () => true);
    expect(restarts()).toBe(1);
    expect(factory.made[0]!.terminated).toBe(true);
    expect(factory.made[1]!.calls).toEqual(['openFile', 'suggest']);
    expect(answer.ok && answer.result.status).toBe('cleared');
  });

  it('a report answered false cancels the suggestion; the worker lives on and answers the next call', async () => {
    const { bridge, factory, restarts } = await opened(5_000);
    let reports = 0;
    const answer = await bridge.engine.suggest(request, 'zh', () => ++reports < 1);
    expect(answer).toEqual({ ok: false, cancelled: true, message: expect.objectContaining({ en: 'Cancelled: no plan was made.' }) });
    expect(reports).toBe(1);
    expect((await bridge.engine.report('zh'))?.baseline.metrics.staff.total).toBe(engineReport(small, 'zh').baseline.metrics.staff.total);
    expect(restarts()).toBe(0);
    expect(factory.made).toHaveLength(1);
  });

  it('without workers, the callback is called on the main thread as it is', async () => {
    const factory = workerFactory(['throw']);
    const bridge = createEngineBridge({ createWorker: factory.create, currentFile: () => small, lang: () => 'zh' });
    cleanups.push(() => bridge.dispose());
    await bridge.engine.openFile(small, 'zh');
    const seen: Progress[] = [];
    const answer = await bridge.engine.suggest(request, 'zh', (p: Progress) => void seen.push(p));
    expect(answer.ok).toBe(true);
    expect(seen[0]).toEqual({ done: 0, total: seen[0]!.total });
    expect(seen.at(-1)!.done).toBe(seen.at(-1)!.total);
  });
});
