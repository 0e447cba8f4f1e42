// Operations appended to a proposal, as one undo step: each signed with who makes it and when
// (SPEC §5 `by`, `at`, from the state's stamp). Every action that appends operations plans its step
// here — a drop, a dialog, a fix applied, a suggested plan — so that every operation the app makes
// carries them. (An approved proposal refuses them all in the core: ../approval.ts.)
import type { Message } from '../../i18n';
import type { Operation } from '../../model';
import { stamped } from '../stamp';
import type { OpenState, Plan } from './types';

export function planAppend(state: OpenState, scenarioId: string, operations: readonly Operation[], label: Message): Plan {
  const scenario = state.file.scenarios.find((s) => s.id === scenarioId);
  if (!scenario || operations.length === 0) return undefined;
  const signed = operations.map((operation) => stamped(operation, state.stamp));
  const [one] = signed;
  return {
    label,
    edit(draft) {
      draft.scenarios.find((s) => s.id === scenarioId)?.operations.push(...signed);
    },
    // one operation: the engine is sent just that one, and undo drops it again; several: the file
    engine:
      signed.length === 1
        ? { redo: { kind: 'append', scenarioId, operation: one! }, undo: { kind: 'truncate', scenarioId, count: 1 } }
        : { redo: { kind: 'file' }, undo: { kind: 'file' } },
  };
}
