// The integer programs are solved by yalps (MIT, pure JavaScript, no eval, no WASM: it runs under
// the page's Content-Security-Policy in the worker, and in Node). It is loaded on first use only.
import type { Model, Solution } from 'yalps';
import type { Program } from './model';

export type Solve = (model: Model, options?: { maxIterations?: number }) => Solution;

/** Loads the solver (a separate chunk in the build). */
export async function loadSolver(): Promise<Solve> {
  const yalps = await import('yalps');
  return yalps.solve as Solve;
}

export interface Outcome {
  status: 'optimal' | 'infeasible' | 'suboptimal' | 'failed';
  /** the variables at 1 (binaries) or above 0 */
  values: Map<string, number>;
  result: number;
}

/** Solves `program` without the rows of `dropped` items; with `feasibility`, any solution will do. */
export function solveProgram(solve: Solve, program: Program, dropped: ReadonlySet<string> = new Set(), feasibility = false): Outcome {
  const constraints: Array<[string, { min?: number; max?: number }]> = [];
  const columns = new Map<string, Array<[string, number]>>();
  for (const v of [...program.binaries, ...program.continuous]) columns.set(v, []);
  program.rows.forEach((row, i) => {
    if (row.item !== undefined && dropped.has(row.item)) return;
    const name = `r${i}`;
    const bounds: { min?: number; max?: number } = {};
    if (row.min !== undefined) bounds.min = row.min;
    if (row.max !== undefined) bounds.max = row.max;
    constraints.push([name, bounds]);
    for (const [v, c] of row.terms) columns.get(v)!.push([name, c]);
  });
  if (!feasibility) for (const [v, c] of program.objective) columns.get(v)!.push(['objective', c]);
  const model: Model = {
    direction: 'minimize',
    ...(feasibility ? {} : { objective: 'objective' }),
    constraints,
    variables: [...columns],
    binaries: program.binaries,
  };
  const solution = solve(model, { maxIterations: 200_000 });
  const values = new Map(solution.variables);
  if (solution.status === 'optimal') return { status: 'optimal', values, result: solution.result };
  if (solution.status === 'infeasible') return { status: 'infeasible', values, result: NaN };
  if (solution.status === 'timedout' && !Number.isNaN(solution.result)) return { status: 'suboptimal', values, result: solution.result };
  return { status: 'failed', values, result: NaN };
}

/**
 * The smallest set of items found that still leaves no solution (a deletion filter: each item is
 * dropped in turn and kept out when the rest is still infeasible). Minimal: dropping any one of
 * the returned items gives a feasible program.
 */
export function conflictOf(solve: Solve, program: Program, given: ReadonlySet<string>): string[] {
  const dropped = new Set(given);
  const kept: string[] = [];
  for (const item of program.items) {
    if (dropped.has(item)) continue;
    dropped.add(item);
    if (solveProgram(solve, program, dropped, true).status !== 'infeasible') {
      dropped.delete(item);
      kept.push(item);
    }
  }
  return kept;
}
