// The unit dialog's form as an operation (SPEC §5, v2): only the fields that changed, and `null`
// for each optional field it removes — a cap, a rank, joint running, developed-town status, a
// parent, a territory. Applied through the app, the figures and findings are the engine's.
import { describe, expect, it } from 'vitest';
import { removableFields, unitChanges } from '../../src/app/unitChanges';
import type { ScenarioFile, Unit } from '../../src/model';
import { SMALL_TEXT, copy, engineReport, parsed, withOperation } from './files';
import { openApp } from './harness';

const small = parsed(SMALL_TEXT);
const unit = (id: string): Unit => small.units.find((u) => u.id === id)!;

/** `u` without the fields named: what the form gives once their 移除 is pressed. */
function without(u: Unit, ...fields: Array<keyof Unit>): Unit {
  const next = { ...u };
  for (const field of fields) delete next[field];
  return next;
}

const rich: Unit = {
  id: 'z9', name: '北区管委会', kind: 'zone', level: 'provincial', governance: 'separated', partyCommittee: true, territory: ['s1'],
  leaderPosts: 4, leaderPostCap: 5, bodyCap: 6, jointWith: 't1', rank: { position: 2, of: 9 },
};

describe('a set-unit from the form', () => {
  it.each([
    ['leaderPostCap', { leaderPostCap: null }],
    ['bodyCap', { bodyCap: null }],
    ['rank', { rank: null }],
    ['jointWith', { jointWith: null }],
    ['territory', { territory: null }],
    ['level', { level: null }],
    ['partyCommittee', { partyCommittee: null }],
  ] as const)('removing %s gives null for it alone', (field, changes) => {
    expect(unitChanges(rich, without(rich, field))).toEqual({ op: 'set-unit', unit: 'z9', ...changes });
  });

  it('a developed town that ceases to be one, an office without its parent zone or its territory', () => {
    const town: Unit = { id: 't9', name: '某镇', kind: 'town', developedTown: true };
    expect(unitChanges(town, { ...town, developedTown: false })).toEqual({ op: 'set-unit', unit: 't9', developedTown: null });
    const office: Unit = { id: 'o9', name: '度假区管理办公室', kind: 'office', parent: 'z1', territory: ['s1'] };
    expect(unitChanges(office, without(office, 'parent'))).toEqual({ op: 'set-unit', unit: 'o9', parent: null });
    expect(unitChanges(office, { ...office, territory: [] })).toEqual({ op: 'set-unit', unit: 'o9', territory: null });
  });

  it('several at once, with values changed beside them; nothing changed is no operation', () => {
    expect(unitChanges(rich, { ...without(rich, 'bodyCap', 'rank'), leaderPostCap: 4, name: '北区' })).toEqual({ op: 'set-unit', unit: 'z9', name: '北区', leaderPostCap: 4, bodyCap: null, rank: null });
    expect(unitChanges(rich, { ...rich })).toBeUndefined();
  });

  it('defaults are not changes: no posts is 0, no flag is false, no territory is an empty one', () => {
    const plain: Unit = { id: 's9', name: '某街道', kind: 'street' };
    expect(unitChanges(plain, { ...plain, leaderPosts: 0, partyCommittee: false })).toBeUndefined();
    expect(unitChanges({ ...rich, territory: [] }, without(rich, 'territory'))).toBeUndefined();
    // the posts set to 0 are given as 0: leaderPosts is not one of the fields null removes (SPEC §5)
    expect(unitChanges(rich, { ...rich, leaderPosts: 0 })).toEqual({ op: 'set-unit', unit: 'z9', leaderPosts: 0 });
  });

  it('a field no unit may lack is never cleared: a zone made a town keeps its governance for the engine to refuse', () => {
    const op = unitChanges(rich, { id: 'z9', name: '北区管委会', kind: 'town', leaderPosts: 4 });
    expect(op).not.toHaveProperty('governance');
    expect(op).toMatchObject({ kind: 'town', level: null, territory: null, rank: null });
  });

  it('what the dialog offers to remove: the optional fields the unit has', () => {
    expect(removableFields(rich)).toEqual(['level', 'partyCommittee', 'territory', 'leaderPostCap', 'bodyCap', 'jointWith', 'rank']);
    expect(removableFields(unit('o1'))).toEqual(['parent']);
    expect(removableFields({ id: 't', name: 't', kind: 'town', developedTown: true, partyCommittee: false, territory: [] })).toEqual(['developedTown']);
  });
});

describe('applied through the app, the engine decides the figures and findings', () => {
  it('a zone over its body cap: the cap removed, the body-cap error goes, nothing else moves; undo brings it back', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    app.actions.switchScenario('plan-b');
    await app.idle();
    // a fifth internal body in 东区 (cap 4) breaks body-cap
    const created = { op: 'create' as const, bureau: { id: 'z1-new', name: '科技局', unit: 'z1', type: 'internal' as const, category: 'economic' as const, functions: ['sci-tech-innovation'], staff: { admin: 3, institutional: 0 }, leaderPosts: 1 } };
    await app.apply(created);
    const over = app.state().report!.scenarios[1]!.violations.filter((v) => v.rule === 'body-cap');
    expect(over.map((v) => v.subject)).toEqual([{ kind: 'unit', id: 'z1' }]);

    const op = unitChanges(unit('z1'), without(unit('z1'), 'bodyCap'))!;
    expect(op).toEqual({ op: 'set-unit', unit: 'z1', bodyCap: null });
    expect(await app.apply(op)).toBe(true);
    const expected: ScenarioFile = withOperation(withOperation(small, 'plan-b', created), 'plan-b', op);
    expect(app.file()).toEqual(expected);
    expect(app.state().report).toEqual(engineReport(expected, 'zh'));
    expect(app.state().report!.scenarios[1]!.violations.filter((v) => v.rule === 'body-cap')).toEqual([]);
    // the figures are those of the state with the body: removing a cap changes no count
    const before = engineReport(withOperation(small, 'plan-b', created), 'zh').scenarios[1]!.metrics;
    expect(app.state().report!.scenarios[1]!.metrics).toEqual(before);

    await app.actions.undo();
    await app.idle();
    expect(app.state().report!.scenarios[1]!.violations.filter((v) => v.rule === 'body-cap')).toHaveLength(1);
  });

  it('joint running ended: the town’s own leader posts count again (SPEC §6)', async () => {
    const file = copy(small);
    file.units.find((u) => u.id === 't1')!.jointWith = 's1';
    const app = await openApp({ defaultFile: JSON.stringify(file) });
    app.actions.switchScenario('plan-a');
    await app.idle();
    const posts = app.state().report!.scenarios[0]!.metrics.leaderPosts;
    const t1 = file.units.find((u) => u.id === 't1')!;
    expect(await app.apply(unitChanges(t1, without(t1, 'jointWith'))!)).toBe(true);
    // 西镇's own team of 2 was not counted while it ran jointly with 东街道
    expect(app.state().report!.scenarios[0]!.metrics.leaderPosts).toBe(posts + 2);
    expect(app.state().report!.scenarios[0]!.metrics.units.t1!.leaderPosts).toBe(2 + 1);
  });
});
