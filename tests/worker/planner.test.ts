// The planner beside the engine session, called through comlink over a real MessageChannel: the
// suggestion it sends is the one the planner computes in place, progress reaches the page, and a
// progress callback that answers false stops the work.
import { expose, proxy, wrap } from 'comlink';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/engine';
import { createSession } from '../../src/engine/session';
import { generateProvince } from '../../src/generate/province';
import { serialiseScenarioFile } from '../../src/model';
import { createPlanner } from '../../src/plan/planner';
import { loadSolver } from '../../src/plan/solver';
import { suggestPlan } from '../../src/plan/suggest';
import type { Progress, SuggestRequest } from '../../src/plan/types';

const text = serialiseScenarioFile(generateProvince({ bureaus: 1500, seed: 3, scenarios: 1, operations: 40 }));
const request: SuggestRequest = { from: 'plan-1', objective: 'fewest-changes', locks: { ids: [], noAbolitions: false, noHandOvers: false }, warnings: [] };

const channels: MessageChannel[] = [];
function connect() {
  const channel = new MessageChannel();
  channels.push(channel);
  const session = createSession();
  const api = { ...session, ...createPlanner(() => session.loadedFile()) };
  expose(api, channel.port1);
  return wrap<typeof api>(channel.port2);
}
afterAll(() => channels.forEach((c) => (c.port1.close(), c.port2.close())));

describe('the planner through comlink', () => {
  it('sends the suggestion the planner computes, and reports progress up to the last component', async () => {
    const api = connect();
    expect((await api.open(text, 'zh')).ok).toBe(true);
    const seen: Progress[] = [];
    const answer = await api.suggest(request, 'zh', proxy((p: Progress) => void seen.push(p)));
    const loaded = loadScenarioFile(text);
    if (!loaded.ok) throw new Error('generated file invalid');
    const direct = await suggestPlan(loaded.loaded, { ...request, lang: 'zh' }, await loadSolver());
    expect(answer).toEqual(direct);
    expect(answer.ok && answer.result.status).toBe('cleared');
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toEqual({ done: seen.at(-1)!.total, total: seen.at(-1)!.total });
    expect(seen.map((p) => p.done)).toEqual(seen.map((_, i) => i + 1));
  });

  it('stops when the progress callback answers false, and says so', async () => {
    const api = connect();
    await api.open(text, 'en');
    let calls = 0;
    const answer = await api.suggest(request, 'en', proxy(() => ++calls < 2));
    expect(calls).toBe(2);
    expect(answer.ok && answer.result.status).toBe('cancelled');
  });

  it('answers with a reason, not a throw, when no file is open or the proposal is unknown', async () => {
    const api = connect();
    expect((await api.suggest(request, 'zh')).ok).toBe(false);
    await api.open(text, 'zh');
    const answer = await api.suggest({ ...request, from: 'no-such-plan' }, 'en');
    expect(answer.ok).toBe(false);
    expect(await api.fixes('no-such-plan', 'en')).toEqual([]);
  });
});
