// A whole new file (two copies merged) written into the open one as the smallest edit: only what
// differs is touched, so the undo step holds what the merge changed rather than two whole files
// (a province's file is megabytes, and the undo history is stored with the work).
import type { Draft } from 'immer';
import { sameValue } from '../../engine/share/canonical';
import type { ScenarioFile } from '../../model';

type Node = Record<string, unknown> | unknown[];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `draft` made equal to `next`; `base` is the file the draft was made from (compared there,
 * not through the draft, which would make a proxy of every bureau it reads).
 */
export function writeInto(draft: Draft<ScenarioFile>, base: ScenarioFile, next: ScenarioFile): void {
  writeRecord(draft as unknown as Record<string, unknown>, base as unknown as Record<string, unknown>, next as unknown as Record<string, unknown>);
}

function writeValue(parent: Node, key: string | number, base: unknown, next: unknown): void {
  if (sameValue(base, next)) return;
  const target = (parent as Record<string | number, unknown>)[key];
  if (isRecord(base) && isRecord(next)) writeRecord(target as Record<string, unknown>, base, next);
  else if (Array.isArray(base) && Array.isArray(next)) writeList(target as unknown[], base, next);
  else (parent as Record<string | number, unknown>)[key] = next;
}

function writeRecord(target: Record<string, unknown>, base: Record<string, unknown>, next: Record<string, unknown>): void {
  for (const key of Object.keys(base)) if (!Object.hasOwn(next, key)) delete target[key];
  for (const key of Object.keys(next)) {
    if (Object.hasOwn(base, key)) writeValue(target, key, base[key], next[key]);
    else target[key] = next[key];
  }
}

/** The same start and end are kept; a list of the same length is written item by item, another has its middle replaced. */
function writeList(target: unknown[], base: readonly unknown[], next: readonly unknown[]): void {
  if (base.length === next.length) {
    next.forEach((item, index) => writeValue(target, index, base[index], item));
    return;
  }
  let start = 0;
  while (start < base.length && start < next.length && sameValue(base[start], next[start])) start++;
  let end = 0;
  while (end < base.length - start && end < next.length - start && sameValue(base[base.length - 1 - end], next[next.length - 1 - end])) end++;
  target.splice(start, base.length - start - end, ...next.slice(start, next.length - end));
}
