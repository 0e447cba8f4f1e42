// Three-way merge of one proposal's operations (SPEC §5: a proposal's history is its list).
//
// Against the common ancestor's list, each side's list is matched with the operation diff's
// longest common subsequence (../sequence.ts). An ancestor operation kept by both sides is
// stable; between two stable operations lies a stretch, and for each stretch:
//  - changed on one side only (the other kept the ancestor's) → that side's version;
//  - the same on both → once;
//  - both only added operations there (the usual case: both appended to the proposal) → both,
//    interleaved by `at` (interleave below), an operation both added identically taken once;
//  - one side only added operations after (or before) the ancestor's, which the other changed
//    (a reviewer's note on the last operation while the author went on) → the change, then the
//    additions;
//  - otherwise both changed the same operations differently → a conflict over the stretch: the
//    user takes one side's version of it.
// Whatever is merged without a question is then checked for meeting changes (conflicts.ts).
import type { Operation } from '../../../model';
import { canonical } from '../canonical';
import { diffOperations } from '../operations';
import { matchSequences } from '../sequence';
import { effectiveTimes } from './time';

export type Side = 'ours' | 'theirs';

export interface MergedOperation {
  operation: Operation;
  /** Whose it is: one side's (added or changed by it), or both's (the ancestor's, or added alike). */
  side: Side | 'both';
  /** Its place in each side's list, where it stands there. */
  ours?: number;
  theirs?: number;
  /** An ancestor operation the side changed: what it was, to go back to if that side's change gives way. */
  base?: Operation;
  /** Conflicts it takes part in: if the user decides one for the other side, it gives way (conflicts.ts). */
  stakes?: Stake[];
}

/** Giving way: the fields of a `set` or `set-unit` are taken out of it; any other operation is left out. */
export interface Stake {
  conflict: string;
  fields?: string[];
}

export type Segment =
  | { kind: 'merged'; operations: MergedOperation[] }
  | { kind: 'stretch'; conflict: string; base: Operation[]; ours: MergedOperation[]; theirs: MergedOperation[] };

const same = (a: readonly Operation[], b: readonly Operation[]) => a.length === b.length && a.every((op, i) => canonical(op) === canonical(b[i]));

/** `conflictId(n)`: the id of the n-th stretch conflict of this proposal. */
export function mergeOperationLists(
  base: readonly Operation[],
  ours: readonly Operation[],
  theirs: readonly Operation[],
  conflictId: (n: number) => string,
): Segment[] {
  const inOurs = new Map(matchSequences(base, ours, canonical));
  const inTheirs = new Map(matchSequences(base, theirs, canonical));
  const times = { ours: effectiveTimes(ours), theirs: effectiveTimes(theirs) };
  const segments: Segment[] = [];
  const merged: MergedOperation[] = [];
  let conflicts = 0;
  let [o, a, b] = [0, 0, 0];
  const stableAfter = (from: number) => {
    for (let i = from; i < base.length; i++) if (inOurs.has(i) && inTheirs.has(i)) return i;
    return base.length;
  };
  while (o <= base.length) {
    const next = stableAfter(o);
    const aEnd = next < base.length ? inOurs.get(next)! : ours.length;
    const bEnd = next < base.length ? inTheirs.get(next)! : theirs.length;
    const stretch = { base: base.slice(o, next), o, ours: ours.slice(a, aEnd), a, theirs: theirs.slice(b, bEnd), b };
    const resolved = mergeStretch(stretch, times);
    if (resolved) merged.push(...resolved);
    else {
      if (merged.length > 0) segments.push({ kind: 'merged', operations: merged.splice(0) });
      segments.push({
        kind: 'stretch',
        conflict: conflictId(conflicts++),
        base: stretch.base,
        ours: sideOf(stretch.base, stretch.ours, 'ours', a),
        theirs: sideOf(stretch.base, stretch.theirs, 'theirs', b),
      });
    }
    if (next === base.length) break;
    merged.push({ operation: base[next]!, side: 'both', ours: aEnd, theirs: bEnd });
    [o, a, b] = [next + 1, aEnd + 1, bEnd + 1];
  }
  if (merged.length > 0) segments.push({ kind: 'merged', operations: merged });
  return segments;
}

interface Stretch {
  base: Operation[];
  o: number;
  ours: Operation[];
  a: number;
  theirs: Operation[];
  b: number;
}

function mergeStretch(s: Stretch, times: Record<Side, number[]>): MergedOperation[] | undefined {
  if (same(s.ours, s.base)) return sideOf(s.base, s.theirs, 'theirs', s.b);
  if (same(s.theirs, s.base)) return sideOf(s.base, s.ours, 'ours', s.a);
  if (same(s.ours, s.theirs)) return s.ours.map((operation, i) => ({ operation, side: 'both', ours: s.a + i, theirs: s.b + i }));
  const n = s.base.length;
  const startsWithBase = (list: Operation[]) => n > 0 && list.length > n && same(list.slice(0, n), s.base);
  const endsWithBase = (list: Operation[]) => n > 0 && list.length > n && same(list.slice(list.length - n), s.base);
  const tail = (side: Side, list: Operation[], from: number, start: number) =>
    list.slice(from).map((operation, i): MergedOperation => ({ operation, side, [side]: start + from + i }));
  if (n === 0) return interleave(tail('ours', s.ours, 0, s.a), tail('theirs', s.theirs, 0, s.b), times);
  if (startsWithBase(s.ours) && startsWithBase(s.theirs)) {
    const kept = s.base.map((operation, i): MergedOperation => ({ operation, side: 'both', ours: s.a + i, theirs: s.b + i }));
    return [...kept, ...interleave(tail('ours', s.ours, n, s.a), tail('theirs', s.theirs, n, s.b), times)];
  }
  // one side only added after (or before) the ancestor's operations; the other changed those
  if (startsWithBase(s.ours)) return [...sideOf(s.base, s.theirs, 'theirs', s.b), ...tail('ours', s.ours, n, s.a)];
  if (startsWithBase(s.theirs)) return [...sideOf(s.base, s.ours, 'ours', s.a), ...tail('theirs', s.theirs, n, s.b)];
  if (endsWithBase(s.ours)) return [...tail('ours', s.ours.slice(0, s.ours.length - n), 0, s.a), ...sideOf(s.base, s.theirs, 'theirs', s.b)];
  if (endsWithBase(s.theirs)) return [...tail('theirs', s.theirs.slice(0, s.theirs.length - n), 0, s.b), ...sideOf(s.base, s.ours, 'ours', s.a)];
  return undefined;
}

/** One side's version of a stretch: ancestor operations it kept are both's; one it changed remembers what it was. */
function sideOf(base: readonly Operation[], list: readonly Operation[], side: Side, start: number): MergedOperation[] {
  const out: MergedOperation[] = list.map((operation, i) => ({ operation, side, [side]: start + i }));
  for (const change of diffOperations(base, list)) {
    if (change.change === 'changed') out[change.after]!.base = change.operation;
  }
  const kept = new Set(matchSequences(base, list, canonical).map(([, j]) => j));
  for (const j of kept) out[j]!.side = 'both';
  return out;
}

/**
 * Two lists of new operations as one: each keeps its own order (an operation may need the one
 * before it), and at each step the one made earlier goes first (time.ts: `at`, or the time of
 * the operation before it on its side); on a tie, or where neither says, ours (the open file's)
 * go first. Operations both sides added identically are taken once, where they stand.
 */
export function interleave(ours: MergedOperation[], theirs: MergedOperation[], times: Record<Side, number[]>): MergedOperation[] {
  const out: MergedOperation[] = [];
  const timeOf = (m: MergedOperation) => (m.side === 'theirs' ? times.theirs[m.theirs!]! : times.ours[m.ours!]!);
  const weave = (x: MergedOperation[], y: MergedOperation[]) => {
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      if (j >= y.length || (i < x.length && timeOf(x[i]!) <= timeOf(y[j]!))) out.push(x[i++]!);
      else out.push(y[j++]!);
    }
  };
  let i = 0;
  let j = 0;
  for (const [x, y] of matchSequences(ours.map((m) => m.operation), theirs.map((m) => m.operation), canonical)) {
    weave(ours.slice(i, x), theirs.slice(j, y));
    out.push({ operation: ours[x]!.operation, side: 'both', ours: ours[x]!.ours, theirs: theirs[y]!.theirs });
    i = x + 1;
    j = y + 1;
  }
  weave(ours.slice(i), theirs.slice(j));
  return out;
}
