// What the page pays for a suggestion beyond the solving itself (part of `npm run bench`): the
// suggestion asked of the engine API through comlink with a progress callback, as the page asks
// its worker (structured clones both ways, a round trip for each report), beside the planner
// called in place; then adding it as a proposal: the engine takes the file again (what the
// worker does on `file`), and the page plays the new proposal's operations to draw it.
import { expose, proxy, wrap } from 'comlink';
import { baselineOf, contextOf, loadParsedFile, playOperations } from '../../src/engine';
import { generateProvince } from '../../src/generate/province';
import { serialiseScenarioFile } from '../../src/model';
import { loadSolver } from '../../src/plan/solver';
import { suggestPlan } from '../../src/plan/suggest';
import type { Objective, SuggestRequest } from '../../src/plan/types';
import { createEngineApi } from '../../workers/api';
import { round } from './measure';

export interface PlanUiRow {
  bureaus: number;
  objective: Objective;
  changes: number;
  inPlaceMs: number;
  throughWorkerMs: number;
  reports: number;
  addMs: number;
  drawMs: number;
}

const CASES: Array<[number, Objective]> = [
  [500, 'fewest-changes'],
  [20_000, 'fewest-changes'],
  [20_000, 'most-staff-saved'],
];

export async function measurePlanUi(): Promise<PlanUiRow[]> {
  const solve = await loadSolver();
  const rows: PlanUiRow[] = [];
  for (const [bureaus, objective] of CASES) {
    const file = generateProvince({ bureaus, seed: 7, scenarios: 3, operations: 200 });
    const loaded = loadParsedFile(file);
    if (!loaded.ok) throw new Error('generated file is invalid');
    const request: SuggestRequest = { from: 'baseline', objective, locks: { ids: [], noAbolitions: false, noHandOvers: false }, warnings: [] };
    let start = performance.now();
    const direct = await suggestPlan(loaded.loaded, { ...request, lang: 'zh' }, solve);
    const inPlaceMs = performance.now() - start;
    if (!direct.ok) throw new Error('the suggestion failed');

    const channel = new MessageChannel();
    expose(createEngineApi('bench'), channel.port1);
    const api = wrap<ReturnType<typeof createEngineApi>>(channel.port2);
    await api.open(serialiseScenarioFile(file), 'zh');
    await api.fixes('baseline', 'zh', []); // the solver loaded, as after a first use
    let reports = 0;
    start = performance.now();
    const answer = await api.suggest(request, 'zh', proxy(() => void reports++));
    const throughWorkerMs = performance.now() - start;
    if (!answer.ok) throw new Error('the suggestion failed');

    const { scenario } = answer.result;
    const withPlan = { ...file, scenarios: [...file.scenarios, scenario] };
    start = performance.now();
    await api.openFile(withPlan, 'zh');
    const addMs = performance.now() - start;
    start = performance.now();
    playOperations(baselineOf(withPlan), scenario.operations, contextOf(withPlan));
    const drawMs = performance.now() - start;
    channel.port1.close();
    channel.port2.close();
    rows.push({ bureaus, objective, changes: answer.result.plan.length, inPlaceMs: round(inPlaceMs, 1), throughWorkerMs: round(throughWorkerMs, 1), reports, addMs: round(addMs, 1), drawMs: round(drawMs, 1) });
  }
  return rows;
}

export function printPlanUi(rows: readonly PlanUiRow[]): void {
  console.log('planning assistant, the page\'s path: suggestion in place / through comlink with progress; adding it (engine takes the file again; page plays the proposal to draw it)');
  console.log('bureaus   objective           changes   in place ms   via worker API ms   reports   add: engine ms   add: page replay ms');
  for (const r of rows) {
    const cells = [r.bureaus, r.objective, r.changes, r.inPlaceMs, r.throughWorkerMs, r.reports, r.addMs, r.drawMs];
    console.log(cells.map((c, i) => (i === 1 ? String(c).padEnd(18) : String(c).padStart([7, 18, 9, 13, 19, 9, 16, 21][i]!))).join(' '));
  }
}
