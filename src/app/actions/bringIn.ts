// Bringing a colleague's proposals into the open file: one undo step that adds them after the
// open file's own. The engine (the sharing desk beside the session) plays each chosen proposal
// over this file's baseline, records what did not apply as the user chose (skip those operations,
// or keep the proposal aside unchanged: engine/share/notApplied.ts), and checks the whole file as
// opening one does. Nothing changes until it says yes; the step then adds the proposals as it
// gave them.
// not i18n's `message`: see ../sharing/say.ts
import { say as message } from '../sharing/say';
import type { BringInReply, ProposalChoice } from '../../engine/share';
import type { FileError } from '../../model';
import type { Core, FileAction } from './types';

export interface BringInRequest {
  /** The other file, as the engine holds it. */
  token: number;
  /** Its proposals to bring in, by their ids there. */
  chosen: string[];
  /** For each chosen proposal that has operations that do not apply here, by its id there. */
  choices: Array<[string, ProposalChoice]>;
}

/** The action; `outcome` hears the engine's answer before the step is committed (a refusal: the dialog shows why, and there is no step). */
export function bringIn(core: Pick<Core, 'bridge' | 'engine'>, outcome: (reply: BringInReply) => void): FileAction<[BringInRequest]> {
  return {
    name: 'bringIn',
    async plan(_state, request) {
      const reply = await core.engine.busy(() => core.bridge.engine.shareBringIn(request.token, request.chosen, request.choices));
      outcome(reply);
      if (!reply.ok || reply.added.length === 0) return undefined;
      return {
        label: message('step.bringIn', {}),
        edit(draft) {
          draft.scenarios.push(...reply.added);
        },
        engine: { redo: { kind: 'file' }, undo: { kind: 'file' } },
        show: reply.added[0]!.id,
      };
    },
  };
}

/** Runs the action and, once its step is committed, says what came in (ids renamed, proposals kept aside); a refusal comes back with its reasons. */
export async function bringInProposals(core: Core, request: BringInRequest): Promise<{ ok: true } | { ok: false; errors: FileError[] }> {
  // a holder, not a `let`: what the callback sets is read after the await
  const heard: { reply?: BringInReply } = {};
  const committed = await core.run(bringIn(core, (r) => (heard.reply = r)), request);
  const { reply } = heard;
  if (reply && !reply.ok) return reply;
  if (!committed || !reply || reply.added.length === 0) return { ok: false, errors: [] };
  core.tell('info', message('notice.sharingDone', {}), reply.notes);
  return { ok: true };
}
