// Pure changes to the open file, each as immer patches for the history.
import { applyOperation } from '../engine/apply';
import { contextOf } from '../engine/load';
import { BASELINE_ID, type Bureau, type Operation, type Scenario, type ScenarioFile, type Unit } from '../model';
import { recordChange } from './history';
import type { Refusal } from '../engine';

export function appendToScenario(file: ScenarioFile, scenarioId: string, operation: Operation) {
  return recordChange(file, (draft) => {
    draft.scenarios.find((s) => s.id === scenarioId)?.operations.push(operation);
  });
}

/** The baseline with one operation applied: the file's own units and bureaus change. */
export function applyToBaseline(
  file: ScenarioFile,
  operation: Operation,
): { ok: true; file: ScenarioFile; patches: ReturnType<typeof recordChange>['patches']; inverse: ReturnType<typeof recordChange>['inverse'] } | { ok: false; refusals: Refusal[] } {
  const result = applyOperation({ units: file.units, bureaus: file.bureaus }, operation, contextOf(file));
  if (!result.ok) return result;
  const { units, bureaus } = result.state;
  return {
    ok: true,
    ...recordChange(file, (draft) => {
      replaceChanged(draft, 'units', file.units, units);
      replaceChanged(draft, 'bureaus', file.bureaus, bureaus);
    }),
  };
}

/** Small patches where positions are unchanged (a move), the whole list otherwise (a merge). */
function replaceChanged<K extends 'units' | 'bureaus'>(
  draft: ScenarioFile,
  key: K,
  before: readonly (K extends 'units' ? Unit : Bureau)[],
  after: readonly (K extends 'units' ? Unit : Bureau)[],
): void {
  if (before === after) return;
  const list = draft[key] as Array<Unit | Bureau>;
  if (before.length !== after.length) {
    (draft[key] as Array<Unit | Bureau>) = [...after];
    return;
  }
  after.forEach((item, index) => {
    if (item !== before[index]) list[index] = item;
  });
}

export function uniqueScenarioId(file: ScenarioFile): string {
  const taken = new Set([BASELINE_ID, ...file.scenarios.map((s) => s.id)]);
  for (let n = file.scenarios.length + 1; ; n++) if (!taken.has(`plan-${n}`)) return `plan-${n}`;
}

export function addScenario(file: ScenarioFile, scenario: Scenario, at?: number) {
  return recordChange(file, (draft) => {
    draft.scenarios.splice(at ?? draft.scenarios.length, 0, scenario);
  });
}

export function renameScenario(file: ScenarioFile, scenarioId: string, name: string) {
  return recordChange(file, (draft) => {
    const scenario = draft.scenarios.find((s) => s.id === scenarioId);
    if (scenario) scenario.name = name;
  });
}

export function removeScenario(file: ScenarioFile, scenarioId: string) {
  return recordChange(file, (draft) => {
    draft.scenarios = draft.scenarios.filter((s) => s.id !== scenarioId);
  });
}

export function editOperationRecord(file: ScenarioFile, scenarioId: string, index: number, record: { note?: string; doc?: string }) {
  return recordChange(file, (draft) => {
    const operation = draft.scenarios.find((s) => s.id === scenarioId)?.operations[index];
    if (!operation) return;
    for (const key of ['note', 'doc'] as const) {
      const value = record[key];
      if (value === undefined) continue;
      if (value.trim() === '') delete operation[key];
      else operation[key] = value;
    }
  });
}
