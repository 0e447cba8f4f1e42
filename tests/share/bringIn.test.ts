// Bringing a colleague's proposals into the open file (issue 16, point 1).
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/engine';
import { NOT_APPLIED_KEY, bringIn, planBringIn, proposalAsItCame, readNotApplied } from '../../src/engine/share';
import { type ScenarioFile, serialiseScenarioFile } from '../../src/model';
import { parseScenarioFile } from '../../src/model/parse';
import { type RawFile, bureau, file, loaded, scenario, town, zone } from '../engine/build';

const organisation = {
  units: [zone('xs', { name: '锡山经开区' }), town('dg', { name: '东港镇' })],
  bureaus: [
    bureau('a', 'xs', { name: '招商局', staff: { admin: 3 } }),
    bureau('b', 'xs', { name: '经发局', staff: { admin: 2 } }),
    bureau('c', 'xs', { name: '城管局', category: 'social', functions: ['urban-management'] }),
  ],
};

const mine: RawFile = { ...file({ ...organisation, scenarios: [scenario('plan-a', [{ op: 'abolish', bureau: 'b' }], '我的方案')] }), title: '我的文件' };
const theirs: RawFile = {
  ...file({
    units: [...organisation.units].reverse(),
    bureaus: [...organisation.bureaus].reverse(),
    scenarios: [
      scenario('plan-a', [{ op: 'move', bureau: 'c', to: 'dg', doc: '锡编〔2025〕12号' }], '李四的方案A'),
      scenario('plan-b', [{ op: 'merge', bureaus: ['a', 'b'], into: { id: 'ab', name: '经济发展局' } }], '李四的方案B'),
    ],
  }),
  title: '李四的文件',
};

describe('bringing proposals in from a file with the same baseline', () => {
  it('adds them as they are, renames an id that is taken and says so, and each gives the report it gave there', () => {
    const open = loaded(mine);
    const other = loaded(theirs).file;
    const planned = planBringIn(open, other, ['plan-b', 'plan-a']);
    if (!planned.ok) return expect.fail('planned');
    const { plan } = planned;
    expect(plan.sameBaseline).toBe(true);
    expect(plan.renamed).toEqual([{ from: 'plan-a', to: 'plan-a-2' }]);
    // the other file's order
    expect(plan.proposals.map((p) => [p.sourceId, p.id, p.refused.length])).toEqual([['plan-a', 'plan-a-2', 0], ['plan-b', 'plan-b', 0]]);
    const result = bringIn(open.file, plan, new Map());
    if (!result.ok) return expect.fail(result.errors.map((e) => e.message.en).join('; '));
    const merged = result.result.file;
    expect(merged.scenarios.map((s) => s.id)).toEqual(['plan-a', 'plan-a-2', 'plan-b']);
    expect(merged.scenarios[1]).toEqual({ ...other.scenarios[0], id: 'plan-a-2' });
    const there = buildReport(loaded(theirs), { lang: 'zh' }).scenarios;
    const here = buildReport(loaded(merged as unknown as RawFile), { lang: 'zh' }).scenarios;
    expect(here[1]).toEqual({ ...there[0], id: 'plan-a-2' });
    expect(here[2]!.metrics).toEqual(there[1]!.metrics);
    expect(here[2]!.savings).toEqual(there[1]!.savings);
  });

  it('refuses a proposal id the other file does not have, and changes nothing', () => {
    const planned = planBringIn(loaded(mine), loaded(theirs).file, ['plan-z']);
    expect(planned.ok).toBe(false);
    if (!planned.ok) expect(planned.errors[0]!.message.en).toContain('plan-z');
  });
});

describe('bringing proposals in from a file with another baseline', () => {
  // the open file has no 经发局 (b) and 城管局 is already in the town
  const changed: RawFile = {
    ...mine,
    bureaus: [organisation.bureaus[0]!, { ...organisation.bureaus[2]!, unit: 'dg' }],
    scenarios: [],
  };

  it('lists what differs between the baselines, and each operation that no longer applies with the engine\'s reason', () => {
    const planned = planBringIn(loaded(changed), loaded(theirs).file, ['plan-a', 'plan-b']);
    if (!planned.ok) return expect.fail('planned');
    const { plan } = planned;
    expect(plan.sameBaseline).toBe(false);
    expect(plan.baseline.bureaus.map((c) => [c.change, c.id])).toEqual([['changed', 'c'], ['added', 'b']]);
    const [a, b] = plan.proposals;
    // c is already in 东港镇: the engine's refusal, in both languages, at its place in the other file
    expect(a!.refused.map((r) => [r.index, r.errors[0]!.code, r.errors[0]!.path])).toEqual([[0, 'op.alreadyThere', '$.scenarios[0].operations[0]']]);
    expect(a!.refused[0]!.errors[0]!.message.zh).toContain('已在');
    expect(b!.refused.map((r) => r.errors[0]!.code)).toEqual(['op.bureauMissing']);
    expect(b!.applying).toEqual([]);
  });

  it('asks for a choice for every proposal with refused operations before changing anything', () => {
    const open = loaded(changed);
    const planned = planBringIn(open, loaded(theirs).file, ['plan-a', 'plan-b']);
    if (!planned.ok) return expect.fail('planned');
    const result = bringIn(open.file, planned.plan, new Map([['plan-a', 'skip']]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.message.en).join()).toContain('plan-b');
  });

  it('skip: keeps the operations that apply and lists the others in meta; keep aside: no operation applied, all of them kept as they came', () => {
    const open = loaded(changed);
    const other = loaded(theirs).file;
    // plan-c: one operation applies (abolish a), one does not (b is missing here)
    const withThird: ScenarioFile = {
      ...other,
      scenarios: [...other.scenarios, { id: 'plan-c', name: '方案C', meta: { colour: 'red' }, operations: [{ op: 'abolish', bureau: 'b' }, { op: 'abolish', bureau: 'a', note: '撤销' }] }],
    };
    const planned = planBringIn(open, withThird, ['plan-b', 'plan-c']);
    if (!planned.ok) return expect.fail('planned');
    const skip = bringIn(open.file, planned.plan, new Map([['plan-b', 'keepAside'], ['plan-c', 'skip']]));
    if (!skip.ok) return expect.fail(skip.errors.map((e) => e.message.en).join('; '));
    const [keptAside, skipped] = skip.result.file.scenarios;
    expect(skipped!.operations).toEqual([{ op: 'abolish', bureau: 'a', note: '撤销' }]);
    expect(skipped!.meta?.colour).toBe('red');
    const record = readNotApplied(skipped!);
    if (!record?.ok) return expect.fail('a record');
    expect(record.record.choice).toBe('skip');
    expect(record.record.from).toEqual({ title: '李四的文件', scenario: 'plan-c' });
    expect(record.record.refused.map((r) => [r.index, r.operation, r.reasons[0]!.code])).toEqual([[0, { op: 'abolish', bureau: 'b' }, 'op.bureauMissing']]);
    expect(record.record.operations).toBeUndefined();
    // kept aside: nothing applied, everything kept, and it comes back as it came
    expect(keptAside!.operations).toEqual([]);
    const aside = readNotApplied(keptAside!);
    expect(aside?.ok && aside.record.operations).toEqual(other.scenarios[1]!.operations);
    const back = proposalAsItCame(keptAside!);
    expect(back?.ok && back.scenario).toEqual(other.scenarios[1]);
    // the file is a valid file: saved and read back as it is
    const text = serialiseScenarioFile(skip.result.file);
    const reread = parseScenarioFile(text);
    expect(reread.ok && reread.file).toEqual(skip.result.file);
    expect(Object.keys(keptAside!.meta ?? {})).toEqual([NOT_APPLIED_KEY]);
  });
});

describe('nasty ids', () => {
  it('proposals and bureaus called toString, valueOf, hasOwnProperty, constructor are matched as any other', () => {
    const nasty = ['toString', 'valueOf', 'hasOwnProperty', 'constructor'];
    const raw: RawFile = file({
      units: [zone('toString'), town('valueOf')],
      bureaus: nasty.map((id) => bureau(id, 'toString')),
      scenarios: nasty.map((id) => scenario(id, [{ op: 'move', bureau: id, to: 'valueOf' }])),
    });
    const open = loaded(raw);
    const planned = planBringIn(open, open.file, nasty);
    if (!planned.ok) return expect.fail('planned');
    expect(planned.plan.sameBaseline).toBe(true);
    expect(planned.plan.renamed.map((r) => r.to)).toEqual(nasty.map((id) => `${id}-2`));
    const result = bringIn(open.file, planned.plan, new Map());
    expect(result.ok && result.result.file.scenarios.length).toBe(8);
  });
});
