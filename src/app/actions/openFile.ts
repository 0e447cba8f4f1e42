// Opening a file: its text is read and checked by the engine. An invalid one changes nothing: its
// errors are shown to read and copy. Unsaved work is never lost: it goes to the recent-files list
// first and is read back (../keep.ts), and only then is the user told and the work replaced; if it
// cannot be stored, the file is not opened and the user is told why. Opening is not an undo step:
// the new file starts a new history.
import { localize, message } from '../../i18n';
import { BASELINE_ID, type ScenarioFile, type TextEncoding, fileError, serialiseScenarioFile } from '../../model';
import type { ChosenFile } from '../chosenFile';
import { keepInRecent, recentEntry } from '../keep';
import type { RecentFile } from '../storage';
import type { Core } from './types';

/** Opens text in turn (bound in ./index.ts): what the user's choices below end in. */
export type OpenText = (text: string, name?: string) => Promise<boolean>;

export async function openText(core: Core, text: string, name?: string): Promise<boolean> {
  const { store } = core;
  const reply = await core.engine.open(text);
  if (!reply.ok) {
    store.set({ importErrors: { name: name ?? '', errors: reply.errors } });
    return false;
  }
  const { file: work, unsaved } = store.get();
  if (work && unsaved) {
    const recent = await keepInRecent(core.storage, work);
    if (!recent) {
      core.tell('error', message('keep.failed', { title: work.title }));
      await keepOpen(core, work);
      return false;
    }
    store.set({ recent });
    core.tell('info', message('notice.setAside', { title: work.title }));
  }
  store.set((s) => ({
    file: reply.file, report: reply.report, settings: reply.settings, history: { past: [], future: [] }, scenarioId: BASELINE_ID,
    documentId: s.documentId + 1, unsaved: false, importErrors: undefined,
  }));
  core.settled(true);
  await remember(core, reply.file, 'opened');
  return true;
}

/** The engine holds the refused file by now: it is given back the work that stays on screen. */
async function keepOpen(core: Core, file: ScenarioFile): Promise<void> {
  const reply = await core.engine.openFile(file);
  if (reply.ok) core.store.set({ report: reply.report, settings: reply.settings });
}

/** Opens a file the user chose or dropped: checked by size and decoded first (../chosenFile.ts). */
export async function openChosenFile(core: Core, open: OpenText, file: ChosenFile): Promise<boolean> {
  // fetched on first use (prefetched after start): the first page does not carry the decoders
  const read = await import('../chosenFile').then(
    ({ readChosenFile }) => readChosenFile(file),
    (error: unknown) => ({ kind: 'refused' as const, error: fileError('$', 'file.unreadable', { reason: String(error) }) }),
  );
  if (read.kind === 'refused') {
    core.store.set({ importErrors: { name: file.name, errors: [read.error] } });
    return false;
  }
  if (read.kind === 'confirm') {
    core.store.set({ encodingCheck: read.check });
    return false;
  }
  return openDecoded(core, (text) => open(text, file.name), read.text, read.encoding);
}

/** The user read the text of a file decoded by a guess, and it is right: it opens. */
export async function confirmEncoding(core: Core, open: OpenText): Promise<boolean> {
  const check = core.store.get().encodingCheck;
  if (!check) return false;
  core.store.set({ encodingCheck: undefined });
  return openDecoded(core, check.use ?? ((text) => open(text, check.name)), check.text, check.encoding);
}

async function openDecoded(core: Core, use: (text: string) => Promise<boolean>, text: string, encoding: TextEncoding): Promise<boolean> {
  const opened = await use(text);
  if (opened && encoding !== 'UTF-8') core.tell('info', message('file.decoded', { encoding }));
  return opened;
}

/**
 * The text of a file of the recent list, and its title, to open as `openText` does; a stored entry
 * that cannot even be written out is refused like a file that does not open.
 */
export function recentText(core: Core, id: string): { text: string; name: string } | undefined {
  const entry = core.store.get().recent.find((r) => r.id === id);
  if (!entry) return undefined;
  try {
    return { text: serialiseScenarioFile(entry.file), name: entry.title };
  } catch {
    core.store.set({ importErrors: { name: entry.title, errors: [{ path: '$', code: 'recent.damaged', message: localize(message('recent.damaged', {})) }] } });
    return undefined;
  }
}

/** Puts a file first in the recent list (a list the user can do without: a failure leaves it as it was). */
export async function remember(core: Core, file: ScenarioFile, reason: RecentFile['reason']): Promise<void> {
  try {
    await core.storage.remember(recentEntry(file, reason));
    core.store.set({ recent: await core.storage.recent() });
  } catch {
    // without storage there is no recent list; the work itself is unaffected
  }
}
