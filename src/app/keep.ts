// The stored-work contract: whatever replaces the open work first stores it where it is read back
// and found whole, or does not replace it and says why; a notice that claims work was kept is shown
// only after that. (The unsaved work used to be "put into Recent files" with the write's failure
// swallowed: a full disk, or one damaged entry in the list, and the work was gone while the app
// said it was kept.)
import { serialiseScenarioFile, type ScenarioFile } from '../model';
import type { RecentFile, WorkspaceStorage } from './storage';

/** A new entry of the recent list holding `file`. */
export function recentEntry(file: ScenarioFile, reason: RecentFile['reason']): RecentFile {
  return { id: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`, title: file.title, at: new Date().toISOString(), reason, file };
}

/**
 * Puts `file` into the recent list and reads the list back: the list as stored when the file is
 * in it, whole; undefined when it could not be stored (the caller must then keep the work open).
 */
export async function keepInRecent(storage: WorkspaceStorage, file: ScenarioFile, reason: RecentFile['reason'] = 'setAside'): Promise<RecentFile[] | undefined> {
  const entry = recentEntry(file, reason);
  try {
    await storage.remember(entry);
    const recent = await storage.recent();
    const stored = recent.find((r) => r.id === entry.id);
    return stored && serialiseScenarioFile(stored.file) === serialiseScenarioFile(file) ? recent : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The work stored by another tab, put into the recent list before this tab writes over it. True
 * also when there is nothing to keep (an unreadable record was kept aside by `load` already).
 */
export async function keepStoredWork(storage: WorkspaceStorage): Promise<boolean> {
  let outcome: Awaited<ReturnType<WorkspaceStorage['load']>>;
  try {
    outcome = await storage.load();
  } catch {
    return false;
  }
  if (outcome.kind === 'empty') return true;
  if (outcome.kind !== 'loaded') return outcome.kind === 'unreadable' && outcome.asideKey !== undefined;
  return (await keepInRecent(storage, outcome.saved.file)) !== undefined;
}
