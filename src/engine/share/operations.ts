// What differs between two lists of operations (SPEC §5). Operations have no ids, so they are
// matched in two steps, each keeping the order of both lists:
//  1. identical operations (every field the same, `note`, `doc`, `by` and `at` included, in any
//     key order) are paired by a longest common subsequence (sequence.ts);
//  2. in each stretch between two such pairs, what is left on each side is paired again, by subject
//     (the same kind of operation on the same bureau or unit: `move b1`, `set b1`, `reassign fn
//     from b1` …), with a second longest common subsequence. Those pairs are "changed" (a note
//     added, a move sent elsewhere), the rest "removed" or "added".
// So an edited note shows as one changed operation, not as one removed and one added.
import { type Operation, RECORD_FIELDS } from '../../model';
import { canonical } from './canonical';
import { type FieldChange, fieldChanges } from './records';
import { matchSequences } from './sequence';

export type OperationChange =
  | { change: 'added'; after: number; operation: Operation }
  | { change: 'removed'; before: number; operation: Operation }
  | { change: 'changed'; before: number; after: number; operation: Operation; becomes: Operation; fields: FieldChange[] };

const FIELD_ORDER: readonly string[] = ['op', 'bureau', 'bureaus', 'into', 'function', 'from', 'to', 'functionsTo', 'unit', 'name', ...RECORD_FIELDS];

/** The bureau or unit an operation is about (a merge: the bureau it makes). */
export function subjectOf(operation: Operation): { kind: 'bureau' | 'unit'; id: string } {
  switch (operation.op) {
    case 'move':
    case 'abolish':
    case 'set':
      return { kind: 'bureau', id: operation.bureau };
    case 'merge':
      return { kind: 'bureau', id: operation.into.id };
    case 'create':
      return { kind: 'bureau', id: operation.bureau.id };
    case 'reassign':
      return { kind: 'bureau', id: operation.from };
    case 'add-unit':
      return { kind: 'unit', id: operation.unit.id };
    case 'set-unit':
    case 'remove-unit':
      return { kind: 'unit', id: operation.unit };
  }
}

function subjectKey(operation: Operation): string {
  const { id } = subjectOf(operation);
  return operation.op === 'reassign' ? `reassign ${operation.function} ${id}` : `${operation.op} ${id}`;
}

/** In the order of the lists: each change stands where it is met walking both lists together. */
export function diffOperations(a: readonly Operation[], b: readonly Operation[]): OperationChange[] {
  const same = matchSequences(a, b, canonical);
  const changes: OperationChange[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, bj] of [...same, [a.length, b.length] as [number, number]]) {
    changes.push(...gap(a, b, i, ai, j, bj));
    i = ai + 1;
    j = bj + 1;
  }
  return changes;
}

/** The stretch a[i0, i1) against b[j0, j1), where nothing is identical. */
function gap(a: readonly Operation[], b: readonly Operation[], i0: number, i1: number, j0: number, j1: number): OperationChange[] {
  const left = a.slice(i0, i1);
  const right = b.slice(j0, j1);
  const out: OperationChange[] = [];
  let i = 0;
  let j = 0;
  const flush = (untilI: number, untilJ: number) => {
    for (; i < untilI; i++) out.push({ change: 'removed', before: i0 + i, operation: left[i]! });
    for (; j < untilJ; j++) out.push({ change: 'added', after: j0 + j, operation: right[j]! });
  };
  for (const [li, rj] of matchSequences(left, right, subjectKey)) {
    flush(li, rj);
    const operation = left[li]!;
    const becomes = right[rj]!;
    out.push({ change: 'changed', before: i0 + li, after: j0 + rj, operation, becomes, fields: fieldChanges(operation, becomes, FIELD_ORDER) });
    i = li + 1;
    j = rj + 1;
  }
  flush(left.length, right.length);
  return out;
}

/** `a` with the changes made: the list `diffOperations(a, b)` was made from is `b`. */
export function patchOperations(a: readonly Operation[], changes: readonly OperationChange[]): Operation[] {
  const gone = new Set<number>();
  const placed = new Map<number, Operation>();
  for (const c of changes) {
    if (c.change !== 'added') gone.add(c.before);
    if (c.change === 'added') placed.set(c.after, c.operation);
    if (c.change === 'changed') placed.set(c.after, c.becomes);
  }
  const kept = a.filter((_, index) => !gone.has(index));
  const out: Operation[] = [];
  let next = 0;
  for (let index = 0; next < kept.length || placed.has(index); index++) {
    const operation = placed.get(index);
    if (operation) out.push(operation);
    else out.push(kept[next++]!);
  }
  return out;
}
