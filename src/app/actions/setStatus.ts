// A proposal's status set (SPEC §3: 草稿 draft, 送审 submitted, 已批准 approved), one undo step.
// Setting an approved proposal back to draft is how it is unlocked; undo may take an approval back.
import { message } from '../../i18n';
import type { ScenarioStatus } from '../../model';
import type { FileAction } from './types';

export const setStatus: FileAction<[scenarioId: string, status: ScenarioStatus]> = {
  name: 'setStatus',
  plan({ file }, scenarioId, status) {
    const scenario = file.scenarios.find((s) => s.id === scenarioId);
    if (!scenario || (scenario.status ?? 'draft') === status) return undefined;
    return {
      label: message('step.setStatus', { name: scenario.name, status }),
      edit(draft) {
        const edited = draft.scenarios.find((s) => s.id === scenarioId)!;
        // absent means draft (SPEC §3): a draft is written without it, as the engine keeps it
        if (status === 'draft') delete edited.status;
        else edited.status = status;
      },
      engine: { redo: { kind: 'status', scenarioId, status }, undo: { kind: 'status', scenarioId, status: scenario.status ?? 'draft' } },
    };
  },
};
