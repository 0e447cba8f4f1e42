// A proposal deleted (undo brings it back with its operations); today's organisation is shown
// when it was the one on screen.
import { message } from '../../i18n';
import { BASELINE_ID } from '../../model';
import type { FileAction } from './types';

export const deleteScenario: FileAction<[scenarioId: string]> = {
  name: 'deleteScenario',
  plan({ file, scenarioId: onScreen }, scenarioId) {
    const scenario = file.scenarios.find((s) => s.id === scenarioId);
    if (!scenario) return undefined;
    return {
      label: message('step.deleteScenario', { name: scenario.name }),
      edit(draft) {
        draft.scenarios = draft.scenarios.filter((s) => s.id !== scenarioId);
      },
      engine: { redo: { kind: 'file' }, undo: { kind: 'file' } },
      show: onScreen === scenarioId ? BASELINE_ID : onScreen,
    };
  },
};
