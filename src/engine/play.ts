// Playing a scenario's operations over the baseline: what the engine does for every state, and
// what the page does for the organisation on screen (../app/scenarioState.ts). Apart from the
// loading of files (./load.ts), so that the page does not carry the file parser with it.
import { type Operation, type OrgState, type ScenarioFile, functionCatalogue } from '../model';
import { type ApplyContext, type Refusal, applyOperation } from './apply';
import { createLookup } from './lookup';

/** What applying operations to the file's states needs: its duties, and a new index of positions. */
export function contextOf(file: Pick<ScenarioFile, 'functions'>): ApplyContext {
  return { functions: functionCatalogue(file.functions), lookup: createLookup() };
}

export function baselineOf(file: ScenarioFile): OrgState {
  return { units: file.units, bureaus: file.bureaus };
}

export type PlayResult = { ok: true; state: OrgState } | { ok: false; index: number; refusals: Refusal[] };

/** Applies the operations in order; stops at the first that is refused. */
export function playOperations(start: OrgState, operations: readonly Operation[], context: ApplyContext): PlayResult {
  let state = start;
  for (let index = 0; index < operations.length; index++) {
    const result = applyOperation(state, operations[index]!, context);
    if (!result.ok) return { ok: false, index, refusals: result.refusals };
    state = result.state;
  }
  return { ok: true, state };
}
