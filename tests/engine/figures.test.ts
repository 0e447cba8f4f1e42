// SPEC §6: the figures of one state and the savings of a scenario, computed here by hand from
// the definitions. Every expected number is written out with its arithmetic.
import { describe, expect, it } from 'vitest';
import { type Metrics, computeMetrics, computeSavings } from '../../src/engine';
import type { OrgState } from '../../src/model';
import { bureau, file, group, office, platform, report, scenario, street, town, zone } from './build';

// Z   zone, separated, own posts 4
// Zj  zone, integrated, own posts 3 but jointWith Z: they are not counted again
// Z0  zone with no bureaus
// O   office, own posts 2, only a public institution
// T   town, own posts 5;  S street, own posts 1, jointWith T
// P   platform, own posts 2: outside the establishment
// G   group, own posts 1, no bureaus
const units = [
  zone('Z', { leaderPosts: 4 }),
  zone('Zj', { governance: 'integrated', leaderPosts: 3, jointWith: 'Z' }),
  zone('Z0'),
  office('O', 'Z', { leaderPosts: 2 }),
  town('T', { leaderPosts: 5 }),
  street('S', { leaderPosts: 1, jointWith: 'T' }),
  platform('P', { leaderPosts: 2 }),
  group('G', { leaderPosts: 1 }),
];
const bureaus = [
  bureau('z1', 'Z', { category: 'economic', staff: { admin: 10, institutional: 2 }, leaderPosts: 2 }),
  bureau('z2', 'Z', { category: 'economic', staff: { admin: 8, institutional: 0 }, leaderPosts: 1 }),
  // category decides, not duties: z3 carries an economic duty but is a general body
  bureau('z3', 'Z', { category: 'general', functions: ['investment-promotion'], staff: { admin: 6, institutional: 1 }, leaderPosts: 1 }),
  bureau('z4', 'Z', { category: 'social', staff: { admin: 4, institutional: 0 }, leaderPosts: 1 }),
  // an economic public institution: not an internal body, so not in the ratio
  bureau('z5', 'Z', { type: 'institution', category: 'economic', staff: { admin: 0, institutional: 20 }, leaderPosts: 2 }),
  bureau('j1', 'Zj', { category: 'economic', staff: { admin: 3, institutional: 0 }, leaderPosts: 1 }),
  bureau('j2', 'Zj', { category: 'economic', staff: { admin: 2, institutional: 0 }, leaderPosts: 1 }),
  bureau('j3', 'Zj', { category: 'general', staff: { admin: 1, institutional: 0 }, leaderPosts: 0 }),
  bureau('o1', 'O', { type: 'institution', category: 'general', staff: { admin: 0, institutional: 5 }, leaderPosts: 1 }),
  bureau('t1', 'T', { category: 'social', staff: { admin: 7, institutional: 0 }, leaderPosts: 1 }),
  bureau('t2', 'T', { type: 'institution', category: 'social', staff: { admin: 0, institutional: 3 }, leaderPosts: 0 }),
  // an economic internal body of a street: streets have no ratio
  bureau('s1', 'S', { category: 'economic', staff: { admin: 2, institutional: 0 }, leaderPosts: 1 }),
  bureau('p1', 'P', { category: 'economic', staff: { admin: 9, institutional: 1 }, leaderPosts: 2 }),
  bureau('p2', 'P', { type: 'institution', category: 'general', staff: { admin: 0, institutional: 4 }, leaderPosts: 1 }),
];
const state: OrgState = { units, bureaus };

/** The baseline's figures, by hand. */
const expectedBaseline: Metrics = {
  // establishment = every bureau not held by P:
  //   internal: Z 4 (z1 z2 z3 z4) + Zj 3 + O 0 + T 1 + S 1 = 9;  institution: z5, o1, t2 = 3
  bodies: { internal: 9, institution: 3, total: 12 },
  // admin: Z 10+8+6+4+0 = 28, Zj 3+2+1 = 6, O 0, T 7, S 2 → 43
  // institutional: Z 2+0+1+0+20 = 23, Zj 0, O 5, T 3, S 0 → 31
  staff: { admin: 43, institutional: 31, total: 74 },
  // bureaus of the establishment: Z 2+1+1+1+2 = 7, Zj 1+1+0 = 2, O 1, T 1+0 = 1, S 1 → 12
  // units not platform and without jointWith: Z 4, Z0 0, O 2, T 5, G 1 → 12 (Zj, S joint; P platform)
  leaderPosts: 24,
  // P's bureaus: p1 9+1 + p2 0+4 = 14
  released: 14,
  units: {
    // 4 internal, 2 of them economic (z1, z2): 2/4; staff 12+8+7+4+20 = 51; posts 4 + 7 = 11
    Z: { bodies: 5, internalBodies: 4, staff: 51, leaderPosts: 11, economicRatio: 0.5 },
    // jointWith: own posts count 0; 2 economic of 3 internal
    Zj: { bodies: 3, internalBodies: 3, staff: 6, leaderPosts: 2, economicRatio: 2 / 3 },
    // no internal bodies: null
    Z0: { bodies: 0, internalBodies: 0, staff: 0, leaderPosts: 0, economicRatio: null },
    // only a public institution: no internal bodies, null; posts 2 + 1
    O: { bodies: 1, internalBodies: 0, staff: 5, leaderPosts: 3, economicRatio: null },
    // towns have no ratio; staff 7 + 3; posts 5 + 1 + 0
    T: { bodies: 2, internalBodies: 1, staff: 10, leaderPosts: 6, economicRatio: null },
    // jointWith T: own posts 0, plus s1's 1
    S: { bodies: 1, internalBodies: 1, staff: 2, leaderPosts: 1, economicRatio: null },
    // a platform has its per-unit figures too: own 2 + 2 + 1
    P: { bodies: 2, internalBodies: 1, staff: 14, leaderPosts: 5, economicRatio: null },
    G: { bodies: 0, internalBodies: 0, staff: 0, leaderPosts: 1, economicRatio: null },
  },
};

describe('figures of one state', () => {
  it('computes every figure of SPEC §6 for a state with every kind of unit', () => {
    expect(computeMetrics(state)).toEqual(expectedBaseline);
  });

  it('has one entry per unit, whatever its kind, and no other', () => {
    expect(Object.keys(computeMetrics(state).units).sort()).toEqual(['G', 'O', 'P', 'S', 'T', 'Z', 'Z0', 'Zj']);
  });

  it('gives an office its economic ratio over internal bodies only', () => {
    const small: OrgState = {
      units: [zone('Z'), office('O', 'Z')],
      bureaus: [
        bureau('a', 'O', { category: 'economic' }),
        bureau('b', 'O', { category: 'general' }),
        bureau('c', 'O', { category: 'social' }),
        bureau('d', 'O', { type: 'institution', category: 'economic' }),
        bureau('e', 'O', { type: 'institution', category: 'economic' }),
      ],
    };
    // 1 economic of 3 internal; the two economic institutions count for nothing
    expect(computeMetrics(small).units.O?.economicRatio).toBe(1 / 3);
  });

  it('gives no ratio to a platform, a group, a town or a street, even with economic internal bodies', () => {
    const kinds: OrgState = {
      units: [platform('P'), group('G'), town('T'), street('S')],
      bureaus: ['P', 'G', 'T', 'S'].map((id) => bureau(`b${id}`, id, { category: 'economic' })),
    };
    const figures = computeMetrics(kinds).units;
    for (const id of ['P', 'G', 'T', 'S']) expect(figures[id]?.economicRatio).toBeNull();
  });

  it('counts nothing of a platform in the establishment but its staff as released', () => {
    const onlyPlatform: OrgState = {
      units: [platform('P', { leaderPosts: 3 })],
      bureaus: [bureau('p', 'P', { staff: { admin: 4, institutional: 5 }, leaderPosts: 2 })],
    };
    expect(computeMetrics(onlyPlatform)).toEqual({
      bodies: { internal: 0, institution: 0, total: 0 },
      staff: { admin: 0, institutional: 0, total: 0 },
      leaderPosts: 0,
      released: 9,
      units: { P: { bodies: 1, internalBodies: 1, staff: 9, leaderPosts: 5, economicRatio: null } },
    });
  });

  it("keeps units whose ids are names of an object's own properties as units", () => {
    const odd: OrgState = {
      units: [zone('__proto__'), zone('constructor'), town('toString')],
      bureaus: [
        bureau('b1', '__proto__', { staff: { admin: 1, institutional: 2 }, leaderPosts: 1 }),
        bureau('b2', 'constructor', { category: 'general', staff: { admin: 4, institutional: 0 } }),
      ],
    };
    const figures = computeMetrics(odd).units;
    expect(Object.keys(figures).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(figures['__proto__']).toEqual({ bodies: 1, internalBodies: 1, staff: 3, leaderPosts: 1, economicRatio: 1 });
    expect(figures['constructor']).toEqual({ bodies: 1, internalBodies: 1, staff: 4, leaderPosts: 0, economicRatio: 0 });
    expect(figures['toString']).toEqual({ bodies: 0, internalBodies: 0, staff: 0, leaderPosts: 0, economicRatio: null });
  });

  it('computes the same figures for the baseline in the report', () => {
    expect(report(file({ units, bureaus })).baseline.metrics).toEqual(expectedBaseline);
  });
});

describe('savings of a scenario', () => {
  // z3 handed to the platform, z4 abolished, n1 created in O, Z's own posts 4 → 3
  const raw = file({
    units,
    bureaus,
    scenarios: [
      scenario('plan', [
        { op: 'move', bureau: 'z3', to: 'P' },
        { op: 'abolish', bureau: 'z4' },
        { op: 'create', bureau: bureau('n1', 'O', { category: 'economic', staff: { admin: 2, institutional: 3 }, leaderPosts: 1 }) },
        { op: 'set-unit', unit: 'Z', leaderPosts: 3 },
      ]),
    ],
  });

  it('computes the scenario figures by the same definitions', () => {
    const metrics = report(raw).scenarios[0]?.metrics;
    // internal 9 − 1 (z3 leaves) − 1 (z4) + 1 (n1) = 8; institution 3
    expect(metrics?.bodies).toEqual({ internal: 8, institution: 3, total: 11 });
    // admin 43 − 6 − 4 + 2 = 35; institutional 31 − 1 − 0 + 3 = 33
    expect(metrics?.staff).toEqual({ admin: 35, institutional: 33, total: 68 });
    // 24 − 1 (z3) − 1 (z4) + 1 (n1) − 1 (Z's own) = 22
    expect(metrics?.leaderPosts).toBe(22);
    // 14 + z3's 6 + 1 = 21
    expect(metrics?.released).toBe(21);
    // Z keeps z1, z2 (economic) and z5: ratio 2/2; staff 12 + 8 + 20; posts 3 + 2 + 1 + 2
    expect(metrics?.units.Z).toEqual({ bodies: 3, internalBodies: 2, staff: 40, leaderPosts: 8, economicRatio: 1 });
    // O gains n1: 1 economic of 1 internal; staff 5 + 5; posts 2 + 1 + 1
    expect(metrics?.units.O).toEqual({ bodies: 2, internalBodies: 1, staff: 10, leaderPosts: 4, economicRatio: 1 });
    // P gains z3: staff 14 + 7; posts 2 + 2 + 1 + 1
    expect(metrics?.units.P).toEqual({ bodies: 3, internalBodies: 2, staff: 21, leaderPosts: 6, economicRatio: null });
  });

  it('gives savings as baseline minus scenario, and released as scenario minus baseline', () => {
    expect(report(raw).scenarios[0]?.savings).toEqual({
      bodies: 1, // 12 − 11
      internalBodies: 1, // 9 − 8
      staff: 6, // 74 − 68
      adminStaff: 8, // 43 − 35
      institutionalStaff: -2, // 31 − 33: more than today, a negative saving
      leaderPosts: 2, // 24 − 22
      released: 7, // 21 − 14
    });
  });

  it('computeSavings subtracts field by field', () => {
    const figures = (n: number): Metrics => ({
      bodies: { internal: n, institution: 2 * n, total: 3 * n },
      staff: { admin: 5 * n, institutional: 7 * n, total: 12 * n },
      leaderPosts: 11 * n,
      released: 13 * n,
      units: {},
    });
    // baseline n = 3, scenario n = 1: each saving is its factor × (3 − 1), released × (1 − 3)
    expect(computeSavings(figures(3), figures(1))).toEqual({
      bodies: 6,
      internalBodies: 2,
      staff: 24,
      adminStaff: 10,
      institutionalStaff: 14,
      leaderPosts: 22,
      released: -26,
    });
  });
});
