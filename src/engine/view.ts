import type { Bureau, OrgState, Unit } from '../model';
import { groupByUnit, metricsOf, tally } from './figures';
import { LayeredMap } from './layered';
import type { StateView } from './rules/types';

/** Every duty some bureau of the state carries. */
export function functionsCarriedBy(state: OrgState): Set<string> {
  const carried = new Set<string>();
  for (const bureau of state.bureaus) for (const fn of bureau.functions) carried.add(fn);
  return carried;
}

/** A state with the lookups that figures and rules need, each built once. */
export function viewState(state: OrgState): StateView {
  const units = new Map<string, Unit>();
  const coveredBy = new Map<string, Unit[]>();
  for (const unit of state.units) units.set(unit.id, unit);
  for (const unit of state.units) {
    // a zone's territory, and (v2) the towns and streets an office coordinates
    if (unit.kind !== 'zone' && unit.kind !== 'office') continue;
    for (const local of new Set(unit.territory ?? [])) {
      const zones = coveredBy.get(local);
      if (zones) zones.push(unit);
      else coveredBy.set(local, [unit]);
    }
  }
  const byUnit = groupByUnit(state);
  const { totals, figures } = tally(state, byUnit);
  const functionsCarried = functionsCarriedBy(state);
  return {
    state,
    metrics: metricsOf(totals, figures, state.units),
    totals,
    unitFigures: LayeredMap.of(figures),
    units,
    bureausByUnit: LayeredMap.of<string, readonly Bureau[]>(byUnit),
    coveredBy,
    functionsCarried,
  };
}
