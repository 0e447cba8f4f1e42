// Autosave, and the tabs that share it. A change of the work (the file or its history) is written
// right after it is painted: a reload just after a drop must not lose it. A change of what is on
// screen alone (the scenario, the language) waits a moment, so that quick switching writes once.
// Each save names the revision this tab last saw; when another tab saved since, this tab writes
// nothing more until the user chooses (reload, or keep this tab's work); either choice first stores
// the work it would replace in the recent list, read back (./keep.ts), or does not happen.
import { message } from '../i18n';
import { keepInRecent, keepStoredWork } from './keep';
import type { Tell } from './notices';
import type { AppState } from './state';
import { ConflictError, STORAGE_VERSION, type SavedWorkspace, type WorkspaceStorage } from './storage';
import type { Store } from './store';

export interface Autosave {
  /** The work changed: it is written once painted. */
  workChanged(): void;
  /** What is on screen changed: it is written after a moment (with any work not yet written). */
  viewChanged(): void;
  /** Writes at once (before the page goes away). */
  flush(): Promise<void>;
  /** The session was restored from the stored record at this revision. */
  restored(revision: number): void;
  /** The stored record was set aside (unreadable, newer, invalid): the next save replaces it. */
  replaceStored(): void;
  /** Another tab saved revision `revision` of this workspace. */
  otherTabSaved(revision: number): void;
  /** After a conflict: keep this tab's work, writing it over the other tab's (that one kept in the recent list first). */
  keepThisTab(): Promise<void>;
  /**
   * After a conflict, before this tab reloads to take the other tab's work: its own unsaved work
   * into the recent list, read back. False: not kept, and the tab must not reload.
   */
  keepBeforeReload(): Promise<boolean>;
}

export interface AutosaveDeps {
  storage: WorkspaceStorage;
  /** Tells other tabs that this one saved (they then know their copy is behind). */
  announce?: (revision: number) => void;
}

/** Runs `work` once the browser has painted what is on screen now (at once where there is no screen). */
function afterPaint(work: () => void): void {
  if (typeof requestAnimationFrame === 'undefined') return void setTimeout(work, 0);
  requestAnimationFrame(() => setTimeout(work, 0));
}

// Long only as one closure over this tab's revision and its work not yet written; each part is short.
export function createAutosave(store: Store<AppState>, deps: AutosaveDeps, tell: Tell): Autosave {
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** The revision of the stored workspace this tab last read or wrote. */
  let knownRevision = 0;
  /** The work (file or history, not what is on screen) changed since this tab last saved it. */
  let workChanged = false;
  /** The stored record was set aside: the next save replaces it. */
  let replaceStored = false;
  /** One save at a time, in order; a save asked for while one runs writes the newest state after it. */
  let saving: Promise<void> = Promise.resolve();

  function saveNow(): Promise<void> {
    saving = saving.then(write, write);
    return saving;
  }

  function schedule(): void {
    clearTimeout(saveTimer);
    // storing a large file takes a moment on this thread, and the user should see the drop first
    if (workChanged) afterPaint(() => void saveNow());
    else saveTimer = setTimeout(() => void saveNow(), 250);
  }

  function record(): Omit<SavedWorkspace, 'revision'> | undefined {
    const { file, scenarioId, lang, history, unsaved } = store.get();
    return file && { storageVersion: STORAGE_VERSION, savedAt: new Date().toISOString(), file, scenarioId, lang, history, unsaved };
  }

  async function write(): Promise<void> {
    const saved = record();
    // while another tab's work is stored, this tab writes nothing until the user chooses
    if (!saved || store.get().storage === 'conflict') return;
    // the revision counts changes of the work; what is on screen is saved without counting
    const writing = workChanged;
    workChanged = false;
    try {
      const before = knownRevision;
      knownRevision = await deps.storage.save({ ...saved, revision: writing ? knownRevision + 1 : knownRevision }, replaceStored ? 'force' : before);
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

  return {
    workChanged() {
      workChanged = true;
      schedule();
    },
    viewChanged: schedule,
    flush() {
      clearTimeout(saveTimer);
      return saveNow();
    },
    restored(revision) {
      knownRevision = revision;
    },
    replaceStored() {
      replaceStored = true;
    },
    otherTabSaved(revision) {
      if (revision > knownRevision) conflict();
    },
    async keepThisTab() {
      const saved = record();
      if (!saved) return;
      if (!(await keepStoredWork(deps.storage))) return tell('error', message('keep.otherTabFailed', {}));
      try {
        knownRevision = await deps.storage.save(saved, 'force');
        workChanged = false;
        store.set({ storage: 'ok' });
        deps.announce?.(knownRevision);
      } catch {
        // not stored: say so, and keep the work here
        store.set({ storage: 'failed' });
        tell('error', message('notice.storageFailed', {}));
      }
    },
    async keepBeforeReload() {
      const { file, unsaved } = store.get();
      if (!file || !unsaved) return true;
      const kept = await keepInRecent(deps.storage, file);
      if (!kept) tell('error', message('keep.failed', { title: file.title }));
      else store.set({ recent: kept });
      return kept !== undefined;
    },
  };
}
