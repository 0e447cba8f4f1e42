// Positions of units and bureaus by id, built once per array and shared with the next state when
// an operation keeps every position. The index is the cache of whoever owns the Lookup (the
// context of one loaded file, so one session): nothing is kept between sessions. Every read is
// checked against the array.
import type { Bureau, OrgState, Unit } from '../model';

export interface Lookup {
  /** The position of `id` in `items`, or -1. */
  positionOf<T extends { id: string }>(items: readonly T[], id: string): number;
  findBureau(state: OrgState, id: string): Bureau | undefined;
  findUnit(state: OrgState, id: string): Unit | undefined;
  /**
   * `next` holds the same ids at the same positions as `previous` (an operation that changed fields
   * only): it shares `previous`'s index instead of building its own. Indexes are never mutated.
   */
  carry<T extends { id: string }>(previous: readonly T[], next: readonly T[]): void;
}

/**
 * An array is scanned this many times before it gets an index: building one costs as much as a
 * few dozen scans, and an array made by an operation that shifts positions (an abolition, a
 * merge) is often read once or twice before the next such operation replaces it (a plan of
 * hundreds of abolitions on a province played 6 times faster so).
 */
const SCANS_BEFORE_INDEX = 4;

export function createLookup(): Lookup {
  const positions = new WeakMap<readonly { id: string }[], Map<string, number>>();
  const scans = new WeakMap<readonly { id: string }[], number>();

  /** The array's index, or undefined while it is still scanned. */
  function indexOf<T extends { id: string }>(items: readonly T[]): Map<string, number> | undefined {
    let index = positions.get(items);
    if (!index) {
      const scanned = scans.get(items) ?? 0;
      if (scanned < SCANS_BEFORE_INDEX) {
        scans.set(items, scanned + 1);
        return undefined;
      }
      index = new Map();
      items.forEach((item, position) => index!.set(item.id, position));
      positions.set(items, index);
    }
    return index;
  }

  function positionOf<T extends { id: string }>(items: readonly T[], id: string): number {
    const index = indexOf(items);
    if (!index) return items.findIndex((item) => item.id === id);
    const position = index.get(id);
    return position !== undefined && items[position]?.id === id ? position : -1;
  }

  return {
    positionOf,
    findBureau(state, id) {
      const position = positionOf(state.bureaus, id);
      return position < 0 ? undefined : state.bureaus[position];
    },
    findUnit(state, id) {
      const position = positionOf(state.units, id);
      return position < 0 ? undefined : state.units[position];
    },
    carry(previous, next) {
      if (previous === next || previous.length !== next.length) return;
      const index = positions.get(previous);
      if (index) positions.set(next, index);
    },
  };
}

/** A new map of the state's units by id (to check a changed unit against the others). */
export function unitLookup(state: OrgState): Map<string, Unit> {
  return new Map(state.units.map((unit) => [unit.id, unit]));
}
