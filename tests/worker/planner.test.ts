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

    // each change is said as the change list will say it once the suggestion is a proposal
    if (!answer.ok) return;
    const { scenario, plan } = answer.result;
    const file = JSON.parse(text) as { scenarios: unknown[] };
    expect((await api.openFile({ ...file, scenarios: [...file.scenarios, scenario] } as never, 'zh')).ok).toBe(true);
    const listed = await api.changes(scenario.id);
    expect(plan.length).toBeGreaterThan(0);
    expect(plan.map((p) => p.change.message)).toEqual(listed.slice(-plan.length).map((line) => line.message));
    // the count first, before any program is solved; then one report per component
    expect(seen.map((p) => p.done)).toEqual(seen.map((_, i) => i));
  });

  it('stops when the progress callback answers false, and says so', async () => {
    const api = connect();
    await api.open(text, 'en');
    let calls = 0;
    const answer = await api.suggest(request, 'en', proxy(() => ++calls < 2));
    expect(calls).toBe(2);
    expect(answer).toEqual({ ok: false, cancelled: true, message: { zh: '已取消：没有生成建议方案。', en: 'Cancelled: no plan was made.' } });
  });

  it('stops before solving anything when the first report (the count) is answered false', async () => {
    const api = connect();
    await api.open(text, 'zh');
    const seen: Progress[] = [];
    const answer = await api.suggest(request, 'zh', proxy((p: Progress) => (seen.push(p), false)));
    expect(seen).toEqual([{ done: 0, total: expect.any(Number) }]);
    expect(seen[0]!.total).toBeGreaterThan(1);
    expect(answer.ok).toBe(false);
  });

  it('answers with a reason, not a throw, when no file is open or the proposal is unknown', async () => {
    const api = connect();
    expect((await api.suggest(request, 'zh')).ok).toBe(false);
    await api.open(text, 'zh');
    const answer = await api.suggest({ ...request, from: 'no-such-plan' }, 'en');
    expect(answer.ok).toBe(false);
    expect(await api.fixes('no-such-plan', 'en')).toEqual([]);
  });

  it('says why a problem has no fix: here no change the planner makes takes the social duty out of a zone without towns or streets', async () => {
    const api = connect();
    const bureau = (id: string, name: string, category: 'social' | 'economic', fn: string) => ({ id, name, unit: 'z', type: 'internal', category, functions: [fn], staff: { admin: 5, institutional: 0 }, leaderPosts: 1 });
    const file = {
      format: 'zonereform/scenario',
      version: 2,
      title: 't',
      units: [{ id: 'z', name: '东区管委会', kind: 'zone', governance: 'separated' }],
      bureaus: [bureau('s', '城市管理局', 'social', 'urban-management'), bureau('e1', '招商局', 'economic', 'investment-promotion'), bureau('e2', '经发局', 'economic', 'industry-development')],
      scenarios: [],
    };
    expect((await api.open(JSON.stringify(file), 'en')).ok).toBe(true);
    expect(await api.fixes('baseline', 'en', [{ rule: 'social-in-zone', subject: 's' }])).toEqual([
      {
        problem: { rule: 'social-in-zone', subject: 's' },
        fixes: [],
        none: {
          zh: '无法做到“城市管理局不承担社会管理职能”：规划助手可用的调整（划转、移交平台、撤销、合并、职责划转、调整类别）都不能做到。',
          en: 'Cannot make sure that 城市管理局 carries no social duty: none of the changes the assistant makes (moves, hand-overs, abolitions, merges, reassigned duties, reclassification) can do it.',
        },
      },
    ]);
  });
});
