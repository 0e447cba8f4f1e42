// Replacing today's organisation with a table's (issue 14): proposals that still apply stay as they
// are; the others are kept aside in the representation of file sharing (meta "zonereform.notApplied",
// scenarios/README.md), never dropped; the file keeps its title, rules and meta.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/engine';
import { NOT_APPLIED_KEY, type NotApplied, proposalAsItCame, readNotApplied, replaceBaseline } from '../../src/engine/share';
import { type ScenarioFile, serialiseScenarioFile } from '../../src/model';
import { parseScenarioFile } from '../../src/model/parse';
import { type RawFile, bureau, file, loaded, scenario, town, zone } from '../engine/build';

const open: RawFile & { meta?: Record<string, unknown> } = {
  ...file({
    units: [zone('xs', { name: '锡山经开区' }), town('dg', { name: '东港镇' })],
    bureaus: [
      bureau('a', 'xs', { name: '招商局', staff: { admin: 3 } }),
      bureau('b', 'xs', { name: '经发局', staff: { admin: 2 } }),
      bureau('c', 'xs', { name: '城管局', category: 'social', functions: ['urban-management'] }),
    ],
    scenarios: [
      scenario('keeps', [{ op: 'move', bureau: 'c', to: 'dg', doc: '锡编〔2025〕12号' }], '城管回归'),
      scenario('breaks', [{ op: 'abolish', bureau: 'b', note: '并入招商局', functionsTo: 'a' }, { op: 'move', bureau: 'a', to: 'dg' }], '撤销经发局'),
    ],
  }),
  title: '锡山方案',
  rules: { economicRatioMin: 0.5 },
  meta: { layout: { zoom: 2 } },
};

/** The table: 经发局 is gone (so "breaks" no longer applies), a new street and bureau come in. */
const table: ScenarioFile = loaded(
  file({
    units: [zone('xs', { name: '锡山经开区', territory: ['yl'] }), town('dg', { name: '东港镇' }), { id: 'yl', name: '云林街道', kind: 'street', leaderPosts: 2 }],
    bureaus: [
      bureau('a', 'xs', { name: '招商局', staff: { admin: 4 } }),
      bureau('c', 'xs', { name: '城管局', category: 'social', functions: ['urban-management'] }),
      bureau('yl-1', 'yl', { name: '党政办', category: 'general', functions: ['general-office'] }),
    ],
  }),
).file;

function parsedFile(raw: RawFile): ScenarioFile {
  return loaded(raw).file;
}

describe('replacing today’s organisation', () => {
  it('takes the table’s units and bureaus, keeps the title, rules and meta, and a proposal that still applies as it is', () => {
    const result = replaceBaseline(parsedFile(open), table);
    if (!result.ok) return expect.fail(JSON.stringify(result.errors));
    const { file: next } = result;
    expect(next.units).toEqual(table.units);
    expect(next.bureaus).toEqual(table.bureaus);
    expect([next.title, next.rules, next.meta]).toEqual(['锡山方案', { economicRatioMin: 0.5 }, { layout: { zoom: 2 } }]);
    expect(next.scenarios.map((s) => s.id)).toEqual(['keeps', 'breaks']);
    expect(next.scenarios[0]).toEqual(parsedFile(open).scenarios[0]);
    // the file passes every check of an opened file
    expect(parseScenarioFile(serialiseScenarioFile(next)).ok).toBe(true);
  });

  it('keeps aside, named, a proposal with an operation that no longer applies: no operation applied, every one kept with its reason', () => {
    const before = parsedFile(open);
    const result = replaceBaseline(before, table);
    if (!result.ok) return expect.fail(JSON.stringify(result.errors));
    expect(result.keptAside.map((k) => [k.id, k.name, k.refused.map((r) => r.index)])).toEqual([['breaks', '撤销经发局', [0]]]);
    expect(result.keptAside[0]!.refused[0]!.errors[0]!.message.zh).toContain('b');
    const breaks = result.file.scenarios[1]!;
    expect(breaks.operations).toEqual([]);
    const read = readNotApplied(breaks);
    if (!read?.ok) return expect.fail('no record');
    expect(read.record.choice).toBe('keepAside');
    expect(read.record.from).toEqual({ title: '锡山方案', scenario: 'breaks' });
    expect(read.record.operations).toEqual(before.scenarios[1]!.operations);
    expect(read.record.refused.map((r) => [r.index, r.operation])).toEqual([[0, before.scenarios[1]!.operations[0]]]);
    // once today's organisation allows it again, the proposal comes back as it was
    const back = proposalAsItCame(breaks);
    if (!back?.ok) return expect.fail('not as it came');
    expect(back.scenario).toEqual(before.scenarios[1]);
    // its figures are today's: nothing of it is taken for the whole
    const report = buildReport(loaded(result.file as unknown as RawFile), { lang: 'zh' });
    expect(report.scenarios[1]!.metrics).toEqual(report.baseline.metrics);
  });

  it('keeps the open file’s own duties the table does not define, for proposals that create bureaus carrying them', () => {
    const withOwn: RawFile = {
      ...open,
      functions: [{ id: 'tourism', name: '文旅发展', category: 'economic' }],
      scenarios: [scenario('tour', [{ op: 'create', bureau: { id: 'tb', name: '文旅局', unit: 'xs', type: 'internal', category: 'economic', functions: ['tourism'], staff: { admin: 2, institutional: 0 }, leaderPosts: 1 } }], '文旅')],
    };
    const result = replaceBaseline(parsedFile(withOwn), table);
    if (!result.ok) return expect.fail(JSON.stringify(result.errors));
    expect(result.keptAside).toEqual([]);
    expect(result.file.functions).toEqual([{ id: 'tourism', name: '文旅发展', category: 'economic' }]);
    const tableOwn = { ...table, functions: [{ id: 'tourism', name: '旅游', category: 'social' as const }] };
    const again = replaceBaseline(parsedFile(withOwn), tableOwn);
    if (!again.ok) return expect.fail(JSON.stringify(again.errors));
    expect(again.file.functions).toEqual([{ id: 'tourism', name: '旅游', category: 'social' }]);
  });

  it('a proposal brought in earlier with operations skipped, now kept aside, keeps those too, in their places', () => {
    const skipped: NotApplied = {
      from: { title: '李四的文件', scenario: 'their-b' },
      choice: 'skip',
      refused: [{ index: 1, operation: { op: 'move', bureau: 'gone', to: 'dg' }, reasons: [{ code: 'op.bureauMissing', zh: '机构 gone 不存在', en: 'no bureau gone' }] }],
      withoutMeta: true,
    };
    const earlier: RawFile = { ...open, scenarios: [{ ...scenario('breaks', [{ op: 'abolish', bureau: 'b' }, { op: 'move', bureau: 'a', to: 'dg' }], '撤销经发局'), meta: { [NOT_APPLIED_KEY]: skipped } }] };
    const result = replaceBaseline(parsedFile(earlier), table);
    if (!result.ok) return expect.fail(JSON.stringify(result.errors));
    const read = readNotApplied(result.file.scenarios[0]!);
    if (!read?.ok) return expect.fail('no record');
    expect(read.record.from).toEqual(skipped.from);
    expect(read.record.operations).toEqual([{ op: 'abolish', bureau: 'b' }, { op: 'move', bureau: 'gone', to: 'dg' }, { op: 'move', bureau: 'a', to: 'dg' }]);
    // then's refusal at 1, now's (the abolition, first of what applied) at 0
    expect(read.record.refused.map((r) => r.index)).toEqual([0, 1]);
    expect(read.record.withoutMeta).toBe(true);
    const back = proposalAsItCame(result.file.scenarios[0]!);
    if (!back?.ok) return expect.fail('not as it came');
    expect(back.scenario.meta).toBeUndefined();
    expect(back.scenario.operations).toHaveLength(3);
  });
});
