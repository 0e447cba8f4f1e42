// A proposal as it was before some of the steps of the undo history: "what did I change in 方案A
// since I opened the file, or since that merge?". The history holds each step's inverse patches,
// so the file of N steps back is the file on screen with the last N steps undone, nothing stored.
import type { Message } from '../../i18n';
import type { ScenarioFile } from '../../model';
import type { History, Step } from '../history';

/** Undoes one step on a file (../history.ts `undoFile`, handed in: see ./say.ts). */
export type Undo = (file: ScenarioFile, step: Step) => ScenarioFile;

export interface EarlierState {
  /** How many steps back: the file before the step `label`. */
  steps: number;
  label: Message;
}

/** How many of the newest steps are looked through for a proposal's earlier states. */
const LOOK_BACK = 200;

/** The file with the newest `steps` steps undone. */
export function fileBefore(undoFile: Undo, file: ScenarioFile, history: History, steps: number): ScenarioFile {
  let earlier = file;
  const past = history.past;
  for (let n = 0; n < steps && n < past.length; n++) earlier = undoFile(earlier, past[past.length - 1 - n]!);
  return earlier;
}

/**
 * The earlier states of a proposal worth comparing with: before each step that changed it or
 * today's organisation under it, newest first, back to where it was made or the history begins.
 * Undoing a step gives new objects only where the step changed something (immer shares the
 * rest), so "changed" is a comparison of references.
 */
export function earlierStates(undoFile: Undo, file: ScenarioFile, history: History, scenarioId: string): EarlierState[] {
  const out: EarlierState[] = [];
  const past = history.past;
  let later = file;
  for (let n = 1; n <= past.length && n <= LOOK_BACK; n++) {
    const step = past[past.length - n]!;
    const earlier = undoFile(later, step);
    const before = earlier.scenarios.find((s) => s.id === scenarioId);
    // the step made the proposal: before it there is nothing to compare with
    if (!before) break;
    const changed =
      before !== later.scenarios.find((s) => s.id === scenarioId) ||
      earlier.units !== later.units || earlier.bureaus !== later.bureaus || earlier.functions !== later.functions || earlier.rules !== later.rules;
    if (changed) out.push({ steps: n, label: step.label });
    later = earlier;
  }
  return out;
}
