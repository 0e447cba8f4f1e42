// Names for messages: users read names, not ids.
import type { StateView } from './types';

export function unitName(view: StateView, id: string): string {
  return view.units.get(id)?.name ?? id;
}

export { functionRef } from '../../model';

/** The names of the zones and offices whose territory lists the town or street `id`. */
export function zonesCovering(view: StateView, id: string): string[] {
  return (view.coveredBy.get(id) ?? []).map((zone) => zone.name);
}
