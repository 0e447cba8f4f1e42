// The engine on seeded files of 1,000, 10,000 and 50,000 bureaus, beside one plain loop over the
// same bureaus (the least any evaluation must spend). Part of `npm run bench` (bench.ts).
import { applyOperation, findingsOf, loadParsedFile, playOperations, viewState, computeSavings } from '../../src/engine';
import { evaluateMove } from '../../src/engine/incremental';
import { evaluateState } from '../../src/engine/evaluator';
import { generateProvince } from '../../src/generate/province';
import { type OrgState, serialiseScenarioFile } from '../../src/model';
import { parseScenarioFile } from '../../src/model/parse';
import { round, timeBatchMs, timeMs } from './measure';

const SIZES = [1_000, 10_000, 50_000];

function plainLoop(state: OrgState): number {
  let total = 0;
  for (const bureau of state.bureaus) total += bureau.staff.admin + bureau.staff.institutional;
  return total;
}

export interface EngineRow {
  bureaus: number;
  parseMs: number;
  applyMs: number;
  evaluateMs: number;
  incrementalMs: number;
  loopMs: number;
}

function measure(size: number): EngineRow {
  const file = generateProvince({ bureaus: size, seed: 20251126, scenarios: 1, operations: 100 });
  const text = serialiseScenarioFile(file);
  const runs = size >= 50_000 ? 7 : 15;
  const parseMs = timeMs(() => parseScenarioFile(text), runs, 1);
  const parsed = parseScenarioFile(text);
  if (!parsed.ok) throw new Error(`generated file is invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  const loadedResult = loadParsedFile(parsed.file);
  if (!loadedResult.ok) throw new Error(`generated operations are refused: ${JSON.stringify(loadedResult.errors.slice(0, 3))}`);
  const loaded = loadedResult.loaded;
  const operations = parsed.file.scenarios[0]!.operations;
  if (operations.length !== 100) throw new Error(`expected 100 operations, generated ${operations.length}`);
  const applyMs = timeMs(() => playOperations(loaded.baseline, operations, loaded.context), runs);
  const baseline = viewState(loaded.baseline);
  const scenario = loaded.scenarios[0]!;
  // a full evaluation of one proposal: its figures, its savings and every rule against the baseline
  const evaluateMs = timeMs(() => {
    const current = viewState(scenario);
    computeSavings(baseline.metrics, current.metrics);
    return findingsOf(loaded, current, baseline);
  }, runs);
  // one move, as a drop makes it: the figures and findings of the state after it, from those before
  const before = evaluateState(loaded, scenario, baseline);
  const bureau = scenario.bureaus[Math.floor(size / 2)]!;
  const to = scenario.units.find((unit) => unit.kind === 'office' && unit.id !== bureau.unit)!;
  const moved = applyOperation(scenario, { op: 'move', bureau: bureau.id, to: to.id }, loaded.context);
  if (!moved.ok || moved.effect.kind !== 'move') throw new Error('the benchmark move was refused');
  const move = moved.effect;
  const setting = { baseline, functions: loaded.context.functions, settings: loaded.settings };
  const incrementalMs = timeBatchMs(() => evaluateMove(before, moved.state, move, setting, loaded.context.lookup), runs, 200);
  let sink = 0;
  const loopMs = timeBatchMs(() => (sink += plainLoop(scenario)), runs, 50);
  if (sink < 0) console.log(sink); // keeps the loop from being optimised away
  return { bureaus: size, parseMs: round(parseMs), applyMs: round(applyMs), evaluateMs: round(evaluateMs), incrementalMs: round(incrementalMs, 4), loopMs: round(loopMs, 4) };
}

/** Every size measured, and the table of them. */
export function measureEngine(): EngineRow[] {
  return SIZES.map(measure);
}

export function printEngine(rows: readonly EngineRow[]): void {
  console.log('engine');
  console.log('bureaus   parse ms   apply 100 ops ms   evaluate ms   one move ms   plain loop ms   evaluate ÷ loop   move ÷ loop');
  for (const r of rows) {
    const cells = [r.bureaus, r.parseMs, r.applyMs, r.evaluateMs, r.incrementalMs, r.loopMs, (r.evaluateMs / r.loopMs).toFixed(1), (r.incrementalMs / r.loopMs).toFixed(2)];
    console.log(cells.map((c, i) => String(c).padStart([7, 10, 18, 13, 13, 15, 17, 13][i]!)).join(' '));
  }
}
