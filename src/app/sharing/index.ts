// Working with colleagues' files, as the UI calls it: bring their proposals in, see what differs,
// merge two edited copies. This module and the dialogs load on first use (./lazy.ts); the heavy
// work runs in the engine's worker (engine/share/desk.ts), which holds the other file read.
import type { MergeChoice, ProposalRef } from '../../engine/share';
import { BASELINE_ID } from '../../model';
import { type BringInRequest, bringInProposals } from '../actions/bringIn';
import { mergeWithCopy } from '../actions/mergeCopies';
import type { Core } from '../actions/types';
import { type Undo, earlierStates, fileBefore } from './earlier';
import { type ChosenFile, readOtherFile } from './read';
import type { OtherFile, SharingRequest } from './request';

/** Opening the text of a file, as the app does it (in turn, unsaved work kept first). */
type OpenText = (text: string, name?: string) => Promise<boolean>;

export type DroppedAnswer = 'open' | 'bringIn' | 'diff' | 'merge';

// Long only as one closure over the core: each method is one or two lines of its own.
export function bindSharing(core: Core, openText: OpenText, undoFile: Undo) {
  const { store } = core;
  const engine = core.bridge.engine;
  const lang = () => store.get().lang;
  const show = (sharing: SharingRequest | undefined) => store.set({ sharing });
  const busy = core.engine.busy;
  const close = async (): Promise<void> => {
    show(undefined);
    await engine.shareForget();
  };

  return {
    /** File ▸ Bring proposals in: the file chosen is read, then the dialog shows its proposals. */
    bringInFrom: (chosen: ChosenFile) => readOtherFile(core, chosen, (other) => show({ kind: 'bringIn', other })),
    /** A file dropped on the window: with Shift its proposals are brought in; otherwise the user is asked what to do with it. */
    dropped: (chosen: ChosenFile, shift: boolean) =>
      readOtherFile(core, chosen, (other, text) => show(shift ? { kind: 'bringIn', other } : { kind: 'dropped', other, text })),
    /** The answer to "what to do with the file dropped". */
    async answer(choice: DroppedAnswer): Promise<boolean> {
      const request = store.get().sharing;
      if (request?.kind !== 'dropped') return false;
      const { other, text } = request;
      if (choice === 'open') {
        show(undefined);
        void engine.shareForget();
        return openText(text, other.name);
      }
      show(choice === 'merge' ? { kind: 'merge', theirs: other } : { kind: choice, other });
      return true;
    },
    /** File ▸ See what differs, or File ▸ Merge: the dialog, the file still to choose in it. */
    async start(kind: 'diff' | 'merge'): Promise<void> {
      show({ kind });
    },
    /** A file chosen inside a dialog: the file to compare with, the other copy, or the ancestor; it joins the dialog once read. */
    read: (chosen: ChosenFile, role: 'diff' | 'theirs' | 'ancestor') =>
      readOtherFile(core, chosen, (other) => {
        const request = store.get().sharing;
        if (role === 'diff' && request?.kind === 'diff') show({ ...request, other });
        if (role !== 'diff' && request?.kind === 'merge') show({ ...request, [role]: other });
      }),
    /** The dialog is closed: the files read are let go. */
    close,

    bringInPlan: (token: number) => busy(() => engine.shareBringInPlan(token)),
    /** The chosen proposals brought in as one undo step; the dialog closes when done. */
    async bringIn(request: BringInRequest) {
      const done = await bringInProposals(core, request);
      if (done.ok) await close();
      return done;
    },

    /** What differs between the open file (A) and another (B). */
    compareFile: (token: number) => busy(() => engine.shareCompareFile(token, lang())),
    /** What differs between two proposals of the open file. */
    compareProposals: (before: string, after: string) => busy(() => engine.shareCompareProposals({ scenarioId: before }, { scenarioId: after }, lang())),
    /** The states of a proposal before each step that changed it, newest first. */
    async earlierStates(scenarioId: string) {
      const { file, history } = store.get();
      return file && scenarioId !== BASELINE_ID ? earlierStates(undoFile, file, history, scenarioId) : [];
    },
    /** What differs between a proposal `steps` steps ago (A) and now (B). */
    async compareEarlier(scenarioId: string, steps: number) {
      const { file, history } = store.get();
      const before: ProposalRef = { scenarioId, ...(file ? { file: fileBefore(undoFile, file, history, steps) } : {}) };
      return busy(() => engine.shareCompareProposals(before, { scenarioId }, lang()));
    },

    /** The merge of the open file with the other copy (and their ancestor when given): the conflicts to decide. */
    planMerge: (theirs: number, ancestor?: number) => busy(() => engine.sharePlanMerge(theirs, ancestor)),
    /** The merge with the choices made, as one undo step; the dialog closes when done. */
    async merge(choices: Array<[string, MergeChoice]>) {
      const done = await mergeWithCopy(core, choices);
      if (done.ok) await close();
      return done;
    },
  };
}

export type Sharing = ReturnType<typeof bindSharing>;
