// "Suggest a compliant plan": the targeted problems, the bureaus that may change, one integer
// program per independent component, solved exactly; when a component has no solution, the
// smallest conflicting set of rules and locks is found and the problem it blocks is given up, so
// that the rest is still cleared. The plan is then replayed through the engine, and only what the
// engine confirms is claimed; should the engine still report a problem the program meant to
// clear, that choice is cut off and the component solved again.
import { type LoadedFile, computeSavings, describeChanges, playOperations } from '../engine';
import type { Lang } from '../i18n';
import { translatePlan as translate } from '../i18n/plan';
import type { Operation, OrgState } from '../model';
import { type PlanContext, planContext } from './context';
import { componentsOf } from './components';
import { judge, newErrors, problemKey } from './evaluate';
import { type Component, type Program, buildProgram, freeze, lockItem, ruleItem } from './model';
import { type Option } from './options';
import { freshIds, operationsOf } from './operations';
import { ruleScope } from './scope';
import { type Solve, conflictOf, solveProgram } from './solver';
import { type Target, candidatesOf, targetsOf, unitOfFinding } from './targets';
import type { Obstacle, ProblemRef, ProgressReport, SuggestRequest, SuggestResult, SuggestedOperation } from './types';
import { itemWords, reasonOf } from './words';

export interface SuggestOptions extends SuggestRequest {
  lang: Lang;
}

export type SuggestAnswer = { ok: true; result: SuggestResult } | { ok: false; message: { zh: string; en: string }; cancelled?: true };

/** How many times a component is solved again after the engine disagreed with its plan. */
const ENGINE_ROUNDS = 3;

interface Solved {
  chosen: Option[];
  givenUp: Set<string>;
  obstacles: Array<{ items: string[]; problems: ProblemRef[] }>;
  optimal: boolean;
  programs: number;
}

function solveComponent(solve: Solve, program: Program, targetItems: ReadonlyMap<string, ProblemRef>): Solved {
  const givenUp = new Set<string>();
  const obstacles: Solved['obstacles'] = [];
  let programs = 0;
  for (;;) {
    programs++;
    const outcome = solveProgram(solve, program, givenUp);
    if (outcome.status === 'optimal' || outcome.status === 'suboptimal') {
      const chosen = program.binaries.filter((v) => (outcome.values.get(v) ?? 0) > 0.5).map((v) => program.choice.get(v)!);
      return { chosen, givenUp, obstacles, optimal: outcome.status === 'optimal', programs };
    }
    const conflict = conflictOf(solve, program, givenUp);
    programs += program.items.length;
    // give up one targeted problem of the conflict (the last named), and solve the rest again
    const blocked = [...conflict].reverse().find((item) => targetItems.has(item)) ?? conflict.find((item) => item.startsWith('rule:'));
    if (blocked === undefined) return { chosen: [], givenUp, obstacles, optimal: false, programs };
    givenUp.add(blocked);
    const problem = targetItems.get(blocked);
    // a bureau whose problem stays is left as it is: merged or given duties, it would carry the
    // same problem under a new name, and the engine would rightly call that a new error
    if (problem && (problem.rule === 'social-in-zone' || problem.rule === 'econ-in-town')) freeze(program, problem.subject);
    obstacles.push({ items: conflict.filter((item) => item !== blocked), problems: problem ? [problem] : [] });
  }
}

/** The state the suggestion starts from and the operations that lead there. */
function startOf(loaded: LoadedFile, from: string): { state: OrgState; operations: Operation[]; name?: string } | undefined {
  if (from === 'baseline') return { state: loaded.baseline, operations: [] };
  const index = loaded.file.scenarios.findIndex((s) => s.id === from);
  if (index < 0) return undefined;
  const scenario = loaded.file.scenarios[index]!;
  return { state: loaded.scenarios[index]!, operations: scenario.operations, name: scenario.name };
}

function uniqueScenarioId(loaded: LoadedFile): string {
  const used = new Set(loaded.file.scenarios.map((s) => s.id));
  for (let n = 1; ; n++) {
    const id = n === 1 ? 'suggested' : `suggested-${n}`;
    if (!used.has(id)) return id;
  }
}

// Long: the steps of one suggestion (targets, components, solving, replay with the engine, what is left) share its state.
export async function suggestPlan(loaded: LoadedFile, request: SuggestOptions, solve: Solve, progress?: ProgressReport): Promise<SuggestAnswer> {
  const start = startOf(loaded, request.from);
  if (!start) return { ok: false, message: { zh: translate('zh', 'plan.noScenario', { id: request.from, known: loaded.file.scenarios.map((s) => s.id) }), en: translate('en', 'plan.noScenario', { id: request.from, known: loaded.file.scenarios.map((s) => s.id) }) } };
  const baseline = judge(loaded, loaded.baseline);
  const before = judge(loaded, start.state, baseline.view);
  const scope = ruleScope(loaded, start.state);
  const context = planContext(loaded, start.state, scope, (id) => baseline.view.unitFigures.get(id), new Set(request.warnings), request.locks);
  const targets = targetsOf(context, before.findings);
  const targetItems = new Map<string, Target>(targets.map((t) => [ruleItem(t.rule, t.subject), t]));
  const components = componentsOf(context, candidatesOf(context, targets));
  const cuts = new Map<Component, Array<ReadonlySet<string>>>();
  const solved = new Map<Component, Solved>();
  const total = components.length;
  let programs = 0;
  // cancelled: nothing more is done (a replay of a partial plan on a province takes a while) and no plan is given
  const cancelled: SuggestAnswer = { ok: false, cancelled: true, message: { zh: translate('zh', 'plan.cancelled', {}), en: translate('en', 'plan.cancelled', {}) } };
  // the count is known before the first program is solved: the page can show it at once
  if (progress && (await progress({ done: 0, total })) === false) return cancelled;

  const solveOne = (component: Component): Solved => {
    const program = buildProgram(context, component, request.objective);
    for (const cut of cuts.get(component) ?? []) {
      // this exact choice was refused by the engine: at least one variable must differ
      const terms = new Map(program.binaries.map((v) => [v, cut.has(v) ? -1 : 1]));
      program.rows.push({ terms, min: 1 - cut.size });
    }
    const result = solveComponent(solve, program, targetItems);
    programs += result.programs;
    return result;
  };

  for (let i = 0; i < components.length; i++) {
    solved.set(components[i]!, solveOne(components[i]!));
    if (progress && (await progress({ done: i + 1, total })) === false) return cancelled;
  }

  // group teams: a group with its own leader posts, where the engine counts them against it
  const groupOps: Array<{ operation: Operation; problem: ProblemRef }> = [];
  const groupObstacles: Obstacle[] = [];
  for (const target of targets) {
    if (target.rule !== 'group-staffed') continue;
    const group = context.units.get(target.subject);
    if (!group || !scope.groupPosts.has(group.id) || (group.leaderPosts ?? 0) === 0) continue;
    if (request.locks.ids.includes(group.id)) {
      const words = { zh: translate('zh', 'plan.groupLocked', { unit: group.name }), en: translate('en', 'plan.groupLocked', { unit: group.name }) };
      groupObstacles.push({ problems: [target], conflict: [lockItem(group.id)], message: words });
    } else groupOps.push({ operation: { op: 'set-unit', unit: group.id, leaderPosts: 0 }, problem: target });
  }

  let rounds = 0;
  for (;;) {
    const built = assemble(context, components, solved, groupOps, targets, request.lang);
    const played = playOperations(start.state, built.operations.map((p) => p.operation), loaded.context);
    if (!played.ok) return { ok: false, message: played.refusals[0]!.message };
    const after = judge(loaded, played.state, baseline.view);
    const present = new Set(after.findings.map(problemKey));
    const remaining = targets.filter((t) => present.has(problemKey(t))).map(({ rule, subject }) => ({ rule, subject }));
    const created = newErrors(before.findings, after.findings, new Set(request.warnings));
    const givenUp = new Set([...solved.values()].flatMap((s) => [...s.givenUp]));
    const unexpected = [...remaining.filter((p) => !givenUp.has(ruleItem(p.rule, p.subject))), ...created];
    const blamed = unexpected.length > 0 && rounds < ENGINE_ROUNDS ? blamedFor(context, components, unexpected, played.state) : new Set<Component>();
    if (blamed.size > 0) {
      rounds++;
      // cut off the choice of each component the engine disagrees with, and solve it again
      for (const component of blamed) {
        const program = buildProgram(context, component, request.objective);
        const chosen = solved.get(component)!.chosen;
        const vars = new Set(program.binaries.filter((v) => sameOption(chosen, program.choice.get(v)!)));
        cuts.set(component, [...(cuts.get(component) ?? []), vars]);
        solved.set(component, solveOne(component));
      }
      continue;
    }
    const obstacles: Obstacle[] = [...groupObstacles];
    for (const s of solved.values()) {
      for (const o of s.obstacles) {
        const problems = o.problems.map((p) => reasonWords(context, p, 'zh'));
        const conflict = (lang: Lang) => o.items.map((item) => itemWords(context, item, lang));
        obstacles.push({
          problems: o.problems.map(({ rule, subject }) => ({ rule, subject })),
          conflict: o.items,
          message: {
            zh: translate('zh', 'plan.obstacle', { problems, conflict: conflict('zh') }),
            en: translate('en', 'plan.obstacle', { problems: o.problems.map((p) => reasonWords(context, p, 'en')), conflict: conflict('en') }),
          },
        });
      }
    }
    const explained = new Set(obstacles.flatMap((o) => o.problems.map(problemKey)));
    for (const problem of [...remaining.filter((p) => !explained.has(problemKey(p))), ...created]) {
      const text = (lang: Lang) => translate(lang, 'plan.unexplained', { problem: reasonWords(context, problem, lang) });
      obstacles.push({ problems: [problem], conflict: [], message: { zh: text('zh'), en: text('en') } });
    }
    const operations = [...start.operations, ...built.operations.map((p) => p.operation)];
    // each change in words, from the state it meets (one more replay, on the final plan only)
    const changes = describeChanges(start.state, built.operations.map((p) => p.operation), loaded.context);
    const fromWords = request.from === 'baseline' ? translate(request.lang, 'plan.from.baseline', {}) : translate(request.lang, 'plan.from.scenario', { name: start.name ?? request.from });
    const staffSaved = before.view.metrics.staff.total - after.view.metrics.staff.total;
    return {
      ok: true,
      result: {
        status: remaining.length === 0 && created.length === 0 ? 'cleared' : 'partly',
        scenario: {
          id: uniqueScenarioId(loaded),
          name: translate(request.lang, 'plan.scenarioName', { objective: request.objective }),
          notes: translate(request.lang, 'plan.scenarioNotes', { from: fromWords, changes: built.operations.length }),
          operations,
        },
        plan: built.operations.map((p, i) => ({ operation: p.operation, change: changes[i]!, fixes: p.fixes })),
        targeted: targets.map(({ rule, subject }) => ({ rule, subject })),
        remaining,
        newErrors: created,
        obstacles,
        objective: { changes: built.operations.length, staffSaved },
        metrics: after.view.metrics,
        savings: computeSavings(baseline.view.metrics, after.view.metrics),
        stats: { components: components.length, programs, optimal: [...solved.values()].every((s) => s.optimal) },
      },
    };
  }
}

/** The components whose units hold a problem the engine still reports. */
function blamedFor(context: PlanContext, components: readonly Component[], problems: readonly ProblemRef[], state: OrgState): Set<Component> {
  const stateUnits = new Map(state.bureaus.map((b) => [b.id, b.unit]));
  const blamed = new Set<Component>();
  for (const problem of problems) {
    const unit = unitOfFinding(context, problem) ?? stateUnits.get(problem.subject) ?? problem.subject;
    for (const component of components) if (component.units.includes(unit) || component.bureaus.some((c) => c.bureau.unit === unit)) blamed.add(component);
  }
  return blamed;
}

/** The same option of a program built again (options are made afresh each time, so compare by what they say). */
function sameOption(chosen: readonly Option[], option: Option): boolean {
  for (const c of chosen) if (c.bureau === option.bureau && c.kind === option.kind && c.target === option.target && JSON.stringify(c.gifts) === JSON.stringify(option.gifts)) return true;
  return false;
}

/** A problem named by its rule and what it is about: `econ-ratio（青阳工业园管理委员会）`. */
function reasonWords(context: PlanContext, problem: ProblemRef, lang: Lang): string {
  return itemWords(context, ruleItem(problem.rule, problem.subject), lang);
}

/** Every component's chosen options as operations, each with its note and the problems it is there for. */
function assemble(
  context: Parameters<typeof operationsOf>[0],
  components: readonly Component[],
  solved: ReadonlyMap<Component, Solved>,
  groupOps: ReadonlyArray<{ operation: Operation; problem: ProblemRef }>,
  targets: readonly Target[],
  lang: Lang,
): { operations: Array<Omit<SuggestedOperation, 'change'>> } {
  const chosen = components.flatMap((c) => solved.get(c)?.chosen ?? []);
  const planned = operationsOf(context, chosen, freshIds(context));
  const out: Array<Omit<SuggestedOperation, 'change'>> = [];
  for (const p of planned) {
    const fixes = targets
      .filter((t) => {
        if (t.rule === 'social-in-zone' || t.rule === 'econ-in-town') return p.bureaus.includes(t.subject);
        if (t.rule === 'function-duplicate') {
          const fn = t.subject.slice(t.subject.indexOf('/') + 1);
          return p.units.includes(t.unit) && p.bureaus.some((id) => context.bureaus.get(id)?.functions.includes(fn));
        }
        return p.units.includes(t.unit);
      })
      .map(({ rule, subject }) => ({ rule, subject }));
    const reasons = fixes.map((f) => reasonOf(context, f, lang));
    if (reasons.length === 0) {
      const gone = p.operation.op === 'abolish' || p.operation.op === 'move' ? context.bureaus.get(p.bureaus[0]!) : undefined;
      reasons.push(translate(lang, 'plan.why.staff', { staff: gone ? gone.staff.admin + gone.staff.institutional : 0 }));
    }
    out.push({ operation: { ...p.operation, note: translate(lang, 'plan.note', { reasons }) }, fixes });
  }
  for (const g of groupOps) out.push({ operation: { ...g.operation, note: translate(lang, 'plan.note', { reasons: [reasonOf(context, g.problem, lang)] }) }, fixes: [g.problem] });
  return { operations: out };
}
