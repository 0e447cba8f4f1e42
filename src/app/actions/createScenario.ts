// A new proposal, empty or a copy of another; it is then on screen.
import { message } from '../../i18n';
import { BASELINE_ID, type ScenarioFile } from '../../model';
import type { FileAction } from './types';

export const createScenario: FileAction<[name: string, copyOf?: string]> = {
  name: 'createScenario',
  plan({ file }, name, copyOf) {
    const id = uniqueScenarioId(file);
    const source = file.scenarios.find((s) => s.id === copyOf);
    return {
      label: message('step.createScenario', { name }),
      edit(draft) {
        draft.scenarios.push({ id, name, operations: source ? [...source.operations] : [] });
      },
      engine: { redo: { kind: 'file' }, undo: { kind: 'file' } },
      show: id,
    };
  },
};

/** `plan-N`, the first N from the count of proposals up that no scenario takes. */
export function uniqueScenarioId(file: ScenarioFile): string {
  const taken = new Set([BASELINE_ID, ...file.scenarios.map((s) => s.id)]);
  for (let n = file.scenarios.length + 1; ; n++) if (!taken.has(`plan-${n}`)) return `plan-${n}`;
}
