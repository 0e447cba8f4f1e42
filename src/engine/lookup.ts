// Positions of units and bureaus by id, built once per array and shared with the next state when
// an operation keeps every position. Every read is checked against the array.
import type { Bureau, OrgState, Unit } from '../model';

const positions = new WeakMap<readonly { id: string }[], Map<string, number>>();

function indexOf<T extends { id: string }>(items: readonly T[]): Map<string, number> {
  let index = positions.get(items);
  if (!index) {
    index = new Map();
    items.forEach((item, position) => index!.set(item.id, position));
    positions.set(items, index);
  }
  return index;
}

export function positionOf<T extends { id: string }>(items: readonly T[], id: string): number {
  const position = indexOf(items).get(id);
  return position !== undefined && items[position]?.id === id ? position : -1;
}

export function findBureau(state: OrgState, id: string): Bureau | undefined {
  const position = positionOf(state.bureaus, id);
  return position < 0 ? undefined : state.bureaus[position];
}

export function findUnit(state: OrgState, id: string): Unit | undefined {
  const position = positionOf(state.units, id);
  return position < 0 ? undefined : state.units[position];
}

/**
 * `next` holds the same ids at the same positions as `previous` (an operation that changed fields
 * only): it shares `previous`'s index instead of building its own. Maps are never mutated.
 */
export function carryIndex<T extends { id: string }>(previous: readonly T[], next: readonly T[]): void {
  if (previous === next || previous.length !== next.length) return;
  const index = positions.get(previous);
  if (index) positions.set(next, index);
}

export function unitLookup(state: OrgState): Map<string, Unit> {
  return new Map(state.units.map((unit) => [unit.id, unit]));
}
