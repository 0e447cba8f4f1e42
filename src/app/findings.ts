// Where the engine's findings point in the chart, read from their typed subjects: the view parses
// no subject and knows no rule.
import type { Violation } from '../engine';
import { type Severity, subjectText } from '../engine/rules/types';

export { subjectText };

/** What a finding names in the chart: a unit or a bureau; nothing for a duty lost everywhere. */
export function findingTarget(violation: Violation): { kind: 'unit' | 'bureau'; id: string } | undefined {
  const { subject } = violation;
  if (subject.kind === 'function') return subject.unitId === undefined ? undefined : { kind: 'unit', id: subject.unitId };
  return { kind: subject.kind, id: subject.id };
}

/** Which units and bureaus to mark in the chart, errors over warnings. */
export function marksOf(violations: readonly Violation[]): { units: Map<string, Severity>; bureaus: Map<string, Severity> } {
  const units = new Map<string, Severity>();
  const bureaus = new Map<string, Severity>();
  for (const v of violations) {
    const target = findingTarget(v);
    if (!target) continue;
    const map = target.kind === 'unit' ? units : bureaus;
    if (map.get(target.id) !== 'error') map.set(target.id, v.severity);
  }
  return { units, bureaus };
}
