// See what differs (issue 16): two files compared by id, field by field and operation by operation,
// with the figures side by side from the engine's reports.
import { describe, expect, it } from 'vitest';
import { compareFiles, compareProposals, diffFiles, diffOperations, isEmptyDiff, patchOperations } from '../../src/engine/share';
import type { Operation } from '../../src/model';
import { type RawFile, bureau, file, loaded, scenario, town, zone } from '../engine/build';

const asFile = (raw: RawFile) => loaded(raw).file;

function keysReversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keysReversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, keysReversed(v)]));
}

const base = file({
  units: [zone('xs', { name: '锡山经开区' }), town('dg', { name: '东港镇' })],
  bureaus: [
    bureau('a', 'xs', { name: '招商局', staff: { admin: 3 } }),
    bureau('b', 'xs', { name: '经发局', staff: { admin: 2, institutional: 1 } }),
    bureau('c', 'xs', { name: '城管局', category: 'social' }),
  ],
  scenarios: [
    scenario('p', [{ op: 'move', bureau: 'c', to: 'dg' }], '方案甲'),
    scenario('q', [{ op: 'abolish', bureau: 'b' }], '方案乙'),
  ],
});

describe('diff of two files', () => {
  it('is empty for a file and itself, and for the same file reordered and reformatted', () => {
    const a = asFile(base);
    expect(isEmptyDiff(diffFiles(a, a))).toBe(true);
    const reordered: RawFile = { ...base, units: [...base.units].reverse(), bureaus: [...base.bureaus].reverse() };
    // written with other spacing and every object's keys in reverse order, read back
    const text = JSON.stringify(keysReversed(reordered), null, '\t');
    expect(text).not.toBe(JSON.stringify(reordered, null, 2));
    expect(isEmptyDiff(diffFiles(a, loaded(JSON.parse(text) as RawFile).file))).toBe(true);
  });

  it('is empty when a unit writes out a default SPEC §3 gives (partyCommittee false, leaderPosts 0)', () => {
    const explicit: RawFile = { ...base, units: [base.units[0]!, { ...base.units[1]!, partyCommittee: false, leaderPosts: 0 }] };
    expect(isEmptyDiff(diffFiles(asFile(base), asFile(explicit)))).toBe(true);
  });

  it('names each differing unit and bureau by id, field by field, with before and after', () => {
    const b: RawFile = {
      ...base,
      units: [...base.units, town('yj', { name: '羊尖镇' })],
      bureaus: [{ ...base.bureaus[0]!, name: '投资促进局', staff: { admin: 5, institutional: 0 } }, base.bureaus[1]!],
      scenarios: [],
    };
    const diff = diffFiles(asFile(base), asFile(b));
    expect(diff.baseline.units).toEqual([{ change: 'added', id: 'yj', after: b.units[2] }]);
    expect(diff.baseline.bureaus.map((c) => [c.change, c.id])).toEqual([['changed', 'a'], ['removed', 'c']]);
    const changed = diff.baseline.bureaus[0]!;
    expect(changed.change === 'changed' && changed.fields).toEqual([
      { field: 'name', before: '招商局', after: '投资促进局' },
      { field: 'staff', before: { admin: 3, institutional: 0 }, after: { admin: 5, institutional: 0 } },
    ]);
    // proposals p and q are gone; their removal names them
    expect(diff.proposals.map((c) => [c.change, c.id])).toEqual([['removed', 'p'], ['removed', 'q']]);
  });

  it('compares rule numbers with their defaults, and duties as each file knows them', () => {
    const b: RawFile = { ...base, rules: { economicRatioMin: 0.6, bottomN: 3 }, functions: [{ id: 'tourism', name: '文旅', category: 'economic' }] };
    const diff = diffFiles(asFile(base), asFile(b));
    // 0.6 is the default: only bottomN differs
    expect(diff.baseline.rules).toEqual([{ field: 'bottomN', before: 2, after: 3 }]);
    expect(diff.baseline.functions).toEqual([{ change: 'added', id: 'tourism', after: { id: 'tourism', name: '文旅', category: 'economic' } }]);
  });

  it('lists a proposal operation by operation: added, removed, and changed with the fields that changed', () => {
    const b: RawFile = {
      ...base,
      scenarios: [
        scenario('p', [{ op: 'move', bureau: 'c', to: 'dg', note: '请复核' }, { op: 'abolish', bureau: 'b' }], '方案甲（修订）'),
        base.scenarios[1]!,
      ],
    };
    const diff = diffFiles(asFile(base), asFile(b));
    expect(diff.proposals).toHaveLength(1);
    const p = diff.proposals[0]!;
    if (p.change !== 'changed') return expect.fail('p changed');
    expect(p.fields).toEqual([{ field: 'name', before: '方案甲', after: '方案甲（修订）' }]);
    expect(p.operations).toEqual([
      { change: 'changed', before: 0, after: 0, operation: base.scenarios[0]!.operations[0], becomes: b.scenarios[0]!.operations[0], fields: [{ field: 'note', after: '请复核' }] },
      { change: 'added', after: 1, operation: { op: 'abolish', bureau: 'b' } },
    ]);
  });
});

describe('diff of two lists of operations', () => {
  const move = (bureau: string, to: string, extra: Partial<Operation> = {}) => ({ op: 'move', bureau, to, ...extra }) as Operation;

  it('pairs an operation that moved elsewhere in the list as removed and added, and keeps the rest', () => {
    const a = [move('a', 'x'), move('b', 'x'), move('c', 'x')];
    const b = [move('b', 'x'), move('c', 'x'), move('a', 'x')];
    const changes = diffOperations(a, b);
    expect(changes.map((c) => c.change)).toEqual(['removed', 'added']);
    expect(patchOperations(a, changes)).toEqual(b);
  });

  it('prefers an identical operation to a changed one: a move sent elsewhere and then the old one again', () => {
    const a = [move('b', 'x')];
    const b = [move('b', 'y'), move('b', 'x')];
    expect(diffOperations(a, b)).toEqual([{ change: 'added', after: 0, operation: b[0] }]);
  });

  it('says who and when for a changed operation (by, at)', () => {
    const a = [move('a', 'x')];
    const b = [move('a', 'x', { by: '李四', at: '2026-11-29' })];
    expect(diffOperations(a, b)).toEqual([
      { change: 'changed', before: 0, after: 0, operation: a[0], becomes: b[0], fields: [{ field: 'by', after: '李四' }, { field: 'at', after: '2026-11-29' }] },
    ]);
  });
});

describe('figures side by side', () => {
  it('gives, for each state, what the engine reports on each side, and the figures that differ', () => {
    const b: RawFile = { ...base, bureaus: [base.bureaus[0]!, { ...base.bureaus[1]!, staff: { admin: 4, institutional: 1 } }, base.bureaus[2]!] };
    const a = loaded(base);
    const other = loaded(b);
    const { figures } = compareFiles(a, other, 'en');
    expect(figures.map((f) => f.state)).toEqual(['baseline', 'p', 'q']);
    const today = figures[0]!;
    // b's admin staff 2 → 4: by hand, 3 + 2 + 0 = 5 before and 3 + 4 + 0 = 7 after
    expect(today.differences).toEqual([
      { figure: 'staff.admin', before: 5, after: 7 },
      { figure: 'staff.total', before: 6, after: 8 },
      { figure: 'staff', unit: 'xs', before: 6, after: 8 },
    ]);
    // proposal q abolishes b: it saves b's staff, 3 in A and 5 in B
    const q = figures[2]!;
    expect(q.differences).toContainEqual({ figure: 'savings.staff', before: 3, after: 5 });
    expect(q.differences).toContainEqual({ figure: 'savings.adminStaff', before: 2, after: 4 });
    // and p has the same staff difference as today, with savings that do not change
    expect(figures[1]!.differences.some((d) => d.figure.startsWith('savings.'))).toBe(false);
  });

  it('lists the rules broken on one side only, by rule and subject', () => {
    // c (social) in a separated zone breaks social-in-zone once it carries a social duty
    const b: RawFile = { ...base, bureaus: [base.bureaus[0]!, base.bureaus[1]!, { ...base.bureaus[2]!, functions: ['urban-management'] }] };
    const { figures } = compareFiles(loaded(base), loaded(b), 'zh');
    const today = figures[0]!;
    expect(today.violations.added.map((v) => [v.rule, v.subject])).toContainEqual(['social-in-zone', 'c']);
    expect(today.violations.removed).toEqual([]);
    // p moves c to the town: nothing of social-in-zone there
    expect(figures[1]!.violations.added.map((v) => v.rule)).not.toContain('social-in-zone');
  });

  it('compares two proposals of one file, or a proposal with an earlier state of itself', () => {
    const f = asFile(base);
    const p = f.scenarios[0]!;
    const later = { ...p, operations: [...p.operations, { op: 'abolish', bureau: 'b' } as Operation] };
    const result = compareProposals({ file: f, scenario: p }, { file: f, scenario: later }, 'en');
    if (!result.ok) return expect.fail('both apply');
    expect(result.compared.operations).toEqual([{ change: 'added', after: 1, operation: { op: 'abolish', bureau: 'b' } }]);
    expect(result.compared.figures.differences).toContainEqual({ figure: 'bodies.total', before: 3, after: 2 });
    expect(result.compared.baseline.units).toEqual([]);
    const broken = compareProposals({ file: f, scenario: p }, { file: f, scenario: { ...p, operations: [{ op: 'abolish', bureau: 'zz' }] } }, 'en');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]!.path).toBe('$.scenarios[0].operations[0]');
  });
});
