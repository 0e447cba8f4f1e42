// An operation (SPEC §5) as one undo step: appended to the scenario on screen, or, on today's
// organisation, applied to the file's own units and bureaus. The engine judges it before it counts.
import { applyOperation } from '../../engine/apply';
import { contextFor } from '../scenarioState';
import type { Message } from '../../i18n';
import { BASELINE_ID, type Bureau, type Operation, type ScenarioFile, type Unit, checkOperation } from '../../model';
import { planAppend } from './append';
import type { OpenState, Plan } from './types';

export function planOperation(state: OpenState, operation: Operation, label: Message): Plan {
  const { file, scenarioId } = state;
  if (scenarioId !== BASELINE_ID) return planAppend(state, scenarioId, [operation], label);
  const checked = checkOperation(operation, '$');
  if (!checked.ok) return { refused: checked.errors };
  // applied here to know the new organisation (and refuse at once what cannot apply)
  const result = applyOperation({ units: file.units, bureaus: file.bureaus }, checked.operation, contextFor(file));
  if (!result.ok) return { refused: result.refusals };
  const { units, bureaus } = result.state;
  return {
    label,
    edit(draft) {
      replaceChanged(draft as ScenarioFile, 'units', file.units, units);
      replaceChanged(draft as ScenarioFile, 'bureaus', file.bureaus, bureaus);
    },
    // the engine is sent the operation, not the whole organisation again; undo sends the file
    engine: { redo: { kind: 'baseline', operation: checked.operation }, undo: { kind: 'file' } },
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
