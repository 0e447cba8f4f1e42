// Starting the app: the work saved in this browser comes back (file, scenario on screen, undo
// history, language); what cannot be used is set aside first, never overwritten (stored records are
// read as carefully as files: ./records.ts); a first visit opens the example file.
import { type Message, isLang, message } from '../i18n';
import type { OpenReply } from '../engine';
import { BASELINE_ID, type ScenarioFile } from '../model';
import type { Core } from './actions/types';
import type { History } from './history';
import { readHistory } from './records';
import { scenarioExists } from './state';

export async function restoreSession(core: Core, defaultFile: () => string | Promise<string>): Promise<void> {
  await restoreWork(core, defaultFile);
  prefetch();
}

async function restoreWork(core: Core, defaultFile: () => string | Promise<string>): Promise<void> {
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
    // the steps that can be used (a label this version knows, patches whole …); undo stops before a damaged one
    const { history, dropped } = readHistory(saved.history);
    if (await adoptFile(core, saved.file, saved.scenarioId, history)) {
      if (dropped === 0) return;
      // the work is whole but its undo history is not: keep the work and what history can be used, set the record aside
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
  // the example is read by the engine (in the worker): the page need not carry the file parser. It
  // is fetched from the server: should that fail (offline, or a new version of the app put up in
  // between), the page says so instead of opening forever
  const example = await Promise.resolve()
    .then(defaultFile)
    .then((text) => core.engine.open(text))
    .catch(() => undefined);
  if (!example || !show(core, example, BASELINE_ID, { past: [], future: [] })) store.set({ status: 'noFile' });
}

/**
 * What the page needs only when the user chooses a file (its decoders), fetched once the work is
 * on screen: then it does not wait for the network, and it works should the server go away.
 */
function prefetch(): void {
  import('./chosenFile').catch(() => undefined);
}

/** A stored file, checked again by the engine, with its scenario and history; false if refused. */
async function adoptFile(core: Core, file: ScenarioFile, scenarioId: string, history: History): Promise<boolean> {
  return show(core, await core.engine.openFile(file), scenarioId, history);
}

/** The file the engine opened, on screen with its scenario and history; false if the engine refused it. */
function show(core: Core, reply: OpenReply, scenarioId: string, history: History): boolean {
  if (!reply.ok) return false;
  const shown = scenarioExists(reply.file, scenarioId) ? scenarioId : BASELINE_ID;
  core.store.set((s) => ({ file: reply.file, report: reply.report, settings: reply.settings, history, scenarioId: shown, status: 'ready', documentId: s.documentId + 1 }));
  void core.changeList.refresh();
  return true;
}
