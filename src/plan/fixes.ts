// Fixes on every problem: for each violation, up to three changes that clear it without creating
// any new error, each a single operation where one exists (a merge of several bodies is one
// operation), tried with the engine before it is offered and shown with its effect on the
// figures. Where no single operation does it, the shortest list the solver finds for that problem
// alone is offered instead (or none, with the reason).
import { type ChangeLine, type LoadedFile, type UnitMetrics, applyOperation, describeChanges } from '../engine';
import type { Lang } from '../i18n';
import { translatePlan as translate } from '../i18n/plan';
import type { Operation, OrgState } from '../model';
import { type PlanContext, isBottom, planContext } from './context';
import { componentsOf } from './components';
import { type Judged, judge, judgeChange, problemKey, newErrors } from './evaluate';
import { buildProgram, freeze, ruleItem } from './model';
import { type Option, optionsOf } from './options';
import { freshIds, operationsOf } from './operations';
import { ruleScope } from './scope';
import { type Solve, conflictOf, solveProgram } from './solver';
import { type Target, candidatesOf, unitOfFinding } from './targets';
import type { ProblemRef } from './types';
import { itemWords, reasonOf } from './words';

export interface FixFigures {
  staff: number;
  bodies: number;
  internalBodies: number;
  leaderPosts: number;
  released: number;
  /** the units the fix touches */
  units: Record<string, UnitMetrics>;
}

export interface Fix {
  /** one operation, or (when no single one clears the problem) the shortest list found */
  operations: Operation[];
  /** the operations in words, as the change list says them */
  changes: ChangeLine[];
  before: FixFigures;
  after: FixFigures;
}

export interface ProblemFixes {
  problem: ProblemRef;
  fixes: Fix[];
  /** why there is none, when there is none */
  none?: { zh: string; en: string };
}

const MAX_FIXES = 3;

function figures(view: Judged['view'], units: readonly string[]): FixFigures {
  const out: Record<string, UnitMetrics> = Object.create(null) as Record<string, UnitMetrics>;
  for (const id of units) {
    const f = view.unitFigures.get(id);
    if (f) out[id] = f;
  }
  const { totals } = view;
  return { staff: totals.admin + totals.institutional, bodies: totals.internal + totals.institution, internalBodies: totals.internal, leaderPosts: totals.leaderPosts, released: totals.released, units: out };
}

/** Operations naming a unit change its fields; the others its bureaus' units. */
function touchedBy(state: OrgState, operations: readonly Operation[]): Set<string> {
  const units = new Set<string>();
  const unitOf = new Map(state.bureaus.map((b) => [b.id, b.unit]));
  for (const op of operations) {
    if (op.op === 'set-unit') units.add(op.unit);
    if (op.op === 'move') units.add(op.to);
    for (const id of op.op === 'merge' ? op.bureaus : op.op === 'reassign' ? [op.from, op.to] : op.op === 'abolish' ? [op.bureau, ...(op.functionsTo ? [op.functionsTo] : [])] : 'bureau' in op && typeof op.bureau === 'string' ? [op.bureau] : []) {
      const unit = unitOf.get(id);
      if (unit) units.add(unit);
    }
  }
  return units;
}

/** Single operations that might clear the problem, gentlest first. */
function singleCandidates(context: PlanContext, target: Target, fresh: (base: string) => string): Operation[] {
  const out: Array<{ operation: Operation; pref: number }> = [];
  const unit = context.units.get(target.unit);
  const fromOptions = (options: readonly Option[]) => {
    for (const o of options) {
      if (o.kind === 'keep' || o.kind === 'absorb' || o.cost !== 1) continue;
      for (const p of operationsOf(context, [o], fresh)) out.push({ operation: p.operation, pref: o.pref + (o.kind === 'move' ? 0 : 1) });
    }
  };
  for (const id of candidatesOf(context, [target])) fromOptions(optionsOf(context, context.bureaus.get(id)!));
  // merges of two or more bodies of the unit, as one operation each
  for (const host of context.byUnit.get(target.unit) ?? []) {
    const parts = (context.byUnit.get(target.unit) ?? [])
      .map((b) => optionsOf(context, b).find((o) => o.kind === 'absorb' && o.target === host.id))
      .filter((o): o is Option => o !== undefined);
    for (let k = 1; k <= parts.length; k++) for (const p of operationsOf(context, parts.slice(0, k), fresh)) out.push({ operation: p.operation, pref: 1 + k / 100 });
  }
  if (unit) out.push(...unitCandidates(context, target, unit).map((operation) => ({ operation, pref: 4 })));
  return out.sort((a, b) => a.pref - b.pref).map((c) => c.operation);
}

/** Operations on a unit's own fields, for the rules that read them. */
function unitCandidates(context: PlanContext, target: Target, unit: NonNullable<ReturnType<PlanContext['units']['get']>>): Operation[] {
  switch (target.rule as string) {
    case 'leader-cap':
      return unit.leaderPostCap === undefined ? [] : [{ op: 'set-unit', unit: unit.id, leaderPosts: unit.leaderPostCap }];
    case 'group-staffed':
      return (unit.leaderPosts ?? 0) > 0 ? [{ op: 'set-unit', unit: unit.id, leaderPosts: 0 }] : [];
    case 'rank-bottom-growth':
    case 'rank-bottom-no-cut':
    case 'rank-growth-unearned': {
      const before = context.baseline(unit.id);
      const own = unit.leaderPosts ?? 0;
      return before && own > 0 && isBottom(context, unit) ? [{ op: 'set-unit', unit: unit.id, leaderPosts: own - 1 }] : before && own > 0 ? [{ op: 'set-unit', unit: unit.id, leaderPosts: own - 1 }] : [];
    }
    case 'town-overlap': {
      const covering = context.coveredBy.get(unit.id) ?? [];
      const out: Operation[] = [{ op: 'set-unit', unit: unit.id, developedTown: false }];
      if (covering.length === 1) {
        const zone = context.units.get(covering[0]!)!;
        out.push({ op: 'set-unit', unit: zone.id, territory: (zone.territory ?? []).filter((id) => id !== unit.id) });
      }
      return out;
    }
    case 'park-parent': {
      const out: Operation[] = [];
      const parent = unit.parent === undefined ? undefined : context.units.get(unit.parent);
      if (parent?.kind === 'zone') out.push({ op: 'set-unit', unit: parent.id, partyCommittee: true });
      const led = context.state.units.find((u) => u.kind === 'zone' && u.partyCommittee === true);
      if (led) out.push({ op: 'set-unit', unit: unit.id, parent: led.id });
      return out;
    }
    default:
      return [];
  }
}

/** A duty lost in a proposal goes back to the body that held it, or to one of the same unit. */
function lostCandidates(context: PlanContext, fn: string): Operation[] {
  const out: Operation[] = [];
  for (const holder of context.loaded.baseline.bureaus.filter((b) => b.functions.includes(fn))) {
    const same = context.bureaus.get(holder.id) ?? context.byUnit.get(holder.unit)?.[0];
    if (same && !out.some((o) => o.op === 'set' && o.bureau === same.id)) out.push({ op: 'set', bureau: same.id, functions: [...same.functions, fn] });
  }
  return out;
}

export function fixesFor(loaded: LoadedFile, from: string, lang: Lang, solve: Solve | undefined, only?: readonly ProblemRef[]): ProblemFixes[] {
  const index = loaded.file.scenarios.findIndex((s) => s.id === from);
  const state = from === 'baseline' ? loaded.baseline : loaded.scenarios[index];
  if (!state) return [];
  const baseline = judge(loaded, loaded.baseline);
  const start = from === 'baseline' ? judge(loaded, state, baseline.view) : judge(loaded, state, baseline.view);
  const scope = ruleScope(loaded, state);
  const wanted = only ? new Set(only.map(problemKey)) : undefined;
  const problems = start.findings.filter((f) => !wanted || wanted.has(problemKey(f)));
  const out: ProblemFixes[] = [];
  for (const problem of problems) {
    const warnings = new Set(problem.rule === 'econ-in-town' || problem.rule === 'function-duplicate' ? [problem.rule] : []);
    const context = planContext(loaded, state, scope, (id) => baseline.view.unitFigures.get(id), warnings, { ids: [], noAbolitions: false, noHandOvers: false });
    const fresh = freshIds(context);
    const unit = problem.rule === 'function-lost' ? undefined : unitOfFinding(context, problem);
    const target = { rule: problem.rule as Target['rule'], subject: problem.subject, unit: unit ?? '' };
    const candidates = problem.rule === 'function-lost' ? lostCandidates(context, problem.subject) : unit === undefined ? [] : singleCandidates(context, target, fresh);
    const note = translate(lang, 'plan.fixNote', { reason: reasonOf(context, problem, lang) });
    const fixes: Fix[] = [];
    const seen = new Set<string>();
    for (const operation of candidates) {
      if (fixes.length >= MAX_FIXES) break;
      const fix = tryFix(loaded, start, baseline, state, [{ ...operation, note }], problem);
      const key = JSON.stringify(operation);
      if (fix && !seen.has(key)) {
        seen.add(key);
        fixes.push(fix);
      }
    }
    let none: ProblemFixes['none'];
    if (fixes.length === 0 && solve && unit !== undefined) {
      const list = shortList(context, target, solve, fresh, new Set(start.findings.map((f) => ruleItem(f.rule, f.subject))));
      const fix = 'operations' in list && list.operations.length > 0 ? tryFix(loaded, start, baseline, state, list.operations.map((op) => ({ ...op, note })), problem) : undefined;
      if (fix) fixes.push(fix);
      // the solver proved there is none: say what stands in the way
      else if ('conflict' in list) none = obstacleWords(context, problem, list.conflict);
    }
    if (fixes.length === 0) none ??= { zh: translate('zh', 'plan.noFix', {}), en: translate('en', 'plan.noFix', {}) };
    out.push({ problem: { rule: problem.rule, subject: problem.subject }, fixes, ...(none ? { none } : {}) });
  }
  return out;
}

/** The operations applied with the engine: a fix when the problem is gone and no error is new. */
function tryFix(loaded: LoadedFile, start: Judged, baseline: Judged, state: OrgState, operations: Operation[], problem: ProblemRef): Fix | undefined {
  let next = state;
  for (const operation of operations) {
    const applied = applyOperation(next, operation, loaded.context);
    if (!applied.ok) return undefined;
    next = applied.state;
  }
  const touched = touchedBy(state, operations);
  // a unit's fields are read by the rules of other units too (an office's parent, a zone's
  // territory): after such a change the whole state is judged again
  const after = next.units === state.units ? judgeChange(loaded, start, next, touched, baseline.view) : judge(loaded, next, baseline.view);
  if (after.findings.some((f) => problemKey(f) === problemKey(problem))) return undefined;
  if (newErrors(start.findings, after.findings).length > 0) return undefined;
  const units = [...touched];
  return { operations, changes: describeChanges(state, operations, loaded.context), before: figures(start.view, units), after: figures(after.view, units) };
}

/** Why the problem cannot be cleared: the rules that stand in its way, or that no change the planner makes can. */
function obstacleWords(context: PlanContext, problem: ProblemRef, conflict: readonly string[]): { zh: string; en: string } {
  const words = (lang: Lang) =>
    translate(lang, 'plan.obstacle', { problems: [itemWords(context, ruleItem(problem.rule, problem.subject), lang)], conflict: conflict.map((item) => itemWords(context, item, lang)) });
  return { zh: words('zh'), en: words('en') };
}

/**
 * The fewest operations the solver finds for this one problem; or, when there is no such list, the
 * smallest set of other rules found that leaves none (empty: no change the planner can make clears it).
 */
function shortList(context: PlanContext, target: Target, solve: Solve, fresh: (base: string) => string, present: ReadonlySet<string>): { operations: Operation[] } | { conflict: string[] } {
  const components = componentsOf(context, candidatesOf(context, [target]));
  const chosen: Option[] = [];
  for (const component of components) {
    const program = buildProgram(context, component, 'fewest-changes');
    // only this problem must be cleared: the others of the unit may stay as they are
    const staying = program.items.filter((item) => present.has(item) && item !== ruleItem(target.rule, target.subject));
    for (const item of staying) {
      const [, rule, subject = ''] = item.split(':');
      if (rule === 'social-in-zone' || rule === 'econ-in-town') freeze(program, subject);
    }
    const outcome = solveProgram(solve, program, new Set(staying));
    if (outcome.status === 'infeasible') {
      const own = ruleItem(target.rule, target.subject);
      return { conflict: conflictOf(solve, program, new Set(staying)).filter((item) => item !== own) };
    }
    if (outcome.status !== 'optimal' && outcome.status !== 'suboptimal') return { operations: [] };
    chosen.push(...program.binaries.filter((v) => (outcome.values.get(v) ?? 0) > 0.5).map((v) => program.choice.get(v)!));
  }
  return { operations: operationsOf(context, chosen, fresh).map((p) => p.operation) };
}
