// Merging two edited copies of one file (issue 16, point 3): what merges without a question, and
// each kind of conflict decided both ways.
import { describe, expect, it } from 'vitest';
import { type MergeChoice, type MergePlan, applyMerge, instantOf, planMerge } from '../../src/engine/share';
import type { Operation, ScenarioFile } from '../../src/model';
import { type RawFile, bureau, file, loaded, scenario, town, zone } from '../engine/build';

const ancestorRaw: RawFile = {
  ...file({
    units: [zone('xs', { name: '锡山经开区' }), town('dg', { name: '东港镇' }), town('yj', { name: '羊尖镇' })],
    bureaus: [
      bureau('a', 'xs', { name: '招商局', staff: { admin: 3 } }),
      bureau('b', 'xs', { name: '经发局', staff: { admin: 2 } }),
      bureau('c', 'xs', { name: '城管局', category: 'social' }),
      bureau('d', 'xs', { name: '财政局', category: 'general' }),
    ],
    scenarios: [
      scenario('p', [{ op: 'move', bureau: 'c', to: 'dg' }], '方案甲'),
      scenario('q', [{ op: 'set', bureau: 'd', leaderPosts: 1 }], '方案乙'),
    ],
  }),
  title: '锡山区方案',
};
const ancestor = loaded(ancestorRaw).file;

/** The ancestor with more operations at the end of proposal `id`. */
function appended(base: ScenarioFile, id: string, operations: Operation[]): ScenarioFile {
  return { ...base, scenarios: base.scenarios.map((s) => (s.id === id ? { ...s, operations: [...s.operations, ...operations] } : s)) };
}

function plan(input: { ancestor?: ScenarioFile; ours: ScenarioFile; theirs: ScenarioFile }): MergePlan {
  const planned = planMerge(input);
  if (!planned.ok) return expect.fail(planned.errors.map((e) => e.message.en).join('; '));
  return planned.plan;
}

function merged(p: MergePlan, choices: Record<string, MergeChoice> = {}): ScenarioFile {
  const result = applyMerge(p, new Map(Object.entries(choices)));
  if (!result.ok) return expect.fail(result.errors.map((e) => `${e.path} ${e.message.en}`).join('; '));
  return result.file;
}

const opsOf = (f: ScenarioFile, id: string) => f.scenarios.find((s) => s.id === id)!.operations;

describe('when an operation was made (`at`)', () => {
  it('reads a date alone, or a time without offset, in UTC+8; an offset or Z as written', () => {
    expect(instantOf('2026-11-29')).toBe(Date.UTC(2026, 10, 28, 16));
    expect(instantOf('2026-11-29T10:15:00')).toBe(Date.UTC(2026, 10, 29, 2, 15));
    expect(instantOf('2026-11-29T10:15:00+08:00')).toBe(Date.UTC(2026, 10, 29, 2, 15));
    expect(instantOf('2026-11-29T10:15+0530')).toBe(Date.UTC(2026, 10, 29, 4, 45));
    expect(instantOf('2026-11-29T02:15:30.5Z')).toBe(Date.UTC(2026, 10, 29, 2, 15, 30, 500));
    expect(instantOf('2024-02-29')).toBe(Date.UTC(2024, 1, 28, 16));
  });

  it('reads nothing from what is not such a date', () => {
    for (const at of ['', 'yesterday', '2026-02-29', '2026-13-01', '2026-11-31', '2026-11-29T25:00', '2026-11-29T10:61', '29/11/2026', '2026-11-29T10:15+25:00', undefined]) {
      expect(instantOf(at), String(at)).toBeUndefined();
    }
  });
});

describe('a merge without a question', () => {
  it('takes operations each side appended to a different proposal, with or without the ancestor', () => {
    const ours = appended(ancestor, 'p', [{ op: 'abolish', bureau: 'b' }]);
    const theirs = appended(ancestor, 'q', [{ op: 'move', bureau: 'a', to: 'yj' }]);
    for (const known of [ancestor, undefined]) {
      const p = plan({ ancestor: known, ours, theirs });
      expect(p.conflicts).toEqual([]);
      const out = merged(p);
      expect(opsOf(out, 'p')).toEqual(opsOf(ours, 'p'));
      expect(opsOf(out, 'q')).toEqual(opsOf(theirs, 'q'));
      expect(out.units).toEqual(ancestor.units);
    }
  });

  it('interleaves operations both sides appended to one proposal, ours first where nothing says which came first', () => {
    const ours = appended(ancestor, 'p', [{ op: 'abolish', bureau: 'b' }, { op: 'set', bureau: 'a', name: '投资促进局' }]);
    const theirs = appended(ancestor, 'p', [{ op: 'move', bureau: 'd', to: 'yj' }]);
    const out = merged(plan({ ancestor, ours, theirs }));
    expect(opsOf(out, 'p')).toEqual([...opsOf(ours, 'p'), { op: 'move', bureau: 'd', to: 'yj' }]);
  });

  it('orders them by `at` (a date alone and a time without offset read in UTC+8); an operation without `at` stays behind the one before it', () => {
    const ours = appended(ancestor, 'p', [
      { op: 'abolish', bureau: 'b', at: '2026-11-29T10:00:00+08:00' },
      { op: 'set', bureau: 'a', name: '投资促进局' },
      { op: 'set', bureau: 'a', leaderPosts: 2, at: '2026-11-30' },
    ]);
    const theirs = appended(ancestor, 'p', [
      { op: 'move', bureau: 'd', to: 'yj', at: '2026-11-29T01:30:00Z' }, // 09:30 in Beijing: before ours
      { op: 'set', bureau: 'd', name: '财政金融局', at: '2026-11-29T10:00:00' }, // the same moment as ours' first: ours first
      { op: 'set', bureau: 'c', name: '城市管理局', at: '2026-12-01' },
    ]);
    const p = plan({ ancestor, ours, theirs });
    expect(p.conflicts).toEqual([]);
    const part = p.parts.proposals.find((x) => x.id === 'p');
    if (part?.mode !== 'merged') return expect.fail('merged');
    const order = part.segments.flatMap((s) => (s.kind === 'merged' ? s.operations : [])).map((m) => [m.side, m.ours ?? m.theirs]);
    expect(order).toEqual([['both', 0], ['theirs', 1], ['ours', 1], ['ours', 2], ['theirs', 2], ['ours', 3], ['theirs', 3]]);
  });

  it('takes an operation both sides appended alike once', () => {
    const same: Operation = { op: 'abolish', bureau: 'b' };
    const ours = appended(ancestor, 'p', [same, { op: 'set', bureau: 'a', name: '投资促进局' }]);
    const theirs = appended(ancestor, 'p', [same]);
    expect(opsOf(merged(plan({ ancestor, ours, theirs })), 'p')).toEqual(opsOf(ours, 'p'));
  });

  it('a reviewer\'s note on an operation while the author went on: both kept', () => {
    const reviewed = { ...ancestor, scenarios: ancestor.scenarios.map((s) => (s.id === 'p' ? { ...s, operations: [{ ...s.operations[0]!, note: '请核对编制' }] } : s)) };
    const ours = appended(ancestor, 'p', [{ op: 'abolish', bureau: 'b' }]);
    const p = plan({ ancestor, ours, theirs: reviewed });
    expect(p.conflicts).toEqual([]);
    expect(opsOf(merged(p), 'p')).toEqual([{ op: 'move', bureau: 'c', to: 'dg', note: '请核对编制' }, { op: 'abolish', bureau: 'b' }]);
  });

  it('takes a baseline change made on one side, and a proposal added or removed on one side', () => {
    const ours: ScenarioFile = { ...ancestor, bureaus: ancestor.bureaus.map((b) => (b.id === 'a' ? { ...b, name: '投资促进局' } : b)) };
    const theirs: ScenarioFile = { ...ancestor, scenarios: [ancestor.scenarios[0]!, { id: 'r', name: '方案丙', operations: [{ op: 'abolish', bureau: 'd' }] }] };
    const out = merged(plan({ ancestor, ours, theirs }));
    expect(out.bureaus.find((b) => b.id === 'a')!.name).toBe('投资促进局');
    expect(out.scenarios.map((s) => s.id)).toEqual(['p', 'r']);
  });
});

describe('conflicts, each decided both ways', () => {
  it('both changed the same field of the same bureau in one proposal: one conflict with both values', () => {
    const ours = appended(ancestor, 'p', [{ op: 'set', bureau: 'a', name: '投资促进局', leaderPosts: 2 }]);
    const theirs = appended(ancestor, 'p', [{ op: 'set', bureau: 'a', name: '招商服务局' }]);
    const p = plan({ ancestor, ours, theirs });
    expect(p.conflicts.map((c) => c.id)).toEqual(['proposal/p/edit/bureau/a/name']);
    const c = p.conflicts[0]!;
    expect(c.kind === 'edit' && [c.ourValue, c.theirValue]).toEqual(['投资促进局', '招商服务局']);
    // ours: theirs' set gives way; theirs: ours' set loses its name but keeps its leader posts
    expect(opsOf(merged(p, { [c.id]: 'ours' }), 'p').slice(1)).toEqual([{ op: 'set', bureau: 'a', name: '投资促进局', leaderPosts: 2 }]);
    expect(opsOf(merged(p, { [c.id]: 'theirs' }), 'p').slice(1)).toEqual([{ op: 'set', bureau: 'a', leaderPosts: 2 }, { op: 'set', bureau: 'a', name: '招商服务局' }]);
  });

  it('one removed what the other edits: deciding for the removal drops the edit, and the other way round', () => {
    const ours = appended(ancestor, 'q', [{ op: 'abolish', bureau: 'b', functionsTo: 'a' }]);
    const theirs = appended(ancestor, 'q', [{ op: 'move', bureau: 'b', to: 'yj' }]);
    const p = plan({ ancestor, ours, theirs });
    expect(p.conflicts.map((c) => [c.id, c.kind])).toEqual([['proposal/q/edit/bureau/b/*', 'edit']]);
    const id = p.conflicts[0]!.id;
    expect(opsOf(merged(p, { [id]: 'ours' }), 'q').slice(1)).toEqual([{ op: 'abolish', bureau: 'b', functionsTo: 'a' }]);
    expect(opsOf(merged(p, { [id]: 'theirs' }), 'q').slice(1)).toEqual([{ op: 'move', bureau: 'b', to: 'yj' }]);
  });

  it('both made the same id: a conflict, decided for one side', () => {
    const ours = appended(ancestor, 'p', [{ op: 'merge', bureaus: ['a', 'b'], into: { id: 'ab', name: '经济发展局' } }]);
    const theirs = appended(ancestor, 'p', [{ op: 'create', bureau: bureau('ab', 'xs', { name: '新设局' }) }]);
    const p = plan({ ancestor, ours, theirs });
    expect(p.conflicts.map((c) => c.id)).toEqual(['proposal/p/edit/bureau/ab/*']);
    expect(opsOf(merged(p, { 'proposal/p/edit/bureau/ab/*': 'theirs' }), 'p').slice(1)).toEqual([{ op: 'create', bureau: bureau('ab', 'xs', { name: '新设局' }) }]);
    expect(opsOf(merged(p, { 'proposal/p/edit/bureau/ab/*': 'ours' }), 'p').slice(1)).toEqual(opsOf(ours, 'p').slice(1));
  });

  it('an operation naming what a left-out operation made is left out too, and said', () => {
    // ours merges a and b, then gives the merged bureau posts; theirs renames a
    const ours = appended(ancestor, 'p', [
      { op: 'merge', bureaus: ['a', 'b'], into: { id: 'ab', name: '经济发展局' } },
      { op: 'set', bureau: 'ab', leaderPosts: 3 },
    ]);
    const theirs = appended(ancestor, 'p', [{ op: 'set', bureau: 'a', name: '投资促进局' }]);
    const p = plan({ ancestor, ours, theirs });
    expect(p.conflicts.map((c) => c.id)).toEqual(['proposal/p/edit/bureau/a/*']);
    const result = applyMerge(p, new Map([['proposal/p/edit/bureau/a/*', 'theirs']]));
    if (!result.ok) return expect.fail(result.errors.map((e) => e.message.en).join());
    expect(result.file.scenarios[0]!.operations.slice(1)).toEqual([{ op: 'set', bureau: 'a', name: '投资促进局' }]);
    expect(result.leftOut.map((l) => [l.side, l.index, l.conflict])).toEqual([
      ['ours', 1, 'proposal/p/edit/bureau/a/*'],
      ['ours', 2, 'proposal/p/edit/bureau/a/*'],
    ]);
    expect(opsOf(merged(p, { 'proposal/p/edit/bureau/a/*': 'ours' }), 'p')).toEqual(opsOf(ours, 'p'));
  });

  it('the same field of the baseline changed on both sides: a conflict with the ancestor\'s value', () => {
    const rename = (name: string): ScenarioFile => ({ ...ancestor, units: ancestor.units.map((u) => (u.id === 'xs' ? { ...u, name } : u)) });
    const p = plan({ ancestor, ours: rename('锡山经济技术开发区'), theirs: rename('锡山开发区') });
    expect(p.conflicts).toEqual([
      { id: 'unit/xs/name', kind: 'field', section: 'unit', record: 'xs', field: 'name', baseKnown: true, base: '锡山经开区', ours: '锡山经济技术开发区', theirs: '锡山开发区', choices: ['ours', 'theirs'] },
    ]);
    expect(merged(p, { 'unit/xs/name': 'ours' }).units[0]!.name).toBe('锡山经济技术开发区');
    expect(merged(p, { 'unit/xs/name': 'theirs' }).units[0]!.name).toBe('锡山开发区');
  });

  it('without the ancestor every baseline difference is a conflict, a bureau only one side has included', () => {
    const ours: ScenarioFile = { ...ancestor, bureaus: ancestor.bureaus.filter((b) => b.id !== 'd'), scenarios: [] };
    const theirs: ScenarioFile = { ...ancestor, scenarios: [] };
    const p = plan({ ours, theirs });
    expect(p.conflicts.map((c) => c.id)).toEqual(['bureau/d/*']);
    expect(merged(p, { 'bureau/d/*': 'ours' }).bureaus.map((b) => b.id)).toEqual(['a', 'b', 'c']);
    expect(merged(p, { 'bureau/d/*': 'theirs' }).bureaus.map((b) => b.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a bureau one side removed from the baseline, which the other side\'s new operations touch', () => {
    const ours: ScenarioFile = {
      ...ancestor,
      bureaus: ancestor.bureaus.filter((b) => b.id !== 'b'),
    };
    const theirs = appended(ancestor, 'p', [{ op: 'set', bureau: 'b', name: '经济发展局' }]);
    const p = plan({ ancestor, ours, theirs });
    expect(p.conflicts.map((c) => [c.id, c.kind])).toEqual([['bureau/b/removed', 'removed']]);
    const removal = merged(p, { 'bureau/b/removed': 'ours' });
    expect(removal.bureaus.map((b) => b.id)).toEqual(['a', 'c', 'd']);
    expect(opsOf(removal, 'p')).toEqual(opsOf(ancestor, 'p'));
    const kept = merged(p, { 'bureau/b/removed': 'theirs' });
    expect(kept.bureaus.map((b) => b.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(opsOf(kept, 'p')).toEqual(opsOf(theirs, 'p'));
  });

  it('a stretch of operations both changed differently: one side\'s version of it', () => {
    const edit = (note: string): ScenarioFile => ({ ...ancestor, scenarios: ancestor.scenarios.map((s) => (s.id === 'p' ? { ...s, operations: [{ ...s.operations[0]!, to: 'yj', note }] } : s)) });
    const p = plan({ ancestor, ours: edit('我'), theirs: edit('他') });
    expect(p.conflicts.map((c) => [c.id, c.kind])).toEqual([['proposal/p/operations/0', 'operations']]);
    expect(opsOf(merged(p, { 'proposal/p/operations/0': 'theirs' }), 'p')).toEqual([{ op: 'move', bureau: 'c', to: 'yj', note: '他' }]);
  });

  it('a proposal one side removed and the other changed; without the ancestor, two lists that went different ways (ours, theirs or both)', () => {
    const ours = { ...ancestor, scenarios: [ancestor.scenarios[0]!] };
    const theirs = appended(ancestor, 'q', [{ op: 'abolish', bureau: 'a' }]);
    const removed = plan({ ancestor, ours, theirs });
    expect(removed.conflicts.map((c) => [c.id, c.kind, c.choices])).toEqual([['proposal/q', 'proposal', ['ours', 'theirs']]]);
    expect(merged(removed, { 'proposal/q': 'ours' }).scenarios.map((s) => s.id)).toEqual(['p']);
    expect(merged(removed, { 'proposal/q': 'theirs' }).scenarios.map((s) => s.id)).toEqual(['p', 'q']);
    const diverged = plan({ ours: appended(ancestor, 'q', [{ op: 'abolish', bureau: 'b' }]), theirs });
    expect(diverged.conflicts.map((c) => [c.id, c.choices])).toEqual([['proposal/q', ['ours', 'theirs', 'both']]]);
    const both = merged(diverged, { 'proposal/q': 'both' });
    expect(both.scenarios.map((s) => s.id)).toEqual(['p', 'q', 'q-2']);
    expect(opsOf(both, 'q-2')).toEqual(opsOf(theirs, 'q'));
  });

  it('changes nothing until every conflict is decided, with a choice it allows; the plan can be applied again', () => {
    const rename = (name: string): ScenarioFile => ({ ...ancestor, title: name });
    const p = plan({ ancestor, ours: rename('甲'), theirs: rename('乙') });
    const none = applyMerge(p, new Map());
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.errors[0]!.message.zh).toContain('file/title');
    const bad = applyMerge(p, new Map([['file/title', 'both']]));
    expect(bad.ok).toBe(false);
    expect(merged(p, { 'file/title': 'theirs' }).title).toBe('乙');
    expect(merged(p, { 'file/title': 'ours' }).title).toBe('甲');
  });

  it('an approved proposal takes no new operations: a merge that would add some is refused, and says why', () => {
    const approved = { ...ancestor, scenarios: ancestor.scenarios.map((s) => (s.id === 'q' ? { ...s, status: 'approved' as const } : s)) };
    // no ancestor: theirs went on from the approved list; ours kept it approved
    const theirs = { ...appended(ancestor, 'q', [{ op: 'abolish', bureau: 'a' }]) };
    const p = plan({ ours: approved, theirs });
    expect(p.conflicts.map((c) => c.id)).toEqual(['proposal/q/status']);
    const result = applyMerge(p, new Map([['proposal/q/status', 'ours']]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.code)).toEqual(['merge.approvedGrows']);
  });

  it('a merge whose result does not apply is refused with the engine\'s reasons, not half made', () => {
    // ours moves a to 羊尖镇 in the baseline; theirs merges a and b in p (they must be in one unit)
    const ours: ScenarioFile = { ...ancestor, bureaus: ancestor.bureaus.map((b) => (b.id === 'a' ? { ...b, unit: 'yj' } : b)) };
    const theirs = appended(ancestor, 'p', [{ op: 'merge', bureaus: ['a', 'b'], into: { id: 'ab', name: '经济发展局' } }]);
    const p = plan({ ancestor, ours, theirs });
    expect(p.conflicts).toEqual([]);
    const result = applyMerge(p, new Map());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['$.scenarios[0].operations[1]']);
  });
});
