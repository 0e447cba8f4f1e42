// The engine's judgement of a state, whole or after a change to a few units. A plan is never
// judged by the planner's own arithmetic: every fix and every suggestion is applied with the
// engine and its rules are read back (SPEC §7: a unit's rules read only its own bureaus and
// figures, so after a change only the units it touched are checked again, as the engine does
// after a move).
import { type Finding, type LoadedFile, findingsOf, subjectText, viewState } from '../engine';
import { metricsOf, totalsAfter, unitFigures } from '../engine/figures';
import { functionLost } from '../engine/rules/comparison';
import { type RuleInput, type StateView, unitFindings } from '../engine/rules';
import { functionsCarriedBy } from '../engine/view';
import type { Bureau, OrgState, Unit } from '../model';
import type { ProblemRef } from './types';

/** A finding as the planner reads it: its subject as SPEC §7 writes it (`unitId/functionId` …). */
export type PlanFinding = Omit<Finding, 'subject'> & { subject: string };

const planFinding = (finding: Finding): PlanFinding => ({ ...finding, subject: subjectText(finding.subject) });

export interface Judged {
  view: StateView;
  findings: PlanFinding[];
  byUnit: Map<string, PlanFinding[]>;
}

export function judge(loaded: LoadedFile, state: OrgState, baseline?: StateView): Judged {
  const view = viewState(state);
  const byUnit = new Map<string, Finding[]>();
  const findings = findingsOf(loaded, view, baseline, byUnit);
  return { view, findings: findings.map(planFinding), byUnit: new Map([...byUnit].map(([id, list]) => [id, list.map(planFinding)])) };
}

export const problemKey = (p: ProblemRef) => `${p.rule}\u0000${p.subject}`;

/** The findings of `next`, a state made from `start`'s by operations that touched only `touched` units' bureaus (and any units' fields). */
export function judgeChange(loaded: LoadedFile, start: Judged, next: OrgState, touched: ReadonlySet<string>, baseline?: StateView): { view: StateView; findings: PlanFinding[] } {
  const before = start.view;
  const units = next.units === before.state.units ? before.units : new Map<string, Unit>(next.units.map((u) => [u.id, u]));
  const lists = new Map<string, Bureau[]>();
  for (const id of touched) lists.set(id, []);
  for (const bureau of next.bureaus) lists.get(bureau.unit)?.push(bureau);
  const figures = new Map([...lists].filter(([id]) => units.has(id)).map(([id, list]) => [id, unitFigures(units.get(id)!, list)]));
  const unitFiguresMap = before.unitFigures.with(figures);
  const current: StateView = {
    state: next,
    metrics: metricsOf(totalsAfter(before.totals, before.state, next, loaded.context.lookup), unitFiguresMap, next.units),
    totals: totalsAfter(before.totals, before.state, next, loaded.context.lookup),
    unitFigures: unitFiguresMap,
    units,
    bureausByUnit: before.bureausByUnit.with(new Map<string, readonly Bureau[]>(lists)),
    coveredBy: before.coveredBy,
    functionsCarried: functionsCarriedBy(next),
  };
  const input: RuleInput = { current, baseline, functions: loaded.context.functions, settings: loaded.settings };
  const found: PlanFinding[] = [];
  for (const [id, list] of start.byUnit) if (!touched.has(id)) found.push(...list);
  for (const id of touched) {
    const unit = units.get(id);
    if (unit) found.push(...unitFindings(input, unit).map(planFinding));
  }
  found.push(...functionLost(input).map(planFinding));
  return { view: current, findings: found };
}

/** Errors (and findings of the `also` rules) in `after` that `before` did not have (by rule and subject). */
export function newErrors(before: readonly ProblemRef[], after: readonly PlanFinding[], also: ReadonlySet<string> = new Set()): ProblemRef[] {
  const had = new Set(before.map(problemKey));
  return after.filter((f) => (f.severity === 'error' || also.has(f.rule)) && !had.has(problemKey(f))).map((f) => ({ rule: f.rule, subject: f.subject }));
}
