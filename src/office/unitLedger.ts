// Each unit's figures before and after a proposal (机构 / 内设 / 编制 行政·事业 / 职数). A small
// function of its own, named so that a shared ledger of the app can take its place: bodies,
// internal bodies, staff and posts are the engine's per-unit figures (SPEC §6); the split of
// staff into admin and institutional is summed here from the unit's bureaus.
import { type Metrics, type UnitMetrics, unitFiguresOf } from '../engine';
import type { OrgState } from '../model';

export interface LedgerSide {
  bodies: number;
  internalBodies: number;
  admin: number;
  institutional: number;
  staff: number;
  leaderPosts: number;
}

export interface LedgerRow {
  unit: string;
  name: string;
  /** undefined: the unit does not exist on that side */
  before?: LedgerSide;
  after?: LedgerSide;
}

function staffSplit(state: OrgState): Map<string, { admin: number; institutional: number }> {
  const split = new Map<string, { admin: number; institutional: number }>();
  for (const bureau of state.bureaus) {
    const sums = split.get(bureau.unit) ?? { admin: 0, institutional: 0 };
    sums.admin += bureau.staff.admin;
    sums.institutional += bureau.staff.institutional;
    split.set(bureau.unit, sums);
  }
  return split;
}

function side(figures: UnitMetrics | undefined, split: { admin: number; institutional: number } | undefined): LedgerSide | undefined {
  if (!figures) return undefined;
  return { bodies: figures.bodies, internalBodies: figures.internalBodies, admin: split?.admin ?? 0, institutional: split?.institutional ?? 0, staff: figures.staff, leaderPosts: figures.leaderPosts };
}

/** Every unit of either side: those of the baseline in its order, then those the proposal added. */
export function unitLedger(baseline: { state: OrgState; metrics: Metrics }, proposal: { state: OrgState; metrics: Metrics }): LedgerRow[] {
  const before = staffSplit(baseline.state);
  const after = staffSplit(proposal.state);
  const names = new Map([...proposal.state.units, ...baseline.state.units].map((u) => [u.id, u.name]));
  const ids = [...new Set([...baseline.state.units.map((u) => u.id), ...proposal.state.units.map((u) => u.id)])];
  const has = (state: OrgState, id: string) => state.units.some((u) => u.id === id);
  return ids.map((id) => ({
    unit: id,
    name: names.get(id) ?? id,
    before: has(baseline.state, id) ? side(unitFiguresOf(baseline.metrics, id), before.get(id)) : undefined,
    after: has(proposal.state, id) ? side(unitFiguresOf(proposal.metrics, id), after.get(id)) : undefined,
  }));
}

/** Whether a row changed at all (a ledger may show only these). */
export function ledgerChanged(row: LedgerRow): boolean {
  return JSON.stringify(row.before) !== JSON.stringify(row.after);
}
