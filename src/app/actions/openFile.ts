// Opening a file: its text is read and checked by the engine. An invalid one changes nothing: its
// errors are shown to read and copy. Unsaved work is never lost: it goes to the recent-files list
// first, and the user is told. Opening is not an undo step: the new file starts a new history.
import { message } from '../../i18n';
import { BASELINE_ID, type ScenarioFile, serialiseScenarioFile } from '../../model';
import type { RecentFile } from '../storage';
import type { Core } from './types';

export async function openText(core: Core, text: string, name?: string): Promise<boolean> {
  const { store } = core;
  const reply = await core.engine.open(text);
  if (!reply.ok) {
    store.set({ importErrors: { name: name ?? '', errors: reply.errors } });
    return false;
  }
  const previous = store.get();
  if (previous.file && previous.unsaved) {
    await remember(core, previous.file, 'setAside');
    core.tell('info', message('notice.setAside', { title: previous.file.title }));
  }
  store.set((s) => ({
    file: reply.file, report: reply.report, settings: reply.settings, history: { past: [], future: [] }, scenarioId: BASELINE_ID,
    documentId: s.documentId + 1, unsaved: false, importErrors: undefined,
  }));
  core.settled(true);
  await remember(core, reply.file, 'opened');
  return true;
}

/** The text of a file of the recent list, and its title, to open as `openText` does. */
export function recentText(core: Core, id: string): { text: string; name: string } | undefined {
  const entry = core.store.get().recent.find((r) => r.id === id);
  return entry && { text: serialiseScenarioFile(entry.file), name: entry.title };
}

/** Puts a file first in the recent list. */
export async function remember(core: Core, file: ScenarioFile, reason: RecentFile['reason']): Promise<void> {
  const entry: RecentFile = { id: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`, title: file.title, at: new Date().toISOString(), reason, file };
  try {
    await core.storage.remember(entry);
    core.store.set({ recent: await core.storage.recent() });
  } catch {
    // without storage there is no recent list; the work itself is unaffected
  }
}
