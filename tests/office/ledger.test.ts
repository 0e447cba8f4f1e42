// Each unit before → after in the exports is the screen's ledger (src/engine/ledger.ts): the
// engine's per-unit figures, the staff split by hand from the bureaus, every zone and office and
// every unit the proposal touches.
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/engine';
import { ledgerRows } from '../../src/engine/ledger';
import type { OrgState } from '../../src/model';

const before: OrgState = {
  units: [
    { id: 'z', name: '开发区管委会', kind: 'zone', governance: 'separated', leaderPosts: 3 },
    { id: 't', name: '某镇', kind: 'town', leaderPosts: 2 },
    { id: 'u', name: '另一镇', kind: 'town', leaderPosts: 2 },
  ],
  bureaus: [
    { id: 'a', name: '招商局', unit: 'z', type: 'internal', category: 'economic', functions: [], staff: { admin: 10, institutional: 2 }, leaderPosts: 2 },
    { id: 'b', name: '城管局', unit: 'z', type: 'internal', category: 'social', functions: [], staff: { admin: 8, institutional: 0 }, leaderPosts: 1 },
    { id: 'c', name: '服务中心', unit: 'z', type: 'institution', category: 'social', functions: [], staff: { admin: 0, institutional: 5 }, leaderPosts: 1 },
  ],
};
// 城管局 moves to the town; a platform is added and takes the service centre; 另一镇 is untouched
const after: OrgState = {
  units: [...before.units, { id: 'p', name: '发展集团', kind: 'platform' }],
  bureaus: [before.bureaus[0]!, { ...before.bureaus[1]!, unit: 't' }, { ...before.bureaus[2]!, unit: 'p' }],
};
const ledger = (a: OrgState, b: OrgState, all = false) => ledgerRows({ before: a, after: b, baseline: computeMetrics(a).units, scenario: computeMetrics(b).units }, { all });

describe('the ledger of the exports', () => {
  const rows = ledger(before, after);

  it('gives each unit’s bodies, internal bodies, staff split admin·institutional, posts and share, by hand', () => {
    expect(rows.map((r) => [r.unitId, r.name, r.before, r.after])).toEqual([
      // the zone: 3 bodies (2 internal: one economic of two), 10+8+0 admin, 2+0+5 institutional, 3 own posts + 2+1+1
      // → 1 body (招商局), 10 / 2, 3 + 2; its share 1 of 2 internal → 1 of 1
      ['z', '开发区管委会', { bodies: 3, internalBodies: 2, admin: 18, institutional: 7, staff: 25, leaderPosts: 7, economicRatio: 0.5 }, { bodies: 1, internalBodies: 1, admin: 10, institutional: 2, staff: 12, leaderPosts: 5, economicRatio: 1 }],
      ['t', '某镇', { bodies: 0, internalBodies: 0, admin: 0, institutional: 0, staff: 0, leaderPosts: 2, economicRatio: null }, { bodies: 1, internalBodies: 1, admin: 8, institutional: 0, staff: 8, leaderPosts: 3, economicRatio: null }],
      // the platform is new: nothing today
      ['p', '发展集团', null, { bodies: 1, internalBodies: 0, admin: 0, institutional: 5, staff: 5, leaderPosts: 1, economicRatio: null }],
    ]);
  });

  it('says each change with its direction: the zone 13 staff fewer, the town 8 more', () => {
    expect(rows[0]!.changes.staff).toEqual({ before: 25, after: 12, delta: -13, amount: 13, direction: 'down' });
    expect(rows[1]!.changes.staff).toEqual({ before: 0, after: 8, delta: 8, amount: 8, direction: 'up' });
    expect(rows[2]!.changes.staff).toBeNull();
  });

  it('leaves out a town the proposal does not touch, but never a zone; with `all`, every unit', () => {
    expect(rows.map((r) => r.unitId)).not.toContain('u');
    expect(ledger(before, before).map((r) => [r.unitId, r.touched])).toEqual([['z', false]]);
    expect(ledger(before, after, true).map((r) => r.unitId)).toEqual(['z', 't', 'u', 'p']);
  });
});
