// Undo and redo as immer patches: a step is what one user action changed in the file, small
// enough to keep hundreds and to store. Selection, hover and engine results never enter it.
import { type Patch, applyPatches, enablePatches, produceWithPatches } from 'immer';
import type { Message } from '../i18n';
import type { Operation, ScenarioFile, ScenarioStatus } from '../model';

enablePatches();

/** What the engine must be told when a step is done or undone. */
export type EngineSync =
  | { kind: 'append'; scenarioId: string; operation: Operation }
  | { kind: 'truncate'; scenarioId: string; count: number }
  | { kind: 'record'; scenarioId: string; index: number; record: { doc?: string; note?: string } }
  /** A proposal's status: no figure depends on it, the engine only keeps it with the file. */
  | { kind: 'status'; scenarioId: string; status: ScenarioStatus }
  /** An operation on today's organisation: the engine applies it and plays every scenario again. */
  | { kind: 'baseline'; operation: Operation }
  | { kind: 'file' };

export interface Step {
  label: Message;
  /** The scenario on screen when the step was taken: undo returns to it. */
  scenarioId: string;
  patches: Patch[];
  inverse: Patch[];
  redoSync: EngineSync;
  undoSync: EngineSync;
}

export interface History {
  past: Step[];
  future: Step[];
}

export const LIMIT = 500;

export function recordChange(
  file: ScenarioFile,
  change: (draft: ScenarioFile) => void,
): { file: ScenarioFile; patches: Patch[]; inverse: Patch[] } {
  const [next, patches, inverse] = produceWithPatches(file, change);
  return { file: next, patches, inverse };
}

export function push(history: History, step: Step): History {
  return { past: [...history.past, step].slice(-LIMIT), future: [] };
}

export function undoFile(file: ScenarioFile, step: Step): ScenarioFile {
  return applyPatches(file, step.inverse);
}

export function redoFile(file: ScenarioFile, step: Step): ScenarioFile {
  return applyPatches(file, step.patches);
}
