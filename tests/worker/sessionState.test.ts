// A session's state is its own: report tokens come from its name and a count (no clock, no
// chance), a token of another session is never taken for one of its own, and a move tells the
// session what it changed so that only the two units it touched are evaluated again.
import { describe, expect, it } from 'vitest';
import { applyOperation, buildReport, contextOf, loadParsedFile } from '../../src/engine';
import { createSession } from '../../src/engine/session';
import { serialiseScenarioFile } from '../../src/model';
import { SMALL_TEXT, parsed } from '../app/files';

const small = parsed(SMALL_TEXT);

describe('a session', () => {
  it('names its reports by its name and a count: the same work gives the same tokens', () => {
    const run = () => {
      const session = createSession('w');
      const opened = session.open(SMALL_TEXT, 'zh');
      const moved = session.append('plan-a', { op: 'move', bureau: 'o1-tech', to: 'z1' }, 'zh', opened.ok ? opened.token : undefined);
      const named = session.namedReport('en');
      return [opened.ok && opened.token, moved.ok && moved.token, named?.token];
    };
    expect(run()).toEqual(['w:0', 'w:1', 'w:2']);
    expect(run()).toEqual(run());
  });

  it('sends steps only from its own last report: the same count from another session gets the whole report', () => {
    const a = createSession('a');
    const b = createSession('b');
    const fromA = a.open(SMALL_TEXT, 'zh');
    const fromB = b.open(SMALL_TEXT, 'zh');
    if (!fromA.ok || !fromB.ok) return expect.fail('the file did not open');
    const operation = { op: 'move', bureau: 'o1-tech', to: 'z1' } as const;
    const foreign = b.append('plan-a', operation, 'zh', fromA.token);
    expect(foreign.ok && 'report' in foreign).toBe(true);
    const own = a.append('plan-a', operation, 'zh', fromA.token);
    expect(own.ok && 'patch' in own).toBe(true);
  });

  it('keeps nothing another session can see: a change in one leaves the other’s report as it was', () => {
    const a = createSession('a');
    const b = createSession('b');
    a.open(SMALL_TEXT, 'zh');
    b.open(SMALL_TEXT, 'zh');
    const before = b.report('zh');
    a.append('plan-a', { op: 'move', bureau: 'o1-tech', to: 'z1' }, 'zh');
    a.editBaseline({ op: 'set', bureau: 't1-office', leaderPosts: 3 }, 'zh');
    expect(b.report('zh')).toEqual(before);
    const loaded = loadParsedFile(small);
    if (!loaded.ok) return expect.fail('the file did not load');
    expect(b.report('zh')).toEqual(buildReport(loaded.loaded, { lang: 'zh' }));
  });
});

describe('what an operation changed', () => {
  const context = contextOf(small);
  const today = { units: small.units, bureaus: small.bureaus };

  it('a move says which bureau, where it stands, and from which unit to which', () => {
    const result = applyOperation(today, { op: 'move', bureau: 'z1-center', to: 'p1' }, context);
    expect(result.ok && result.effect).toEqual({ kind: 'move', bureau: 'z1-center', position: 4, from: 'z1', to: 'p1' });
  });

  it('any other operation may have changed anything', () => {
    const merged = applyOperation(today, { op: 'merge', bureaus: ['z1-invest', 'z1-econ'], into: { id: 'z1-e', name: '经济局' } }, context);
    expect(merged.ok && merged.effect).toEqual({ kind: 'any' });
    const edited = applyOperation(today, { op: 'set', bureau: 'z1-center', leaderPosts: 2 }, context);
    expect(edited.ok && edited.effect).toEqual({ kind: 'any' });
  });

  it('a file saved and opened again gives the same tokens in a new session of the same name', () => {
    const first = createSession('x').open(serialiseScenarioFile(small), 'en');
    const second = createSession('x').open(serialiseScenarioFile(small), 'en');
    expect(first).toEqual(second);
  });
});
