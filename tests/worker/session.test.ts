// The worker's API answers exactly what the engine answers: called through comlink over a real
// MessageChannel (structured clone and all), on every example file and on a generated one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Remote, expose, wrap } from 'comlink';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport, loadScenarioFile, type LoadedFile } from '../../src/engine';
import { applyPatch } from '../../src/engine/patch';
import { type EngineSession, createSession } from '../../src/engine/session';
import { generateProvince } from '../../src/generate/province';
import { type Operation, serialiseScenarioFile } from '../../src/model';

const scenariosDir = join(import.meta.dirname, '../../scenarios');
const examples = readdirSync(scenariosDir)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
  .map((name) => [name, readFileSync(join(scenariosDir, name), 'utf8')] as const);
const generated = serialiseScenarioFile(generateProvince({ bureaus: 600, seed: 11, scenarios: 2, operations: 30 }));
const files: ReadonlyArray<readonly [string, string]> = [...examples, ['generated (600 bureaus)', generated]];

const channels: MessageChannel[] = [];
function connect(): Remote<EngineSession> {
  const channel = new MessageChannel();
  channels.push(channel);
  expose(createSession(), channel.port1);
  return wrap<EngineSession>(channel.port2);
}
afterAll(() => channels.forEach((c) => (c.port1.close(), c.port2.close())));

function loaded(text: string): LoadedFile {
  const result = loadScenarioFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.loaded;
}

describe('the engine worker API through comlink', () => {
  it.each(files)('%s: opening gives the engine report, in both languages', async (_, text) => {
    const api = connect();
    const reply = await api.open(text, 'zh');
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.report).toEqual(buildReport(loaded(text), { lang: 'zh' }));
    expect(await api.report('en')).toEqual(buildReport(loaded(text), { lang: 'en' }));
  });

  it.each(files)('%s: each scenario built op by op in the worker equals the engine report', async (_, text) => {
    const api = connect();
    const file = loaded(text).file;
    // open the file with every scenario emptied, then send the operations one at a time
    const emptied = { ...file, scenarios: file.scenarios.map((s) => ({ ...s, operations: [] as Operation[] })) };
    expect((await api.open(serialiseScenarioFile(emptied), 'zh')).ok).toBe(true);
    for (const scenario of file.scenarios) {
      for (const operation of scenario.operations) {
        const last = await api.append(scenario.id, operation, 'zh');
        expect(last.ok).toBe(true);
      }
    }
    expect(await api.report('zh')).toEqual(buildReport(loaded(text), { lang: 'zh' }));
  });

  it.each(files)('%s: built op by op with steps sent instead of reports, the report kept this side is the engine report', async (_, text) => {
    const api = connect();
    const file = loaded(text).file;
    const emptied = { ...file, scenarios: file.scenarios.map((s) => ({ ...s, operations: [] as Operation[] })) };
    const opened = await api.open(serialiseScenarioFile(emptied), 'zh');
    if (!opened.ok) return expect.fail('the emptied file did not open');
    let report = opened.report;
    let token = opened.token;
    let patched = 0;
    for (const scenario of file.scenarios) {
      for (const operation of scenario.operations) {
        const reply = await api.append(scenario.id, operation, 'zh', token);
        if (!reply.ok) return expect.fail(`refused: ${JSON.stringify(operation)}`);
        expect(reply.token).not.toBe(token);
        token = reply.token;
        if ('patch' in reply) {
          patched += 1;
          report = applyPatch(report, reply.patch);
        } else report = reply.report;
      }
    }
    expect(patched).toBe(file.scenarios.reduce((n, s) => n + s.operations.length, 0));
    expect(report).toEqual(buildReport(loaded(text), { lang: 'zh' }));
    // a caller holding a report the session did not send last gets the whole report
    const stale = await api.truncate(file.scenarios[0]?.id ?? 'none', 1, 'zh', 'not-a-token');
    if (stale.ok) expect('report' in stale).toBe(true);
  });

  it('an edit of today\'s organisation sent as an operation gives the report of the edited file', async () => {
    const api = connect();
    const file = loaded(generated).file;
    const opened = await api.open(generated, 'zh');
    if (!opened.ok) return expect.fail('the generated file did not open');
    const bureau = file.bureaus[0]!;
    const reply = await api.editBaseline({ op: 'set', bureau: bureau.id, leaderPosts: bureau.leaderPosts + 1 }, 'zh', opened.token);
    if (!reply.ok || !('patch' in reply)) return expect.fail('the edit was refused or came back whole');
    const edited = { ...file, bureaus: file.bureaus.map((b) => (b.id === bureau.id ? { ...b, leaderPosts: b.leaderPosts + 1 } : b)) };
    expect(applyPatch(opened.report, reply.patch)).toEqual(buildReport(loaded(serialiseScenarioFile(edited)), { lang: 'zh' }));
    // one that does not apply changes nothing
    const refused = await api.editBaseline({ op: 'move', bureau: 'no-such-bureau', to: file.units[0]!.id }, 'zh');
    expect(refused.ok).toBe(false);
    expect(await api.report('zh')).toEqual(buildReport(loaded(serialiseScenarioFile(edited)), { lang: 'zh' }));
  });

  it('undo (truncate) returns to the report of the shorter scenario', async () => {
    const api = connect();
    const file = loaded(generated).file;
    await api.open(generated, 'en');
    const scenario = file.scenarios[0]!;
    const reply = await api.truncate(scenario.id, 10, 'en');
    expect(reply.ok).toBe(true);
    const shorter = { ...file, scenarios: file.scenarios.map((s, i) => (i === 0 ? { ...s, operations: s.operations.slice(0, -10) } : s)) };
    if (reply.ok && 'report' in reply) expect(reply.report).toEqual(buildReport(loaded(serialiseScenarioFile(shorter)), { lang: 'en' }));
  });

  it('a refused operation changes nothing and comes back with its reasons in both languages', async () => {
    const api = connect();
    await api.open(generated, 'zh');
    const before = await api.report('zh');
    const reply = await api.append('plan-1', { op: 'move', bureau: 'no-such-bureau', to: 'z0' }, 'zh');
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.errors[0]!.path).toMatch(/^\$\.scenarios\[0\]\.operations\[\d+\]$/);
      expect(reply.errors[0]!.message.zh).toContain('no-such-bureau');
      expect(reply.errors[0]!.message.en).toContain('no-such-bureau');
    }
    expect(await api.report('zh')).toEqual(before);
  });

  it('a file that does not open leaves the open one in place', async () => {
    const api = connect();
    await api.open(generated, 'zh');
    const before = await api.report('zh');
    const reply = await api.open('{"format":"zonereform/scenario","version":2}', 'zh');
    expect(reply.ok).toBe(false);
    expect(await api.report('zh')).toEqual(before);
  });
});
