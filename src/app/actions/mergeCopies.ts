// Merging another edited copy of the open file into it: one undo step for all of it. The merge
// was planned by the engine (the sharing desk) on the open file as it stands, with every conflict
// listed; the user decided each. Here the engine applies those decisions and checks the merged
// file as opening one does: refused (an approved proposal that would grow, a file that no longer
// holds together), nothing changes and the reasons are told.
// not i18n's `message`: see ../sharing/say.ts
import { say as message } from '../sharing/say';
import type { MergeChoice, MergeReply } from '../../engine/share';
import type { FileError } from '../../model';
import { writeInto } from '../sharing/writeInto';
import type { Core, FileAction } from './types';

/** The action; `outcome` hears the engine's answer before the step is committed (a refusal: the dialog shows why, and there is no step). */
export function mergeCopies(core: Pick<Core, 'bridge' | 'engine'>, outcome: (reply: MergeReply) => void): FileAction<[choices: Array<[string, MergeChoice]>]> {
  return {
    name: 'mergeCopies',
    async plan(state, choices) {
      const reply = await core.engine.busy(() => core.bridge.engine.shareApplyMerge(choices));
      outcome(reply);
      if (!reply.ok) return undefined;
      return {
        label: message('step.mergeCopies', {}),
        edit(draft) {
          // the version the file says stays as it was: the merge is a change of content (both are read alike)
          writeInto(draft, state.file, { ...reply.file, version: state.file.version });
        },
        engine: { redo: { kind: 'file' }, undo: { kind: 'file' } },
      };
    },
  };
}

/** Runs the action and, once its step is committed, says how many operations gave way; a refusal comes back with its reasons. */
export async function mergeWithCopy(core: Core, choices: Array<[string, MergeChoice]>): Promise<{ ok: true } | { ok: false; errors: FileError[] }> {
  // a holder, not a `let`: what the callback sets is read after the await
  const heard: { reply?: MergeReply } = {};
  const committed = await core.run(mergeCopies(core, (r) => (heard.reply = r)), choices);
  const { reply } = heard;
  if (reply && !reply.ok) return reply;
  if (!committed || !reply) return { ok: false, errors: [] };
  core.tell('info', message('notice.sharingDone', {}), reply.notes);
  return { ok: true };
}
