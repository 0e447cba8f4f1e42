// The suggested plan against the engine and against brute force. On small generated files every
// plan of the planner's space (each candidate bureau takes one of its options, heirs, hosts and
// receivers stay as they are) is built, replayed with the engine and judged by the engine's
// rules; the solver's answer must be as good as the best of them, and must say "cannot" exactly
// when none of them clears every targeted problem.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Finding, type LoadedFile, findingsOf, playOperations, subjectText, viewState } from '../../src/engine';
import type { Operation, OrgState } from '../../src/model';
import { planContext } from '../../src/plan/context';
import { type Option, optionsOf } from '../../src/plan/options';
import { freshIds, operationsOf } from '../../src/plan/operations';
import { ruleScope } from '../../src/plan/scope';
import { loadSolver } from '../../src/plan/solver';
import { suggestPlan } from '../../src/plan/suggest';
import { candidatesOf, targetsOf } from '../../src/plan/targets';
import type { Locks, Objective, SuggestRequest } from '../../src/plan/types';
import { planFileArb } from './planFiles';
import { loadedOf } from './support';

const key = (f: { rule: string; subject: string }) => `${f.rule} ${f.subject}`;
/** A finding with its subject as SPEC §7 writes it, as the planner names problems. */
const spoken = (f: Finding) => ({ ...f, subject: subjectText(f.subject) });

function judged(loaded: LoadedFile, state: OrgState) {
  return findingsOf(loaded, viewState(state), viewState(loaded.baseline)).map(spoken);
}

/** Whether the operations touch what the locks protect (read from the operations themselves). */
function breaksLocks(state: OrgState, operations: readonly Operation[], locks: Locks): boolean {
  const unitOf = new Map(state.bureaus.map((b) => [b.id, b.unit]));
  const platform = new Set(state.units.filter((u) => u.kind === 'platform').map((u) => u.id));
  for (const op of operations) {
    if (op.op === 'abolish' && locks.noAbolitions) return true;
    if (op.op === 'move' && platform.has(op.to) && locks.noHandOvers) return true;
    const bureaus =
      op.op === 'move' ? [op.bureau] : op.op === 'merge' ? op.bureaus : op.op === 'abolish' ? [op.bureau, ...(op.functionsTo ? [op.functionsTo] : [])] : op.op === 'reassign' ? [op.from, op.to] : op.op === 'set' ? [op.bureau] : [];
    const units = [...bureaus.map((id) => unitOf.get(id)), ...(op.op === 'move' ? [op.to] : []), ...(op.op === 'set-unit' ? [op.unit] : [])];
    if (bureaus.some((id) => locks.ids.includes(id)) || units.some((id) => id !== undefined && locks.ids.includes(id))) return true;
  }
  return false;
}

/** A warning the request asks to clear: the plan may not create one either. */
const asked = (request: SuggestRequest, rule: string) => (request.warnings as string[]).includes(rule);

interface Best {
  changes: number;
  staff: number;
}

/** Every plan of the space, judged by the engine: the fewest changes and the most staff saved among those that clear every target and add no error. */
function bruteForce(loaded: LoadedFile, request: SuggestRequest): { fewest?: Best; most?: Best; plans: number } {
  const start = loaded.baseline;
  const baseline = viewState(start);
  const before = findingsOf(loaded, baseline, baseline).map(spoken);
  const context = planContext(loaded, start, ruleScope(loaded, start), (id) => baseline.unitFigures.get(id), new Set(request.warnings), request.locks);
  const targets = new Set(targetsOf(context, before).map(key));
  const had = new Set(before.filter((f) => f.severity === 'error' || asked(request, f.rule)).map(key));
  const candidates = candidatesOf(context, targetsOf(context, before)).map((id) => optionsOf(context, context.bureaus.get(id)!));
  let fewest: Best | undefined;
  let most: Best | undefined;
  let plans = 0;
  const chosen: Option[] = [];
  const walk = (i: number) => {
    if (i === candidates.length) {
      const keeps = new Set(chosen.filter((o) => o.kind === 'keep').map((o) => o.bureau));
      const isCandidate = (id: string) => candidates.some((c) => c[0]!.bureau === id);
      if (chosen.some((o) => o.gifts.some((g) => isCandidate(g.to) && !keeps.has(g.to)))) return;
      const operations = operationsOf(context, chosen, freshIds(context)).map((p) => p.operation);
      if (breaksLocks(start, operations, request.locks)) return;
      const played = playOperations(start, operations, loaded.context);
      if (!played.ok) return;
      plans++;
      const after = judged(loaded, played.state);
      if (after.some((f) => targets.has(key(f)))) return;
      if (after.some((f) => (f.severity === 'error' || asked(request, f.rule)) && !had.has(key(f)))) return;
      const metrics = viewState(played.state).metrics;
      const plan = { changes: operations.length, staff: baseline.metrics.staff.total - metrics.staff.total };
      if (!fewest || plan.changes < fewest.changes) fewest = plan;
      if (!most || plan.staff > most.staff) most = plan;
      return;
    }
    for (const o of candidates[i]!) {
      chosen.push(o);
      walk(i + 1);
      chosen.pop();
    }
  };
  const size = candidates.reduce((n, c) => n * c.length, 1);
  if (size > 6000) return { plans: -1 };
  walk(0);
  return { fewest, most, plans };
}

const requestArb = (ids: string[]) =>
  fc.record({
    objective: fc.constantFrom<Objective>('fewest-changes', 'most-staff-saved'),
    lock: fc.option(fc.constantFrom(...ids), { nil: undefined, freq: 3 }),
    noAbolitions: fc.boolean(),
    noHandOvers: fc.boolean(),
    warnings: fc.subarray(['econ-in-town', 'function-duplicate'] as const),
  });

const casesArb = planFileArb.chain((file) =>
  requestArb([...file.units.map((u) => u.id), ...file.bureaus.map((b) => b.id)]).map((r) => ({
    file,
    request: {
      from: 'baseline',
      objective: r.objective,
      locks: { ids: r.lock === undefined ? [] : [r.lock], noAbolitions: r.noAbolitions, noHandOvers: r.noHandOvers },
      warnings: [...r.warnings],
    } satisfies SuggestRequest,
  })),
);

describe('a suggested plan', () => {
  it('replayed by the engine, clears what it claims, adds no error, respects every lock, and is as good as the best plan brute force finds (or, when it cannot clear something, brute force cannot either)', async () => {
    const solve = await loadSolver();
    const compared = { total: 0, infeasible: 0 };
    await fc.assert(
      fc.asyncProperty(casesArb, async ({ file, request }) => {
        const loaded = loadedOf(file);
        const answer = await suggestPlan(loaded, { ...request, lang: 'en' }, solve);
        expect(answer.ok).toBe(true);
        if (!answer.ok) return;
        const { result } = answer;
        // replayed by the engine, independently of what the planner says about it
        const scenario = result.scenario;
        const played = playOperations(loaded.baseline, scenario.operations, loaded.context);
        expect(played.ok).toBe(true);
        if (!played.ok) return;
        const before = judged(loaded, loaded.baseline);
        const after = judged(loaded, played.state);
        const had = new Set(before.filter((f) => f.severity === 'error' || asked(request, f.rule)).map(key));
        expect(after.filter((f) => (f.severity === 'error' || asked(request, f.rule)) && !had.has(key(f))).map(key)).toEqual([]);
        const explained = new Set(result.obstacles.flatMap((o) => o.problems.map(key)));
        const left = result.targeted.filter((t) => after.some((f) => key(f) === key(t)));
        expect(left.map(key)).toEqual(result.remaining.map(key));
        for (const problem of left) expect(explained.has(key(problem))).toBe(true);
        expect(result.status).toBe(left.length === 0 ? 'cleared' : 'partly');
        expect(breaksLocks(loaded.baseline, scenario.operations, request.locks)).toBe(false);
        for (const op of scenario.operations) expect(op.note ?? '').not.toBe('');

        const brute = bruteForce(loaded, request);
        if (brute.plans < 0 || !result.stats.optimal) return;
        compared.total++;
        if (result.status !== 'cleared') compared.infeasible++;
        expect(result.status === 'cleared').toBe(brute.fewest !== undefined);
        if (result.status !== 'cleared') return;
        if (request.objective === 'fewest-changes') expect(result.objective.changes).toBe(brute.fewest!.changes);
        else expect(result.objective.staffSaved).toBe(brute.most!.staff);
      }),
      { seed: 1501, numRuns: 150 },
    );
    // the comparison with brute force must have been made often, on both outcomes
    expect(compared.total).toBeGreaterThan(100);
    expect(compared.infeasible).toBeGreaterThan(5);
  }, 120_000);
});
