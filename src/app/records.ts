// Records read back from the browser's storage are read as carefully as files: a later version may
// have renamed a key, a crash may have cut one short, another program may have written anything.
// What cannot be used is set aside (and the user told); the rest is used. Never a throw.
import { isMessageKey } from '../i18n';
import type { History, Step } from './history';
import type { RecentFile } from './storage';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const REASONS: ReadonlySet<string> = new Set<RecentFile['reason']>(['opened', 'saved', 'setAside']);
const SYNC_KINDS: ReadonlySet<string> = new Set(['append', 'truncate', 'record', 'baseline', 'file']);

/** A file as stored: enough of its shape to be written out and opened again (it is checked then). */
function looksLikeFile(value: unknown): boolean {
  const objects = (list: unknown) => Array.isArray(list) && list.every(isObject);
  return isObject(value) && objects(value.units) && objects(value.bureaus) && objects(value.scenarios) && typeof value.title === 'string';
}

export function readRecentEntry(value: unknown): RecentFile | undefined {
  if (!isObject(value)) return undefined;
  const { id, title, at, reason, file } = value;
  if (typeof id !== 'string' || typeof title !== 'string' || typeof at !== 'string') return undefined;
  if (typeof reason !== 'string' || !REASONS.has(reason) || !looksLikeFile(file)) return undefined;
  return value as unknown as RecentFile;
}

/** The entries of a stored recent list that can be used, and those that cannot. */
export function readRecentList(value: unknown): { entries: RecentFile[]; unusable: unknown[] } {
  if (value === undefined) return { entries: [], unusable: [] };
  if (!Array.isArray(value)) return { entries: [], unusable: [value] };
  const entries: RecentFile[] = [];
  const unusable: unknown[] = [];
  const seen = new Set<string>();
  for (const item of value) {
    const entry = readRecentEntry(item);
    if (entry && !seen.has(entry.id)) {
      seen.add(entry.id);
      entries.push(entry);
    } else unusable.push(item);
  }
  return { entries, unusable };
}

const isPatch = (patch: unknown) => isObject(patch) && typeof patch.op === 'string' && Array.isArray(patch.path) && patch.path.every((k) => typeof k === 'string' || typeof k === 'number');

function isSync(value: unknown): boolean {
  if (!isObject(value) || typeof value.kind !== 'string' || !SYNC_KINDS.has(value.kind)) return false;
  switch (value.kind) {
    case 'append':
      return typeof value.scenarioId === 'string' && isObject(value.operation);
    case 'truncate':
      return typeof value.scenarioId === 'string' && Number.isSafeInteger(value.count);
    case 'record':
      return typeof value.scenarioId === 'string' && Number.isSafeInteger(value.index) && isObject(value.record);
    case 'baseline':
      return isObject(value.operation);
    default:
      return true;
  }
}

/** One undo step as stored: its label a message this version knows, its patches and engine syncs whole. */
export function readStep(value: unknown): Step | undefined {
  if (!isObject(value) || typeof value.scenarioId !== 'string') return undefined;
  const label = value.label;
  if (!isObject(label) || typeof label.key !== 'string' || !isMessageKey(label.key) || !isObject(label.args)) return undefined;
  if (!Array.isArray(value.patches) || !value.patches.every(isPatch) || !Array.isArray(value.inverse) || !value.inverse.every(isPatch)) return undefined;
  if (!isSync(value.redoSync) || !isSync(value.undoSync)) return undefined;
  return value as unknown as Step;
}

/**
 * A stored undo history: the steps that can be used. Undo goes back through `past` from its end,
 * so a damaged step cuts `past` there (the steps before it cannot be reached without it); likewise
 * `future`. `dropped` counts the steps left out.
 */
export function readHistory(value: unknown): { history: History; dropped: number } {
  if (!isObject(value)) return { history: { past: [], future: [] }, dropped: 1 };
  const usable = (list: unknown): { steps: Step[]; dropped: number } => {
    if (!Array.isArray(list)) return { steps: [], dropped: 1 };
    const steps: Step[] = [];
    for (let i = list.length - 1; i >= 0; i--) {
      const step = readStep(list[i]);
      if (!step) return { steps: steps.reverse(), dropped: i + 1 };
      steps.push(step);
    }
    return { steps: steps.reverse(), dropped: 0 };
  };
  const past = usable(value.past);
  const future = usable(value.future);
  return { history: { past: past.steps, future: future.steps }, dropped: past.dropped + future.dropped };
}

/** A stored revision: a whole number ≥ 0, else none. */
export function readRevision(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}
