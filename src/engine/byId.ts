// Reading records keyed by id. A report's `metrics.units` has no prototype in the engine, but it
// gets one on its way out of the worker (structured clone makes plain objects): there an absent
// unit called `toString` or `constructor` would read as Object.prototype's function. Read own
// properties only.
import type { Metrics, UnitMetrics } from './figures';

export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, id: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, id) ? record[id] : undefined;
}

/** The figures of one unit in a state, or undefined when the state has no such unit. */
export function unitFiguresOf(metrics: Metrics | undefined, id: string): UnitMetrics | undefined {
  return ownValue(metrics?.units, id);
}
