// The organisation of the scenario on screen, for drawing. Kept incrementally: after a drop the
// one new operation is applied to the state before it (immer shares everything else), so the chart
// never waits for a replay. Figures and rules are the worker's, never computed here.
import type { ApplyContext } from '../engine/apply';
import { baselineOf, contextOf, playOperations } from '../engine/play';
import { BASELINE_ID, type Operation, type OrgState, type ScenarioFile } from '../model';

interface Cached {
  units: ScenarioFile['units'];
  bureaus: ScenarioFile['bureaus'];
  functions: ScenarioFile['functions'];
  operations: readonly Operation[];
  state: OrgState;
}

const cache = new Map<string, Cached>();
/** The context operations are applied in on this thread: one per list of duties, so its index of positions lasts from drop to drop. */
let applying: { functions: ScenarioFile['functions']; context: ApplyContext } | undefined;

/** The context to apply operations to the file's states in, on this thread. */
export function contextFor(file: ScenarioFile): ApplyContext {
  if (!applying || applying.functions !== file.functions) applying = { functions: file.functions, context: contextOf(file) };
  return applying.context;
}

export function scenarioState(file: ScenarioFile, scenarioId: string): OrgState {
  const baseline = baselineOf(file);
  if (scenarioId === BASELINE_ID) return baseline;
  const operations = file.scenarios.find((s) => s.id === scenarioId)?.operations ?? [];
  const cached = cache.get(scenarioId);
  const sameBase = cached && cached.units === file.units && cached.bureaus === file.bureaus && cached.functions === file.functions;
  if (sameBase && cached.operations === operations) return cached.state;
  const context = contextFor(file);
  let state: OrgState;
  if (sameBase && extends_(operations, cached.operations)) {
    const more = playOperations(cached.state, operations.slice(cached.operations.length), context);
    state = more.ok ? more.state : replay(baseline, operations, context);
  } else state = replay(baseline, operations, context);
  cache.set(scenarioId, { units: file.units, bureaus: file.bureaus, functions: file.functions, operations, state });
  return state;
}

function extends_(longer: readonly Operation[], shorter: readonly Operation[]): boolean {
  if (longer.length < shorter.length) return false;
  for (let i = 0; i < shorter.length; i++) if (longer[i] !== shorter[i]) return false;
  return true;
}

function replay(baseline: OrgState, operations: readonly Operation[], context: ApplyContext): OrgState {
  const played = playOperations(baseline, operations, context);
  // the engine accepted these operations before they entered the file, so this cannot fail
  return played.ok ? played.state : baseline;
}
