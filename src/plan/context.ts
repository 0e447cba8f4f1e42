// What the planner looks up while it builds options and programs, made once per start state.
import type { LoadedFile, UnitMetrics } from '../engine';
import type { Bureau, FunctionDef, OrgState, Unit } from '../model';
import type { RuleScope } from './scope';
import type { Locks, PlanRule } from './types';

export interface PlanContext {
  loaded: LoadedFile;
  state: OrgState;
  units: ReadonlyMap<string, Unit>;
  bureaus: ReadonlyMap<string, Bureau>;
  /** each unit's bureaus, in the state's order */
  byUnit: ReadonlyMap<string, readonly Bureau[]>;
  /** a bureau's place in the state's order (ties between equals go to the earlier one) */
  order: ReadonlyMap<string, number>;
  functions: ReadonlyMap<string, FunctionDef>;
  scope: RuleScope;
  /** town or street → the zones and offices whose territory lists it */
  coveredBy: ReadonlyMap<string, readonly string[]>;
  /** a unit's figures in the baseline (the rank rules compare with them) */
  baseline: (unit: string) => UnitMetrics | undefined;
  warnings: ReadonlySet<PlanRule>;
  locks: Locks;
}

export function planContext(loaded: LoadedFile, state: OrgState, scope: RuleScope, baseline: (unit: string) => UnitMetrics | undefined, warnings: ReadonlySet<PlanRule>, locks: Locks): PlanContext {
  const units = new Map(state.units.map((u) => [u.id, u]));
  const bureaus = new Map(state.bureaus.map((b) => [b.id, b]));
  const byUnit = new Map<string, Bureau[]>();
  for (const unit of state.units) byUnit.set(unit.id, []);
  for (const bureau of state.bureaus) byUnit.get(bureau.unit)?.push(bureau);
  const order = new Map(state.bureaus.map((b, i) => [b.id, i]));
  const coveredBy = new Map<string, string[]>();
  for (const unit of state.units) {
    if (unit.kind !== 'zone' && unit.kind !== 'office') continue;
    for (const local of new Set(unit.territory ?? [])) {
      const list = coveredBy.get(local);
      if (list) list.push(unit.id);
      else coveredBy.set(local, [unit.id]);
    }
  }
  return { loaded, state, units, bureaus, byUnit, order, functions: loaded.context.functions, scope, coveredBy, baseline, warnings, locks };
}

export function dutiesOf(context: PlanContext, bureau: Bureau, category: FunctionDef['category']): string[] {
  return bureau.functions.filter((fn) => context.functions.get(fn)?.category === category);
}

/** The towns and streets that take back a zone's or office's social duties: its territory, and for an office its zone's. */
export function hostLocals(context: PlanContext, unit: Unit): string[] {
  const own = unit.territory ?? [];
  const parent = unit.kind === 'office' && unit.parent !== undefined ? context.units.get(unit.parent) : undefined;
  return [...new Set([...own, ...(parent?.territory ?? [])])].filter((id) => context.units.has(id));
}

/** A unit in the bottom of the ranking that existed in the baseline: it may not grow (rank-bottom-growth). */
export function isBottom(context: PlanContext, unit: Unit): boolean {
  if ((unit.kind !== 'zone' && unit.kind !== 'office') || !unit.rank || !context.baseline(unit.id)) return false;
  return unit.rank.position > unit.rank.of - context.scope.bottomN;
}

export function isLocked(context: PlanContext, id: string): boolean {
  return context.locks.ids.includes(id);
}
