// SPEC §6: the figures of one state, in one pass over its bureaus; and, after a move, again for
// the two units it touched only.
import type { Bureau, OrgState, Unit, UnitKind } from '../model';
import type { Lookup } from './lookup';

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

/** The whole organisation's sums, before they are shaped into `Metrics`. */
export interface Totals {
  internal: number;
  institution: number;
  admin: number;
  institutional: number;
  /** bureaus' posts plus units' own teams, platforms left out */
  leaderPosts: number;
  released: number;
}

const hasRatio = (kind: UnitKind) => kind === 'zone' || kind === 'office';

/** A unit's own leadership team, counted once: a unit run jointly counts none of its own. */
const ownPosts = (unit: Unit): number => (unit.jointWith === undefined ? (unit.leaderPosts ?? 0) : 0);

interface Sums {
  internalBodies: number;
  economicInternal: number;
  admin: number;
  institutional: number;
  posts: number;
}

/** One pass over a unit's bureaus. */
function sumsOf(bureaus: readonly Bureau[]): Sums {
  const sums: Sums = { internalBodies: 0, economicInternal: 0, admin: 0, institutional: 0, posts: 0 };
  for (const bureau of bureaus) {
    sums.admin += bureau.staff.admin;
    sums.institutional += bureau.staff.institutional;
    sums.posts += bureau.leaderPosts;
    if (bureau.type === 'internal') {
      sums.internalBodies += 1;
      if (bureau.category === 'economic') sums.economicInternal += 1;
    }
  }
  return sums;
}

function figuresFrom(unit: Unit, count: number, sums: Sums): UnitMetrics {
  return {
    bodies: count,
    internalBodies: sums.internalBodies,
    staff: sums.admin + sums.institutional,
    leaderPosts: ownPosts(unit) + sums.posts,
    economicRatio: hasRatio(unit.kind) && sums.internalBodies > 0 ? sums.economicInternal / sums.internalBodies : null,
  };
}

/** One unit's figures from its bureaus. */
export function unitFigures(unit: Unit, bureaus: readonly Bureau[]): UnitMetrics {
  return figuresFrom(unit, bureaus.length, sumsOf(bureaus));
}

/** Adds (`sign` 1) or takes away (-1) one bureau's share of the sums, as it counts in a unit of `kind`. */
export function countBureau(totals: Totals, bureau: Bureau, kind: UnitKind, sign: 1 | -1): void {
  const staff = bureau.staff.admin + bureau.staff.institutional;
  if (kind === 'platform') {
    totals.released += sign * staff;
    return;
  }
  if (bureau.type === 'internal') totals.internal += sign;
  else totals.institution += sign;
  totals.admin += sign * bureau.staff.admin;
  totals.institutional += sign * bureau.staff.institutional;
  totals.leaderPosts += sign * bureau.leaderPosts;
}

/** The sums and each unit's figures; `byUnit` holds each unit's bureaus in the state's order. */
export function tally(state: OrgState, byUnit: ReadonlyMap<string, readonly Bureau[]>): { totals: Totals; figures: Map<string, UnitMetrics> } {
  const totals: Totals = { internal: 0, institution: 0, admin: 0, institutional: 0, leaderPosts: 0, released: 0 };
  const figures = new Map<string, UnitMetrics>();
  for (const unit of state.units) {
    const bureaus = byUnit.get(unit.id) ?? NO_BUREAUS;
    const sums = sumsOf(bureaus);
    const unitFigures = figuresFrom(unit, bureaus.length, sums);
    figures.set(unit.id, unitFigures);
    if (unit.kind === 'platform') {
      totals.released += unitFigures.staff;
      continue;
    }
    totals.internal += sums.internalBodies;
    totals.institution += bureaus.length - sums.internalBodies;
    totals.admin += sums.admin;
    totals.institutional += sums.institutional;
    totals.leaderPosts += unitFigures.leaderPosts;
  }
  return { totals, figures };
}

const NO_BUREAUS: readonly Bureau[] = [];

/** The sums of a state. */
export function totalsOf(state: OrgState): Totals {
  return tally(state, groupByUnit(state)).totals;
}

/**
 * The sums of `next` from those of `previous` (the state before it) when the two have the same
 * units: only the bureaus that are not the same objects in both are counted again. Otherwise the
 * sums of `next` counted whole.
 */
export function totalsAfter(totals: Totals, previous: OrgState, next: OrgState, lookup: Lookup): Totals {
  if (previous.units !== next.units) return totalsOf(next);
  if (previous.bureaus === next.bureaus) return totals;
  const after = { ...totals };
  const count = (state: OrgState, bureau: Bureau, sign: 1 | -1) => {
    const unit = lookup.findUnit(state, bureau.unit);
    if (unit) countBureau(after, bureau, unit.kind, sign);
  };
  const a = previous.bureaus;
  const b = next.bureaus;
  if (a.length === b.length && a.every((bureau, i) => bureau === b[i] || bureau.id === b[i]!.id)) {
    // the same bureaus in the same places (a move, an edit): the few that changed
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      count(previous, a[i]!, -1);
      count(next, b[i]!, 1);
    }
    return after;
  }
  const kept = new Set(b);
  const had = new Set(a);
  for (const bureau of a) if (!kept.has(bureau)) count(previous, bureau, -1);
  for (const bureau of b) if (!had.has(bureau)) count(next, bureau, 1);
  return after;
}

/**
 * The figures in the shape of SPEC §8. `units` is written out the first time it is read (by the
 * report, or when the figures are sent), so a move need not copy every unit's figures.
 */
export function metricsOf(totals: Totals, figures: ReadonlyMap<string, UnitMetrics>, units: readonly Unit[]): Metrics {
  const metrics = {
    bodies: { internal: totals.internal, institution: totals.institution, total: totals.internal + totals.institution },
    staff: { admin: totals.admin, institutional: totals.institutional, total: totals.admin + totals.institutional },
    leaderPosts: totals.leaderPosts,
    released: totals.released,
  } as Metrics;
  let record: Record<string, UnitMetrics> | undefined;
  Object.defineProperty(metrics, 'units', {
    enumerable: true,
    get() {
      if (!record) {
        // no prototype: a unit may be called "__proto__" or "constructor" and must still be its own key
        record = Object.create(null) as Record<string, UnitMetrics>;
        for (const unit of units) record[unit.id] = figures.get(unit.id)!;
      }
      return record;
    },
  });
  return metrics;
}

/** The figures of a state. */
export function computeMetrics(state: OrgState, byUnit?: ReadonlyMap<string, readonly Bureau[]>): Metrics {
  const { totals, figures } = tally(state, byUnit ?? groupByUnit(state));
  return metricsOf(totals, figures, state.units);
}

/** Each unit's bureaus, in the order of the state. */
export function groupByUnit(state: OrgState): Map<string, Bureau[]> {
  const byUnit = new Map<string, Bureau[]>();
  for (const unit of state.units) byUnit.set(unit.id, []);
  for (const bureau of state.bureaus) byUnit.get(bureau.unit)?.push(bureau);
  return byUnit;
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
export function savingsOf(baseline: Totals, scenario: Totals): Savings {
  return {
    bodies: baseline.internal + baseline.institution - (scenario.internal + scenario.institution),
    internalBodies: baseline.internal - scenario.internal,
    staff: baseline.admin + baseline.institutional - (scenario.admin + scenario.institutional),
    adminStaff: baseline.admin - scenario.admin,
    institutionalStaff: baseline.institutional - scenario.institutional,
    leaderPosts: baseline.leaderPosts - scenario.leaderPosts,
    released: scenario.released - baseline.released,
  };
}

/** The savings between two states' figures (as `savingsOf` their sums). */
export function computeSavings(baseline: Metrics, scenario: Metrics): Savings {
  return savingsOf(totalsIn(baseline), totalsIn(scenario));
}

function totalsIn(metrics: Metrics): Totals {
  const { bodies, staff, leaderPosts, released } = metrics;
  return { internal: bodies.internal, institution: bodies.institution, admin: staff.admin, institutional: staff.institutional, leaderPosts, released };
}
