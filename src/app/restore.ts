// Starting the app: the work saved in this browser comes back (file, scenario on screen, undo
// history, language); what cannot be used is set aside first, never overwritten; a first visit
// opens the example file.
import { type Message, isLang, message } from '../i18n';
import { BASELINE_ID, type ScenarioFile, parseScenarioFile } from '../model';
import type { Core } from './actions/types';
import type { History, Step } from './history';
import { scenarioExists } from './state';

export async function restoreSession(core: Core, defaultFile: () => string | Promise<string>): Promise<void> {
  const { store, storage } = core;
  void storage.recent().then((recent) => store.set({ recent }), () => undefined);
  const outcome = await storage.load();
  /** What could not be used is set aside first; only a record that has a copy may be overwritten. */
  const setAside = async (kept: boolean, reason: Message) => {
    if (kept) {
      core.autosave.replaceStored();
      core.tell('warning', reason);
    } else {
      // no copy could be made: autosave stays off rather than write over the only one
      store.set({ storage: 'failed' });
      core.tell('error', message('notice.restoreNoCopy', {}));
    }
  };
  if (outcome.kind === 'loaded') {
    const { saved } = outcome;
    core.autosave.restored(saved.revision ?? 0);
    store.set({ lang: isLang(saved.lang) ? saved.lang : store.get().lang, unsaved: saved.unsaved === true });
    const history = wellFormedHistory(saved.history) ? saved.history : undefined;
    if (await adoptFile(core, saved.file, saved.scenarioId, history ?? { past: [], future: [] })) {
      if (history) return;
      // the work is whole but its undo history is not: keep the work, set the record aside
      await setAside((await storage.keepAside(saved, 'history')) !== undefined, message('notice.historyDropped', {}));
      return;
    }
    await setAside((await storage.keepAside(saved, 'invalid')) !== undefined, message('notice.restoreInvalid', {}));
  } else if (outcome.kind === 'unreadable') {
    await setAside(outcome.asideKey !== undefined, message(outcome.reason === 'newer' ? 'notice.restoreNewer' : 'notice.restoreUnreadable', {}));
  } else if (outcome.kind === 'unavailable') {
    store.set({ storage: 'unavailable' });
    core.tell('error', message('notice.storageUnavailable', {}));
  }
  const parsed = parseScenarioFile(await defaultFile());
  if (parsed.ok) await adoptFile(core, parsed.file, BASELINE_ID, { past: [], future: [] });
  store.set({ status: 'ready' });
}

/** A stored file, checked again by the engine, with its scenario and history; false if refused. */
async function adoptFile(core: Core, file: ScenarioFile, scenarioId: string, history: History): Promise<boolean> {
  const reply = await core.engine.openFile(file);
  if (!reply.ok) return false;
  const shown = scenarioExists(reply.file, scenarioId) ? scenarioId : BASELINE_ID;
  core.store.set((s) => ({ file: reply.file, report: reply.report, settings: reply.settings, history, scenarioId: shown, status: 'ready', documentId: s.documentId + 1 }));
  void core.changeList.refresh();
  return true;
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
