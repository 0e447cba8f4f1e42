// The planning assistant: a suggested plan (every targeted error of today's organisation, fewest
// changes) for a district of about 500 bureaus and a province of 20,000, each beside one full
// evaluation of the same file. Part of `npm run bench` (bench.ts). Goals: ≤ 1 s and ≤ 20 s.
import { findingsOf, loadParsedFile, viewState } from '../../src/engine';
import { generateProvince } from '../../src/generate/province';
import { loadSolver } from '../../src/plan/solver';
import { suggestPlan } from '../../src/plan/suggest';
import { round } from './measure';

export interface PlanRow {
  bureaus: number;
  suggestMs: number;
  evaluateMs: number;
  changes: number;
  cleared: string;
  components: number;
}

const SIZES = [500, 20_000];

export async function measurePlan(): Promise<PlanRow[]> {
  const solve = await loadSolver();
  const rows: PlanRow[] = [];
  for (const size of SIZES) {
    // the file `npm run generate -- --bureaus N --seed 7` writes
    const loaded = loadParsedFile(generateProvince({ bureaus: size, seed: 7, scenarios: 3, operations: 200 }));
    if (!loaded.ok) throw new Error('generated file is invalid');
    const evaluate = () => {
      const view = viewState(loaded.loaded.baseline);
      return findingsOf(loaded.loaded, view, view);
    };
    evaluate();
    let start = performance.now();
    evaluate();
    const evaluateMs = performance.now() - start;
    const request = { from: 'baseline', objective: 'fewest-changes' as const, locks: { ids: [], noAbolitions: false, noHandOvers: false }, warnings: [], lang: 'zh' as const };
    start = performance.now();
    const answer = await suggestPlan(loaded.loaded, request, solve);
    const suggestMs = performance.now() - start;
    if (!answer.ok) throw new Error('the suggestion failed');
    const { result } = answer;
    rows.push({
      bureaus: size,
      suggestMs: round(suggestMs, 1),
      evaluateMs: round(evaluateMs, 2),
      changes: result.plan.length,
      cleared: `${result.targeted.length - result.remaining.length}/${result.targeted.length}`,
      components: result.stats.components,
    });
  }
  return rows;
}

export function printPlan(rows: readonly PlanRow[]): void {
  console.log('planning assistant (suggest a plan from today, fewest changes; file of npm run generate --seed 7)');
  console.log('bureaus   suggest ms   one evaluation ms   suggest ÷ evaluation   zones solved   changes   errors cleared   goal');
  for (const r of rows) {
    const goal = r.bureaus <= 1000 ? '≤ 1000 ms' : '≤ 20000 ms';
    const cells = [r.bureaus, r.suggestMs, r.evaluateMs, (r.suggestMs / r.evaluateMs).toFixed(1), r.components, r.changes, r.cleared, goal];
    console.log(cells.map((c, i) => String(c).padStart([7, 12, 19, 22, 14, 9, 16, 11][i]!)).join(' '));
  }
}
