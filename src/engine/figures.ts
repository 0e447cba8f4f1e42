// SPEC §6: the figures of one state, in one pass over its bureaus.
import type { Bureau, OrgState, UnitKind } from '../model';

export interface UnitMetrics {
  bodies: number;
  internalBodies: number;
  staff: number;
  leaderPosts: number;
  economicRatio: number | null;
}

export interface Metrics {
  bodies: { internal: number; institution: number; total: number };
  staff: { admin: number; institutional: number; total: number };
  leaderPosts: number;
  released: number;
  units: Record<string, UnitMetrics>;
}

interface Tally {
  kind: UnitKind;
  bodies: number;
  internalBodies: number;
  economicInternal: number;
  staff: number;
  leaderPosts: number;
}

/** The figures of a state; `byUnit` (each unit's bureaus), when the caller has it, saves a lookup a bureau. */
export function computeMetrics(state: OrgState, byUnit?: ReadonlyMap<string, readonly Bureau[]>): Metrics {
  const tallies = new Map<string, Tally>();
  let unitLeaderPosts = 0;
  for (const unit of state.units) {
    const own = unit.jointWith === undefined ? (unit.leaderPosts ?? 0) : 0;
    tallies.set(unit.id, { kind: unit.kind, bodies: 0, internalBodies: 0, economicInternal: 0, staff: 0, leaderPosts: own });
    if (unit.kind !== 'platform') unitLeaderPosts += own;
  }
  let internal = 0;
  let institution = 0;
  let admin = 0;
  let institutional = 0;
  let bureauLeaderPosts = 0;
  let released = 0;
  const count = (bureau: Bureau, tally: Tally) => {
    const staff = bureau.staff.admin + bureau.staff.institutional;
    tally.bodies += 1;
    tally.staff += staff;
    tally.leaderPosts += bureau.leaderPosts;
    if (bureau.type === 'internal') {
      tally.internalBodies += 1;
      if (bureau.category === 'economic') tally.economicInternal += 1;
    }
    if (tally.kind === 'platform') {
      released += staff;
      return;
    }
    if (bureau.type === 'internal') internal += 1;
    else institution += 1;
    admin += bureau.staff.admin;
    institutional += bureau.staff.institutional;
    bureauLeaderPosts += bureau.leaderPosts;
  };
  if (byUnit) {
    for (const [id, bureaus] of byUnit) {
      const tally = tallies.get(id);
      if (tally) for (const bureau of bureaus) count(bureau, tally);
    }
  } else {
    for (const bureau of state.bureaus) {
      const tally = tallies.get(bureau.unit);
      if (tally) count(bureau, tally); // a valid state has no bureau without its unit
    }
  }
  // no prototype: a unit may be called "__proto__" or "constructor" and must still be its own key
  const units: Record<string, UnitMetrics> = Object.create(null);
  for (const [id, tally] of tallies) {
    const hasRatio = (tally.kind === 'zone' || tally.kind === 'office') && tally.internalBodies > 0;
    units[id] = {
      bodies: tally.bodies,
      internalBodies: tally.internalBodies,
      staff: tally.staff,
      leaderPosts: tally.leaderPosts,
      economicRatio: hasRatio ? tally.economicInternal / tally.internalBodies : null,
    };
  }
  return {
    bodies: { internal, institution, total: internal + institution },
    staff: { admin, institutional, total: admin + institutional },
    leaderPosts: bureauLeaderPosts + unitLeaderPosts,
    released,
    units,
  };
}

export interface Savings {
  bodies: number;
  internalBodies: number;
  staff: number;
  adminStaff: number;
  institutionalStaff: number;
  leaderPosts: number;
  released: number;
}

/** Positive = fewer in the scenario than today; `released` positive = more handed to platforms. */
export function computeSavings(baseline: Metrics, scenario: Metrics): Savings {
  return {
    bodies: baseline.bodies.total - scenario.bodies.total,
    internalBodies: baseline.bodies.internal - scenario.bodies.internal,
    staff: baseline.staff.total - scenario.staff.total,
    adminStaff: baseline.staff.admin - scenario.staff.admin,
    institutionalStaff: baseline.staff.institutional - scenario.staff.institutional,
    leaderPosts: baseline.leaderPosts - scenario.leaderPosts,
    released: scenario.released - baseline.released,
  };
}
