import type { Bureau, OrgState, Unit } from '../model';
import { computeMetrics } from './figures';
import type { StateView } from './rules/types';

/** A state with the lookups that figures and rules need, each built once. */
export function viewState(state: OrgState): StateView {
  const units = new Map<string, Unit>();
  const bureausByUnit = new Map<string, Bureau[]>();
  const coveredBy = new Map<string, Unit[]>();
  for (const unit of state.units) {
    units.set(unit.id, unit);
    bureausByUnit.set(unit.id, []);
  }
  for (const unit of state.units) {
    if (unit.kind !== 'zone') continue;
    for (const local of new Set(unit.territory ?? [])) {
      const zones = coveredBy.get(local);
      if (zones) zones.push(unit);
      else coveredBy.set(local, [unit]);
    }
  }
  for (const bureau of state.bureaus) bureausByUnit.get(bureau.unit)?.push(bureau);
  return { state, metrics: computeMetrics(state, bureausByUnit), units, bureausByUnit, coveredBy };
}
