// A proposal renamed.
import { message } from '../../i18n';
import type { FileAction } from './types';

export const renameScenario: FileAction<[scenarioId: string, name: string]> = {
  name: 'renameScenario',
  plan: (_state, scenarioId, name) => ({
    label: message('step.renameScenario', { name }),
    edit(draft) {
      const scenario = draft.scenarios.find((s) => s.id === scenarioId);
      if (scenario) scenario.name = name;
    },
    engine: { redo: { kind: 'file' }, undo: { kind: 'file' } },
  }),
};
