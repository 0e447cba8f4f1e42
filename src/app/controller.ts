// The app's one way to change things: every user action comes here, becomes a change of the
// file (an operation appended, a scenario added …), is checked by the engine in the worker, and
// only then enters the file, the history and the autosave. A refused change leaves all as it was.
import type { AdjustmentRow, ChangeLine, ChangeReply, OpenReply, Report, SavingsBreakdown } from '../engine';
import { applyPatch } from '../engine/patch';
import { type Lang, type Message, isLang, message } from '../i18n';
import { BASELINE_ID, type FileError, type Operation, type ScenarioFile, checkOperation, parseScenarioFile, serialiseScenarioFile } from '../model';
import type { EngineBridge } from './engineBridge';
import { type EngineSync, type History, type Step, push, redoFile, undoFile } from './history';
import { type Notice, notice } from './notices';
import { ConflictError, type RecentFile, type SavedWorkspace, STORAGE_VERSION, type WorkspaceStorage } from './storage';
import { type Store, createStore } from './store';
import * as workspace from './workspace';

export interface AppState {
  status: 'starting' | 'ready';
  file: ScenarioFile | undefined;
  /** The scenario on screen, or "baseline". */
  scenarioId: string;
  lang: Lang;
  report: Report | undefined;
  /** True while the engine recomputes: the figures on screen are not current. */
  pending: boolean;
  history: History;
  notices: Notice[];
  /** The work has changed since the file was last opened or saved as a file. */
  unsaved: boolean;
  /** The errors of a file that was refused on opening, for the user to read and copy. */
  importErrors: { name: string; errors: FileError[] } | undefined;
  recent: RecentFile[];
  /** Changes each time a file is opened (not when it is edited): the chart fits the new one. */
  documentId: number;
  /** The change list of the scenario on screen (empty on the baseline). */
  changes: ChangeLine[];
  /** Autosave works, or why not ('conflict': another tab saved this work since this one did). */
  storage: 'ok' | 'unavailable' | 'failed' | 'conflict';
}

export interface AppDeps {
  bridge: EngineBridge;
  storage: WorkspaceStorage;
  /** The file a first visit opens (its text, or a promise of it where it loads on demand). */
  defaultFile: () => string | Promise<string>;
  initialLang: Lang;
  rememberLang?: (lang: Lang) => void;
  /** Tells other tabs that this one saved (they then know their copy is behind). */
  announce?: (revision: number) => void;
}

type Change = { file: ScenarioFile; patches: Step['patches']; inverse: Step['inverse'] };

/** Runs `work` once the browser has painted what is on screen now (at once where there is no screen). */
function afterPaint(work: () => void): void {
  if (typeof requestAnimationFrame === 'undefined') return void setTimeout(work, 0);
  requestAnimationFrame(() => setTimeout(work, 0));
}

/** A stored undo history whose every step has what undo and redo need. */
function wellFormedHistory(history: unknown): history is History {
  const h = history as Partial<History> | null;
  const step = (s: unknown) => {
    const v = s as Partial<Step> | null;
    return (
      typeof v === 'object' && v !== null && typeof v.scenarioId === 'string' && typeof v.label?.key === 'string' &&
      typeof v.label.args === 'object' && Array.isArray(v.patches) && Array.isArray(v.inverse) &&
      typeof v.redoSync?.kind === 'string' && typeof v.undoSync?.kind === 'string'
    );
  };
  return typeof h === 'object' && h !== null && Array.isArray(h.past) && Array.isArray(h.future) && h.past.every(step) && h.future.every(step);
}

export function createController(deps: AppDeps) {
  const store: Store<AppState> = createStore<AppState>({
    status: 'starting',
    file: undefined,
    scenarioId: BASELINE_ID,
    lang: deps.initialLang,
    report: undefined,
    pending: false,
    history: { past: [], future: [] },
    notices: [],
    storage: 'ok',
    changes: [],
    documentId: 0,
    unsaved: false,
    importErrors: undefined,
    recent: [],
  });
  const { bridge } = deps;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** The revision of the stored workspace this tab last read or wrote. */
  let knownRevision = 0;
  /** The work (file or history, not what is on screen) changed since this tab last saved it. */
  let workChanged = false;
  /** The stored record was set aside (unreadable, newer, invalid): the next save replaces it. */
  let replaceStored = false;
  let busy = 0;

  function tell(tone: Notice['tone'], msg: Message, details?: readonly FileError[]): void {
    store.set((s) => ({ notices: [...s.notices.slice(-4), notice(tone, msg, details)] }));
  }

  async function compute<T>(work: () => Promise<T>): Promise<T> {
    busy++;
    store.set({ pending: true });
    try {
      return await work();
    } finally {
      busy--;
      if (busy === 0) store.set({ pending: false });
    }
  }

  /** Whether the change list is on screen: while it is not, it is not asked of the engine after every drop. */
  let changesWatched = true;
  async function refreshChanges(): Promise<void> {
    if (!changesWatched) return;
    const { scenarioId } = store.get();
    const changes = scenarioId === BASELINE_ID ? [] : await bridge.call('changes', scenarioId);
    if (store.get().scenarioId === scenarioId) store.set({ changes });
  }

  /**
   * After every change of the file or of the scenario on screen: new change list and autosave. A
   * change of the work is written at once (a reload right after a drop must not lose it); a change
   * of what is on screen waits a moment, so that quick switching writes once.
   */
  function afterChange(): void {
    void refreshChanges();
    clearTimeout(saveTimer);
    // a change of the work is written right after it is painted (storing a large file takes a
    // moment on this thread, and the user should see the drop first)
    if (workChanged) afterPaint(() => void saveNow());
    else saveTimer = setTimeout(() => void saveNow(), 250);
  }

  /** One save at a time, in order; a save asked for while one runs writes the newest state after it. */
  let saving: Promise<void> = Promise.resolve();
  function saveNow(): Promise<void> {
    saving = saving.then(writeWorkspace, writeWorkspace);
    return saving;
  }

  async function writeWorkspace(): Promise<void> {
    const { file, scenarioId, lang, history, unsaved, storage } = store.get();
    // while another tab's work is stored, this tab writes nothing until the user chooses
    if (!file || storage === 'conflict') return;
    // the revision counts changes of the work; what is on screen is saved without counting
    const writing = workChanged;
    workChanged = false;
    const saved: SavedWorkspace = {
      storageVersion: STORAGE_VERSION, savedAt: new Date().toISOString(), file, scenarioId, lang, history, unsaved,
      revision: writing ? knownRevision + 1 : knownRevision,
    };
    try {
      const before = knownRevision;
      knownRevision = await deps.storage.save(saved, replaceStored ? 'force' : before);
      replaceStored = false;
      if (knownRevision !== before) deps.announce?.(knownRevision);
      if (store.get().storage !== 'ok') store.set({ storage: 'ok' });
    } catch (error) {
      // another tab saved since: a change of view alone is dropped, a change of the work is kept
      // in this tab and the user is told
      workChanged = workChanged || writing;
      if (error instanceof ConflictError) return writing ? conflict() : undefined;
      // an error, not a passing warning: it stays until read, and the file can be saved from the top bar
      if (store.get().storage === 'ok') tell('error', message('notice.storageFailed', {}));
      store.set({ storage: 'failed' });
    }
  }

  function conflict(): void {
    if (store.get().storage === 'conflict') return;
    store.set({ storage: 'conflict' });
    tell('error', message('notice.otherTab', {}));
  }

  /**
   * The name of the report on screen as the engine knows it: after a change the engine then sends
   * only the steps from it to the new report. Undefined when the report on screen is not one the
   * engine named (it then sends the whole report).
   */
  let reportToken: string | undefined;

  async function sync(target: EngineSync, file: ScenarioFile): Promise<{ ok: true; report: Report } | { ok: false; errors: FileError[] }> {
    const lang = store.get().lang;
    switch (target.kind) {
      case 'append':
        return reportOf(await bridge.call('append', target.scenarioId, target.operation, lang, reportToken));
      case 'truncate':
        return reportOf(await bridge.call('truncate', target.scenarioId, target.count, lang, reportToken));
      case 'baseline':
        return reportOf(await bridge.call('editBaseline', target.operation, lang, reportToken));
      case 'record': {
        await bridge.call('setRecord', target.scenarioId, target.index, target.record);
        const report = store.get().report;
        return report ? { ok: true, report } : reportOf(await bridge.call('openFile', file, lang));
      }
      case 'file':
        return reportOf(await bridge.call('openFile', file, lang));
    }
  }

  /** The report a reply gives: whole, or the report on screen with the reply's steps made. */
  async function reportOf(reply: ChangeReply | OpenReply): Promise<{ ok: true; report: Report } | { ok: false; errors: FileError[] }> {
    if (!reply.ok) return reply;
    reportToken = reply.token;
    if ('report' in reply) return { ok: true, report: reply.report };
    // steps are sent only from the report this side named, which is the one on screen
    const held = store.get().report;
    if (held) return { ok: true, report: applyPatch(held, reply.patch) };
    const named = await bridge.call('namedReport', store.get().lang);
    if (!named) return { ok: false, errors: [] };
    reportToken = named.token;
    return { ok: true, report: named.report };
  }

  /**
   * Every change runs after the one before has finished: each reads the file as the last one left
   * it, and the engine hears of the changes in the order the file takes them (a held Ctrl+Z, two
   * quick drops).
   */
  let queue: Promise<unknown> = Promise.resolve();
  function exclusive<A extends unknown[], R>(work: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
    return (...args) => {
      const run = queue.then(() => work(...args));
      queue = run.catch(() => undefined);
      return run;
    };
  }

  /** Checks a change with the engine; commits it to the file and the history only if accepted. */
  async function commit(label: Message, change: Change, redoSync: EngineSync, undoSync: EngineSync, scenarioId?: string): Promise<boolean> {
    if (change.patches.length === 0) {
      // nothing changed (a name set to itself, an edit of nothing): no step to undo
      if (scenarioId !== undefined) store.set({ scenarioId });
      return true;
    }
    const reply = await compute(() => sync(redoSync, change.file));
    if (!reply.ok) {
      tell('error', message('notice.refused', {}), reply.errors);
      return false;
    }
    const state = store.get();
    const step: Step = { label, scenarioId: state.scenarioId, patches: change.patches, inverse: change.inverse, redoSync, undoSync };
    store.set({ file: change.file, report: reply.report, history: push(state.history, step), scenarioId: scenarioId ?? state.scenarioId, unsaved: true });
    workChanged = true;
    afterChange();
    return true;
  }

  async function travel(direction: 'undo' | 'redo'): Promise<void> {
    const state = store.get();
    const from = direction === 'undo' ? state.history.past : state.history.future;
    const step = from[from.length - 1];
    if (!step || !state.file) return;
    const file = direction === 'undo' ? undoFile(state.file, step) : redoFile(state.file, step);
    const reply = await compute(() => sync(direction === 'undo' ? step.undoSync : step.redoSync, file));
    if (!reply.ok) {
      tell('error', message('notice.refused', {}), reply.errors);
      return;
    }
    const history: History =
      direction === 'undo'
        ? { past: state.history.past.slice(0, -1), future: [...state.history.future, step] }
        : { past: [...state.history.past, step], future: state.history.future.slice(0, -1) };
    const exists = (id: string) => id === BASELINE_ID || file.scenarios.some((s) => s.id === id);
    const scenarioId = exists(step.scenarioId) ? step.scenarioId : BASELINE_ID;
    store.set({ file, report: reply.report, history, scenarioId, unsaved: true });
    workChanged = true;
    afterChange();
  }

  async function adoptFile(file: ScenarioFile, scenarioId: string, history: History): Promise<boolean> {
    const reply = await compute(() => bridge.call('openFile', file, store.get().lang));
    if (!reply.ok) return false;
    reportToken = reply.token;
    const known = scenarioId === BASELINE_ID || reply.file.scenarios.some((s) => s.id === scenarioId);
    store.set((s) => ({ file: reply.file, report: reply.report, history, scenarioId: known ? scenarioId : BASELINE_ID, status: 'ready', documentId: s.documentId + 1 }));
    void refreshChanges();
    return true;
  }

  async function remember(file: ScenarioFile, reason: RecentFile['reason']): Promise<void> {
    const entry: RecentFile = { id: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`, title: file.title, at: new Date().toISOString(), reason, file };
    try {
      await deps.storage.remember(entry);
      store.set({ recent: await deps.storage.recent() });
    } catch {
      // without storage there is no recent list; the work itself is unaffected
    }
  }

  async function openDefault(): Promise<void> {
    const parsed = parseScenarioFile(await deps.defaultFile());
    if (parsed.ok) await adoptFile(parsed.file, BASELINE_ID, { past: [], future: [] });
    store.set({ status: 'ready' });
  }

  const actions = {
    async start(): Promise<void> {
      void deps.storage.recent().then((recent) => store.set({ recent }), () => undefined);
      const outcome = await deps.storage.load();
      /** What could not be used is set aside first; only a record that has a copy may be overwritten. */
      const setAside = async (kept: boolean, reason: Message) => {
        if (kept) {
          replaceStored = true;
          tell('warning', reason);
        } else {
          // no copy could be made: autosave stays off rather than write over the only one
          store.set({ storage: 'failed' });
          tell('error', message('notice.restoreNoCopy', {}));
        }
      };
      if (outcome.kind === 'loaded') {
        const { saved } = outcome;
        knownRevision = saved.revision ?? 0;
        store.set({ lang: isLang(saved.lang) ? saved.lang : store.get().lang, unsaved: saved.unsaved === true });
        const history = wellFormedHistory(saved.history) ? saved.history : undefined;
        if (await adoptFile(saved.file, saved.scenarioId, history ?? { past: [], future: [] })) {
          if (history) return;
          // the work is whole but its undo history is not: keep the work, set the record aside
          await setAside((await deps.storage.keepAside(saved, 'history')) !== undefined, message('notice.historyDropped', {}));
          return;
        }
        await setAside((await deps.storage.keepAside(saved, 'invalid')) !== undefined, message('notice.restoreInvalid', {}));
      } else if (outcome.kind === 'unreadable') {
        await setAside(outcome.asideKey !== undefined, message(outcome.reason === 'newer' ? 'notice.restoreNewer' : 'notice.restoreUnreadable', {}));
      } else if (outcome.kind === 'unavailable') {
        store.set({ storage: 'unavailable' });
        tell('error', message('notice.storageUnavailable', {}));
      }
      await openDefault();
    },

    /**
     * Opens the text of a file. An invalid one changes nothing: its errors are shown to read and
     * copy. Unsaved work is never lost: it goes to the recent-files list first, and the user is told.
     */
    openText: exclusive(async function openText(text: string, name?: string): Promise<boolean> {
      const reply = await compute(() => bridge.call('open', text, store.get().lang));
      if (!reply.ok) {
        store.set({ importErrors: { name: name ?? '', errors: reply.errors } });
        return false;
      }
      reportToken = reply.token;
      const previous = store.get();
      if (previous.file && previous.unsaved) {
        await remember(previous.file, 'setAside');
        tell('info', message('notice.setAside', { title: previous.file.title }));
      }
      store.set((s) => ({
        file: reply.file, report: reply.report, history: { past: [], future: [] }, scenarioId: BASELINE_ID,
        documentId: s.documentId + 1, unsaved: false, importErrors: undefined,
      }));
      workChanged = true;
      afterChange();
      await remember(reply.file, 'opened');
      return true;
    }),

    /** Opens a file from the recent list, as openText does. */
    async openRecent(id: string): Promise<boolean> {
      const entry = store.get().recent.find((r) => r.id === id);
      return entry ? actions.openText(serialiseScenarioFile(entry.file), entry.title) : false;
    },

    /** The open file as the text to save (stable key order, format and version, $schema). */
    async save(): Promise<{ name: string; text: string } | undefined> {
      const file = store.get().file;
      if (!file) return undefined;
      const text = serialiseScenarioFile({ $schema: './scenario.schema.json', ...file });
      store.set({ unsaved: false });
      afterChange();
      await remember(file, 'saved');
      return { name: file.title, text };
    },

    closeImportErrors(): void {
      store.set({ importErrors: undefined });
    },

    /** Appends an operation to the scenario on screen; on the baseline it edits the file's organisation. */
    apply: exclusive(async function apply(operation: Operation, label: Message): Promise<boolean> {
      const { file, scenarioId } = store.get();
      if (!file) return false;
      if (scenarioId === BASELINE_ID) {
        const checked = checkOperation(operation, '$');
        if (!checked.ok) {
          tell('error', message('notice.refused', {}), checked.errors);
          return false;
        }
        const result = workspace.applyToBaseline(file, checked.operation);
        if (!result.ok) {
          tell('error', message('notice.refused', {}), result.refusals);
          return false;
        }
        // the engine is sent the operation, not the whole organisation again; undo sends the file
        return commit(label, result, { kind: 'baseline', operation: checked.operation }, { kind: 'file' });
      }
      const change = workspace.appendToScenario(file, scenarioId, operation);
      return commit(label, change, { kind: 'append', scenarioId, operation }, { kind: 'truncate', scenarioId, count: 1 });
    }),

    undo: exclusive(() => travel('undo')),
    redo: exclusive(() => travel('redo')),

    /** The change list is shown (it is then kept up to date) or hidden (it is emptied and left). */
    watchChanges(on: boolean): void {
      if (on === changesWatched) return;
      changesWatched = on;
      if (on) void refreshChanges();
      else if (store.get().changes.length > 0) store.set({ changes: [] });
    },
    switchScenario(scenarioId: string): void {
      const file = store.get().file;
      if (scenarioId !== BASELINE_ID && !file?.scenarios.some((s) => s.id === scenarioId)) return;
      store.set({ scenarioId });
      afterChange();
    },

    createScenario: exclusive(async function createScenario(name: string, copyOf?: string): Promise<boolean> {
      const file = store.get().file;
      if (!file) return false;
      const id = workspace.uniqueScenarioId(file);
      const source = file.scenarios.find((s) => s.id === copyOf);
      const change = workspace.addScenario(file, { id, name, operations: source ? [...source.operations] : [] });
      return commit(message('step.createScenario', { name }), change, { kind: 'file' }, { kind: 'file' }, id);
    }),

    renameScenario: exclusive(async function renameScenario(scenarioId: string, name: string): Promise<boolean> {
      const file = store.get().file;
      if (!file) return false;
      return commit(message('step.renameScenario', { name }), workspace.renameScenario(file, scenarioId, name), { kind: 'file' }, { kind: 'file' });
    }),

    deleteScenario: exclusive(async function deleteScenario(scenarioId: string): Promise<boolean> {
      const file = store.get().file;
      const scenario = file?.scenarios.find((s) => s.id === scenarioId);
      if (!file || !scenario) return false;
      const next = store.get().scenarioId === scenarioId ? BASELINE_ID : store.get().scenarioId;
      return commit(message('step.deleteScenario', { name: scenario.name }), workspace.removeScenario(file, scenarioId), { kind: 'file' }, { kind: 'file' }, next);
    }),

    editRecord: exclusive(async function editRecord(scenarioId: string, index: number, record: { note?: string; doc?: string }): Promise<boolean> {
      const file = store.get().file;
      if (!file) return false;
      const operation = file.scenarios.find((s) => s.id === scenarioId)?.operations[index];
      if (!operation) return false;
      const change = workspace.editOperationRecord(file, scenarioId, index, record);
      // the engine keeps the records for the change list; it recomputes nothing for them
      const before = { ...('doc' in record ? { doc: operation.doc ?? '' } : {}), ...('note' in record ? { note: operation.note ?? '' } : {}) };
      return commit(message('step.editRecord', { index: index + 1 }), change, { kind: 'record', scenarioId, index, record }, { kind: 'record', scenarioId, index, record: before });
    }),

    async setLang(lang: Lang): Promise<void> {
      store.set({ lang });
      deps.rememberLang?.(lang);
      afterChange();
      const named = await compute(() => bridge.call('namedReport', lang));
      if (named && store.get().lang === lang) {
        reportToken = named.token;
        store.set({ report: named.report });
      }
    },

    /** Where each proposal's savings come from (for the compare view), computed by the worker. */
    breakdowns(): Promise<Record<string, SavingsBreakdown>> {
      return bridge.call('breakdowns');
    },

    /** What a proposal changes, bureau by bureau (调整对照表), computed by the worker. */
    adjustments(scenarioId: string): Promise<AdjustmentRow[]> {
      return bridge.call('adjustments', scenarioId);
    },

    /** Tells the user something that is not a change: a drop that cannot be done, say. */
    inform(tone: Notice['tone'], msg: Message): void {
      tell(tone, msg);
    },

    /** Another tab saved revision `revision` of this workspace. */
    otherTabSaved(revision: number): void {
      if (revision > knownRevision) conflict();
    },

    /** After a conflict: keep this tab's work, writing it over the other tab's. */
    async keepThisTab(): Promise<void> {
      const { file, scenarioId, lang, history, unsaved } = store.get();
      if (!file) return;
      try {
        knownRevision = await deps.storage.save({ storageVersion: STORAGE_VERSION, savedAt: new Date().toISOString(), file, scenarioId, lang, history, unsaved }, 'force');
        workChanged = false;
        store.set({ storage: 'ok' });
        deps.announce?.(knownRevision);
      } catch {
        // not stored: say so, and keep the work here
        store.set({ storage: 'failed' });
        tell('error', message('notice.storageFailed', {}));
      }
    },

    dismissNotice(id: number): void {
      store.set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
    },

    /** Writes the autosave at once (before the page goes away). */
    flush: () => {
      clearTimeout(saveTimer);
      return saveNow();
    },
  };

  return { store, actions };
}

export type Controller = ReturnType<typeof createController>;
export type Actions = Controller['actions'];
