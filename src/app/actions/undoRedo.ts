// Undo and redo: the last step taken back (or taken again), told to the engine first; a step the
// engine refuses leaves everything as it was. The scenario on screen becomes the step's own. A step
// restored from storage that no longer fits the file is dropped with a notice.
// Undo may take back an approval (with what that step brought), but no step may change the
// operations of a proposal approved before and after it: the user sets it back to draft first.
import { message } from '../../i18n';
import { approvalBreach } from '../approval';
import { type History, redoFile, undoFile } from '../history';
import { scenarioExists } from '../state';
import { BASELINE_ID, type ScenarioFile } from '../../model';
import type { Core } from './types';

export async function travel(core: Core, direction: 'undo' | 'redo'): Promise<void> {
  const state = core.store.get();
  const from = direction === 'undo' ? state.history.past : state.history.future;
  const step = from[from.length - 1];
  if (!step || !state.file) return;
  let file: ScenarioFile;
  try {
    file = direction === 'undo' ? undoFile(state.file, step) : redoFile(state.file, step);
  } catch {
    // a stored step that no longer fits the file: it is dropped, and the user told, never a silent nothing
    const { past, future } = state.history;
    core.store.set({ history: direction === 'undo' ? { past: past.slice(0, -1), future } : { past, future: future.slice(0, -1) } });
    core.tell('warning', message('record.setAside', { what: 'history', count: 1 }));
    return;
  }
  const breach = approvalBreach(state.file, file, true);
  if (breach) {
    core.tell('error', breach);
    return;
  }
  const reply = await core.engine.follow(direction === 'undo' ? step.undoSync : step.redoSync, file);
  if (!reply.ok) {
    core.tell('error', message('notice.refused', {}), reply.errors);
    return;
  }
  const history: History =
    direction === 'undo'
      ? { past: state.history.past.slice(0, -1), future: [...state.history.future, step] }
      : { past: [...state.history.past, step], future: state.history.future.slice(0, -1) };
  const scenarioId = scenarioExists(file, step.scenarioId) ? step.scenarioId : BASELINE_ID;
  core.store.set({ file, report: reply.report, settings: reply.settings, history, scenarioId, unsaved: true });
  core.settled(true);
}
