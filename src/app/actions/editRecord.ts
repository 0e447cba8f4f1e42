// The document number (文号) and note of one operation of the change list: they change no figure,
// so the engine is only told the new record, and recomputes nothing.
import { message } from '../../i18n';
import type { FileAction } from './types';

type Record = { note?: string; doc?: string };

export const editRecord: FileAction<[scenarioId: string, index: number, record: Record]> = {
  name: 'editRecord',
  plan({ file }, scenarioId, index, record) {
    const operation = file.scenarios.find((s) => s.id === scenarioId)?.operations[index];
    if (!operation) return undefined;
    const before: Record = { ...('doc' in record ? { doc: operation.doc ?? '' } : {}), ...('note' in record ? { note: operation.note ?? '' } : {}) };
    return {
      label: message('step.editRecord', { index: index + 1 }),
      edit(draft) {
        const edited = draft.scenarios.find((s) => s.id === scenarioId)!.operations[index]!;
        for (const key of ['note', 'doc'] as const) {
          const value = record[key];
          if (value === undefined) continue;
          if (value.trim() === '') delete edited[key];
          else edited[key] = value;
        }
      },
      engine: { redo: { kind: 'record', scenarioId, index, record }, undo: { kind: 'record', scenarioId, index, record: before } },
    };
  },
};
