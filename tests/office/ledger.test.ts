// Each unit before → after: the engine's per-unit figures, the staff split by hand from the bureaus.
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/engine';
import type { OrgState } from '../../src/model';
import { ledgerChanged, unitLedger } from '../../src/office/unitLedger';

const before: OrgState = {
  units: [
    { id: 'z', name: '开发区管委会', kind: 'zone', governance: 'separated', leaderPosts: 3 },
    { id: 't', name: '某镇', kind: 'town', leaderPosts: 2 },
  ],
  bureaus: [
    { id: 'a', name: '招商局', unit: 'z', type: 'internal', category: 'economic', functions: [], staff: { admin: 10, institutional: 2 }, leaderPosts: 2 },
    { id: 'b', name: '城管局', unit: 'z', type: 'internal', category: 'social', functions: [], staff: { admin: 8, institutional: 0 }, leaderPosts: 1 },
    { id: 'c', name: '服务中心', unit: 'z', type: 'institution', category: 'social', functions: [], staff: { admin: 0, institutional: 5 }, leaderPosts: 1 },
  ],
};
// 城管局 moves to the town; a platform is added and takes the service centre
const after: OrgState = {
  units: [...before.units, { id: 'p', name: '发展集团', kind: 'platform' }],
  bureaus: [before.bureaus[0]!, { ...before.bureaus[1]!, unit: 't' }, { ...before.bureaus[2]!, unit: 'p' }],
};

describe('the ledger', () => {
  const rows = unitLedger({ state: before, metrics: computeMetrics(before) }, { state: after, metrics: computeMetrics(after) });

  it('gives each unit’s bodies, internal bodies, staff split admin·institutional and posts, by hand', () => {
    expect(rows).toEqual([
      // the zone: 3 bodies (2 internal), 10+8+0 admin, 2+0+5 institutional, 3 own posts + 2+1+1 → 1 body, 10 / 2, 3 + 2
      { unit: 'z', name: '开发区管委会', before: { bodies: 3, internalBodies: 2, admin: 18, institutional: 7, staff: 25, leaderPosts: 7 }, after: { bodies: 1, internalBodies: 1, admin: 10, institutional: 2, staff: 12, leaderPosts: 5 } },
      { unit: 't', name: '某镇', before: { bodies: 0, internalBodies: 0, admin: 0, institutional: 0, staff: 0, leaderPosts: 2 }, after: { bodies: 1, internalBodies: 1, admin: 8, institutional: 0, staff: 8, leaderPosts: 3 } },
      { unit: 'p', name: '发展集团', before: undefined, after: { bodies: 1, internalBodies: 0, admin: 0, institutional: 5, staff: 5, leaderPosts: 1 } },
    ]);
  });

  it('knows which rows changed', () => {
    expect(rows.map(ledgerChanged)).toEqual([true, true, true]);
    const same = unitLedger({ state: before, metrics: computeMetrics(before) }, { state: before, metrics: computeMetrics(before) });
    expect(same.map(ledgerChanged)).toEqual([false, false]);
  });
});
