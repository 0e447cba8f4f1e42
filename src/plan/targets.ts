// What a suggestion must clear (the engine's findings at the start, of the rules it acts on), and
// which bureaus it may change to do so: every bureau of a unit with such a problem, and the
// economic bodies of the towns and streets a zone with too small an economic share may take in.
import type { PlanFinding } from './evaluate';
import type { PlanContext } from './context';
import { PLAN_ERRORS, type PlanRule, type ProblemRef } from './types';

export interface Target extends ProblemRef {
  rule: PlanRule;
  /** the unit the problem is in */
  unit: string;
}

/** The unit a finding is about: its subject, or the unit of the bureau it names, or the unit before the `/`. */
export function unitOfFinding(context: PlanContext, finding: { rule: string; subject: string }): string | undefined {
  if (finding.rule === 'social-in-zone' || finding.rule === 'econ-in-town') return context.bureaus.get(finding.subject)?.unit;
  if (finding.rule === 'function-duplicate') return finding.subject.slice(0, finding.subject.indexOf('/'));
  return context.units.has(finding.subject) ? finding.subject : undefined;
}

export function targetsOf(context: PlanContext, findings: readonly PlanFinding[]): Target[] {
  const rules = new Set<string>([...PLAN_ERRORS, ...context.warnings]);
  const targets: Target[] = [];
  for (const finding of findings) {
    if (!rules.has(finding.rule)) continue;
    if (finding.severity === 'warning' && !context.warnings.has(finding.rule as PlanRule)) continue;
    const unit = unitOfFinding(context, finding);
    if (unit !== undefined) targets.push({ rule: finding.rule as PlanRule, subject: finding.subject, unit });
  }
  return targets;
}

/** The bureaus the plan may change, in the state's order. */
export function candidatesOf(context: PlanContext, targets: readonly Target[]): string[] {
  const units = new Set<string>();
  const chosen = new Set<string>();
  for (const target of targets) {
    if (target.rule === 'econ-in-town') chosen.add(target.subject);
    else units.add(target.unit);
    if (target.rule === 'econ-ratio') {
      // the economic bodies of its territory that may come in
      for (const [local, covering] of context.coveredBy) if (covering.includes(target.unit)) for (const b of context.byUnit.get(local) ?? []) if (b.category === 'economic') chosen.add(b.id);
    }
  }
  return context.state.bureaus.filter((b) => units.has(b.unit) || chosen.has(b.id)).map((b) => b.id);
}
