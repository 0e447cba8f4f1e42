// The adjustment table (调整对照表) and the savings breakdown on a small file worked out by hand.
import { describe, expect, it } from 'vitest';
import { adjustmentTable, loadScenarioFile, savingsBreakdown } from '../../src/engine';

const text = JSON.stringify({
  format: 'zonereform/scenario',
  version: 1,
  title: 't',
  units: [
    { id: 'z', name: '开发区', kind: 'zone', governance: 'separated', leaderPosts: 5 },
    { id: 's', name: '街道', kind: 'street' },
    { id: 'p', name: '平台', kind: 'platform' },
  ],
  bureaus: [
    { id: 'a', name: '招商局', unit: 'z', type: 'internal', category: 'economic', functions: ['investment-promotion'], staff: { admin: 10, institutional: 0 }, leaderPosts: 2 },
    { id: 'b', name: '城管局', unit: 'z', type: 'internal', category: 'social', functions: ['urban-management'], staff: { admin: 8, institutional: 0 }, leaderPosts: 1 },
    { id: 'c', name: '服务中心', unit: 'z', type: 'institution', category: 'economic', functions: ['business-environment'], staff: { admin: 0, institutional: 15 }, leaderPosts: 1 },
    { id: 'd', name: '科技局', unit: 'z', type: 'internal', category: 'economic', functions: ['sci-tech-innovation'], staff: { admin: 6, institutional: 0 }, leaderPosts: 2 },
  ],
  scenarios: [
    {
      id: 'p1',
      name: '方案',
      operations: [
        { op: 'move', bureau: 'b', to: 's', doc: 'D1', note: '城管划给街道' },
        { op: 'set', bureau: 'b', name: '城市管理办公室', note: '更名' },
        { op: 'move', bureau: 'c', to: 'p', doc: 'D2' },
        { op: 'merge', bureaus: ['a', 'd'], into: { id: 'ad', name: '经济发展局' }, doc: 'D3', note: '大部门制' },
      ],
    },
  ],
});

describe('compare on a hand-worked file', () => {
  const result = loadScenarioFile(text);
  if (!result.ok) throw new Error('invalid');
  const { baseline, context, file } = result.loaded;
  const operations = file.scenarios[0]!.operations;

  it('lists each changed bureau with where it was and where it goes', () => {
    expect(adjustmentTable(baseline, operations, context)).toEqual([
      // moved and renamed: the old name beside the new, both operations' notes
      { bureau: 'b', name: '城市管理办公室', nameBefore: '城管局', change: 'moved', unitBefore: 'z', unitAfter: 's', staffBefore: { admin: 8, institutional: 0 }, staffAfter: { admin: 8, institutional: 0 }, postsBefore: 1, postsAfter: 1, docs: ['D1'], notes: ['城管划给街道', '更名'] },
      { bureau: 'c', name: '服务中心', change: 'platform', unitBefore: 'z', unitAfter: 'p', staffBefore: { admin: 0, institutional: 15 }, staffAfter: { admin: 0, institutional: 15 }, postsBefore: 1, postsAfter: 1, docs: ['D2'], notes: [] },
      // a + d: staff 10 + 6 = 16 before and after; posts 2 + 2 = 4 before, max(2, 2) = 2 after
      { bureau: 'ad', name: '经济发展局', change: 'merged', unitBefore: 'z', unitAfter: 'z', staffBefore: { admin: 16, institutional: 0 }, staffAfter: { admin: 16, institutional: 0 }, postsBefore: 4, postsAfter: 2, mergedFrom: ['a', 'd'], docs: ['D3'], notes: ['大部门制'] },
    ]);
  });

  it('attributes the savings to the kinds of change that made them', () => {
    const parts = savingsBreakdown(baseline, operations, context);
    // a move to a street changes no establishment figure
    expect(parts.move).toEqual({ bodies: 0, internalBodies: 0, staff: 0, adminStaff: 0, institutionalStaff: 0, leaderPosts: 0, released: 0 });
    // handing c (15 institutional, 1 post) to the platform
    expect(parts.platform).toEqual({ bodies: 1, internalBodies: 0, staff: 15, adminStaff: 0, institutionalStaff: 15, leaderPosts: 1, released: 15 });
    // merging a and d: one body fewer, posts 4 → 2, staff unchanged
    expect(parts.merge).toEqual({ bodies: 1, internalBodies: 1, staff: 0, adminStaff: 0, institutionalStaff: 0, leaderPosts: 2, released: 0 });
  });
});

describe('who proposed each adjusted bureau (SPEC §5 v2 `by`)', () => {
  const result = loadScenarioFile(text);
  if (!result.ok) throw new Error('invalid');
  const { baseline, context } = result.loaded;

  it('each row names the authors of the operations that touched it, in order, each once; a merge carries its sources’ after its own; none said, no list', () => {
    const operations = [
      { op: 'move', bureau: 'b', to: 's', by: '张三', at: '2026-11-01' },
      { op: 'set', bureau: 'b', name: '城市管理办公室', by: '李四' },
      { op: 'set', bureau: 'b', leaderPosts: 2, by: '张三' },
      { op: 'move', bureau: 'c', to: 'p' },
      { op: 'set', bureau: 'a', name: '投资促进局', by: '王五' },
      { op: 'merge', bureaus: ['a', 'd'], into: { id: 'ad', name: '经济发展局' }, by: '赵六' },
    ] as const;
    const rows = adjustmentTable(baseline, operations as never, context);
    const by = Object.fromEntries(rows.map((row) => [row.bureau, row.by]));
    // a merged bureau's row, as its documents: the merge's own first, then those of the bureaus it replaces
    expect(by).toEqual({ b: ['张三', '李四'], c: undefined, ad: ['赵六', '王五'] });
    expect('by' in rows.find((row) => row.bureau === 'c')!).toBe(false);
  });
});
