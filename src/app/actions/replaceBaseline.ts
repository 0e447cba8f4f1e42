// Today's organisation replaced by a table's (SPEC §11, "replace the baseline of the open file"):
// one undo step that puts the whole new file in place. The new file is made off the page (the
// Office worker: engine/share/replaceBaseline.ts), on the file as the previous step left it;
// proposals that no longer apply are kept aside there, named, never dropped.
import type { KeptAside } from '../../engine/share';
import { message } from '../../i18n/message';
import type { OfficeCalls } from '../officeBridge';
import type { FileAction } from './types';

/** `onPlanned` hears which proposals the step keeps aside (told to the user once it is done). */
export function replaceBaseline(office: OfficeCalls, onPlanned: (kept: KeptAside[]) => void): FileAction<[tableText: string, name: string]> {
  return {
    name: 'replaceBaseline',
    async plan({ file }, tableText, name) {
      const result = await office.replaceBaseline(file, tableText);
      if (!result.ok) return { refused: result.errors };
      onPlanned(result.keptAside);
      const next = result.file;
      return {
        label: message('step.replaceBaseline', { name }),
        edit: () => next,
        engine: { redo: { kind: 'file' }, undo: { kind: 'file' } },
      };
    },
  };
}
