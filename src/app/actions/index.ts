// Every user action, as the UI calls it: one line each, bound to the core. The actions that change
// the file are data (their modules here) run by `core.run`; the others use the core directly.
import type { AdjustmentRow, SavingsBreakdown } from '../../engine';
import type { Lang, Message } from '../../i18n';
import type { Operation, ScenarioStatus } from '../../model';
import { lockReason } from '../approval';
import type { Assistant } from '../assistant';
import type { AppDeps } from '../controller';
import { type DropDecision, type DropTarget, decideDrop } from '../drop';
import type { Notice } from '../notices';
import { restoreSession } from '../restore';
import { scenarioState } from '../scenarioState';
import { createScenario } from './createScenario';
import { deleteScenario } from './deleteScenario';
import { edit } from './edit';
import { editRecord } from './editRecord';
import { handOver } from './handOver';
import { setLang } from './language';
import { move } from './move';
import type { ChosenFile } from '../chosenFile';
import { confirmEncoding, openChosenFile, openText, recentText } from './openFile';
import { renameScenario } from './renameScenario';
import { saveFile } from './saveFile';
import { setStatus } from './setStatus';
import { lazySharing } from '../sharing/lazy';
import { switchScenario } from './switchScenario';
import type { Core } from './types';
import { travel } from './undoRedo';
import { tableActions } from './tables';

export function bindActions(core: Core, deps: Pick<AppDeps, 'defaultFile' | 'rememberLang' | 'office'>) {
  const { store } = core;
  const open = core.inTurn((text: string, name?: string) => openText(core, text, name));
  let assistant: Promise<Assistant> | undefined;
  return {
    start: () => restoreSession(core, deps.defaultFile),
    /** Opens the text of a file; an invalid one changes nothing and its errors are shown. */
    openText: open,
    /** Opens a file the user chose or dropped: checked by size, decoded, a guessed encoding shown to confirm first. */
    openChosenFile: (file: ChosenFile) => openChosenFile(core, open, file),
    /** The text of a file decoded by a guess reads right: it opens. */
    confirmEncoding: () => confirmEncoding(core, open),
    cancelEncoding: () => store.set({ encodingCheck: undefined }),
    /** Working with another file: bring its proposals in, see what differs, merge (loaded on first use). */
    share: lazySharing(core, open),
    /** Opens a file from the recent list, as openText does. */
    openRecent: async (id: string) => {
      const recent = recentText(core, id);
      return recent ? open(recent.text, recent.name) : false;
    },
    save: () => saveFile(core),
    /** Tables in and out (SPEC §11): import, template, exports; loaded on first use. */
    office: tableActions(core, deps.office, open, (file) => openChosenFile(core, open, file)),
    closeImportErrors: () => store.set({ importErrors: undefined }),

    /** Any operation: appended to the scenario on screen; on the baseline it edits the organisation. */
    apply: (operation: Operation, label?: Message) => core.run(edit, operation, label),
    /**
     * A card dropped on the chart: what it means (decided in ../drop.ts on the organisation on
     * screen) and, for a move or a hand-over, the step under way. A merge is left to the caller,
     * who asks for the merged bureau's name; a refusal is told.
     */
    drop(bureauId: string, target: DropTarget): { decision: DropDecision; done?: Promise<boolean> } {
      const { file, scenarioId } = store.get();
      const decision: DropDecision = file ? decideDrop(scenarioState(file, scenarioId), bureauId, target, lockReason(file, scenarioId)) : { kind: 'nothing' };
      if (decision.kind === 'move') return { decision, done: core.run(move, decision.operation) };
      if (decision.kind === 'handOver') return { decision, done: core.run(handOver, decision.operation) };
      if (decision.kind === 'refuse') core.tell('error', decision.reason);
      return { decision };
    },
    undo: core.inTurn(() => travel(core, 'undo')),
    redo: core.inTurn(() => travel(core, 'redo')),

    switchScenario: (scenarioId: string) => switchScenario(core, scenarioId),
    createScenario: (name: string, copyOf?: string) => core.run(createScenario, name, copyOf),
    renameScenario: (scenarioId: string, name: string) => core.run(renameScenario, scenarioId, name),
    deleteScenario: (scenarioId: string) => core.run(deleteScenario, scenarioId),
    editRecord: (scenarioId: string, index: number, record: { note?: string; doc?: string }) => core.run(editRecord, scenarioId, index, record),
    /** 草稿 / 送审 / 已批准 (SPEC §3): one undo step; back to draft unlocks an approved proposal. */
    setStatus: (scenarioId: string, status: ScenarioStatus) => core.run(setStatus, scenarioId, status),
    /** The name asked before the first change, or set from the menu; undefined skips it. False when too long. */
    setAuthor: (name: string | undefined) => core.author.answer(name),

    setLang: (lang: Lang) => setLang(core, lang, deps.rememberLang),
    /** The change list is shown (it is then kept up to date) or hidden (it is emptied and left). */
    watchChanges: (on: boolean) => core.changeList.watch(on),
    /** Where each proposal's savings come from (for the compare view), computed by the worker. */
    breakdowns: (): Promise<Map<string, SavingsBreakdown>> => core.bridge.engine.breakdowns(),
    /** What a proposal changes, bureau by bureau (调整对照表), computed by the worker. */
    adjustments: (scenarioId: string): Promise<AdjustmentRow[]> => core.bridge.engine.adjustments(scenarioId),

    /** The planning assistant (fixes, suggested plans), fetched on first use with the screens that use it. */
    assistant: () => (assistant ??= import('../assistant').then((m) => m.bindAssistant(core))),

    /** Tells the user something that is not a change: a drop that cannot be done, say. */
    inform: (tone: Notice['tone'], msg: Message) => core.tell(tone, msg),
    dismissNotice: (id: number) => store.set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),

    /** Another tab saved revision `revision` of this workspace. */
    otherTabSaved: (revision: number) => core.autosave.otherTabSaved(revision),
    /** After a conflict: keep this tab's work, writing it over the other tab's. */
    keepThisTab: () => core.autosave.keepThisTab(),
    /** After a conflict, before reloading to take the other tab's work: this tab's unsaved work kept first; false: not kept, do not reload. */
    keepBeforeReload: () => core.autosave.keepBeforeReload(),
    /** Writes the autosave at once (before the page goes away). */
    flush: () => core.autosave.flush(),
  };
}
