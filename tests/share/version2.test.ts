// Sharing with format version 2's record fields: authors, dates and statuses.
import { describe, expect, it } from 'vitest';
import { runDiff } from '../../src/cli/diffRun';
import type { CliIo } from '../../src/cli/run';
import { type MergeChoice, applyMerge, bringIn, diffFiles, planBringIn, planMerge } from '../../src/engine/share';
import type { Operation, ScenarioFile } from '../../src/model';
import { type RawFile, bureau, file, loaded, scenario, town, zone } from '../engine/build';

const ancestorRaw: RawFile = {
  ...file({
    units: [zone('xs', { name: '锡山经开区' }), town('dg', { name: '东港镇' }), town('yj', { name: '羊尖镇' })],
    bureaus: [bureau('a', 'xs', { name: '招商局' }), bureau('b', 'xs', { name: '经发局' }), bureau('c', 'xs', { name: '城管局', category: 'social' })],
    scenarios: [scenario('p', [{ op: 'move', bureau: 'c', to: 'dg', by: '张三', at: '2026-11-28' }], '方案甲')],
  }),
  version: 2,
};
const ancestor = loaded(ancestorRaw).file;
const appended = (f: ScenarioFile, ops: Operation[]): ScenarioFile => ({ ...f, scenarios: f.scenarios.map((s) => (s.id === 'p' ? { ...s, operations: [...s.operations, ...ops] } : s)) });

describe('format version 2 in sharing', () => {
  it('a merge interleaves by `at` and keeps `by` and `at`, and the file it gives is valid', () => {
    const ours = appended(ancestor, [{ op: 'abolish', bureau: 'b', by: '张三', at: '2026-11-30T09:00:00+08:00' }]);
    const theirs = appended(ancestor, [{ op: 'move', bureau: 'a', to: 'yj', by: '李四', at: '2026-11-29T16:00:00+08:00' }]);
    const planned = planMerge({ ancestor, ours, theirs });
    if (!planned.ok) return expect.fail('planned');
    const result = applyMerge(planned.plan, new Map<string, MergeChoice>());
    if (!result.ok) return expect.fail(result.errors.map((e) => e.message.en).join());
    expect(result.file.scenarios[0]!.operations.map((o) => o.by)).toEqual(['张三', '李四', '张三']);
  });

  it('a submitted proposal brought in with operations skipped is a draft again, and says so', () => {
    const open = loaded({ ...ancestorRaw, bureaus: ancestorRaw.bureaus.filter((b) => b.id !== 'b'), scenarios: [] });
    const other: ScenarioFile = { ...ancestor, scenarios: [{ id: 'q', name: '送审稿', status: 'submitted', operations: [{ op: 'abolish', bureau: 'b', by: '李四' }, { op: 'abolish', bureau: 'a' }] }] };
    const planned = planBringIn(open, other, ['q']);
    if (!planned.ok) return expect.fail('planned');
    const skip = bringIn(open.file, planned.plan, new Map([['q', 'skip']]));
    if (!skip.ok) return expect.fail(skip.errors.map((e) => e.message.en).join());
    expect(skip.result.backToDraft).toEqual(['q']);
    expect(skip.result.file.scenarios[0]!.status).toBeUndefined();
    const aside = bringIn(open.file, planned.plan, new Map([['q', 'keepAside']]));
    expect(aside.ok && aside.result.file.scenarios[0]!.status).toBe('submitted');
  });

  it('status three-way: a proposal approved on one side while the other only read it stays approved', () => {
    const approved: ScenarioFile = { ...ancestor, scenarios: ancestor.scenarios.map((s) => ({ ...s, status: 'approved' as const })) };
    const planned = planMerge({ ancestor, ours: approved, theirs: ancestor });
    if (!planned.ok) return expect.fail('planned');
    expect(planned.plan.conflicts).toEqual([]);
    const result = applyMerge(planned.plan, new Map());
    expect(result.ok && result.file.scenarios[0]!.status).toBe('approved');
  });

  it('a diff names who made an operation and when, in the JSON and in the summary', () => {
    const later = appended(ancestor, [{ op: 'abolish', bureau: 'b', by: '李四', at: '2026-11-29T10:15:00+08:00' }]);
    const diff = diffFiles(ancestor, later);
    const p = diff.proposals[0]!;
    expect(p.change === 'changed' && p.operations).toEqual([{ change: 'added', after: 1, operation: { op: 'abolish', bureau: 'b', by: '李四', at: '2026-11-29T10:15:00+08:00' } }]);
    const out: string[] = [];
    const files: Record<string, string> = { 'a.json': JSON.stringify(ancestor), 'b.json': JSON.stringify(later) };
    const io: CliIo = { readFile: (path) => ({ text: files[path]! }), stdout: (t) => out.push(t), stderr: () => {} };
    expect(runDiff(['a.json', 'b.json'], io)).toBe(1);
    expect(out.join('')).toContain('（李四，2026-11-29T10:15:00+08:00）');
  });

  it('a status changed on one side is a difference, and merges to that side\'s', () => {
    const submitted: ScenarioFile = { ...ancestor, scenarios: ancestor.scenarios.map((s) => ({ ...s, status: 'submitted' as const })) };
    const p = diffFiles(ancestor, submitted).proposals[0]!;
    expect(p.change === 'changed' && p.fields).toEqual([{ field: 'status', before: 'draft', after: 'submitted' }]);
    const planned = planMerge({ ancestor, ours: ancestor, theirs: submitted });
    const result = planned.ok && applyMerge(planned.plan, new Map());
    expect(result && result.ok && result.file.scenarios[0]!.status).toBe('submitted');
  });
});
