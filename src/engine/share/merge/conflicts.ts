// Where the two sides' own operations meet (footprint.ts), in what merged without a question:
//  - both write the same field of the same bureau or unit (a move writes `unit`, a reassign the
//    `functions` of both bureaus, a `set` each field it sets);
//  - one removes a bureau or unit (abolish, merge, remove-unit) that the other touches at all;
//  - both make the same id.
// Each meeting is one conflict for the user, and every operation in it gets a stake: if the user
// decides for the other side, it gives way. Changes to an operation's note, document number,
// author or date meet nothing.
import { type Operation, RECORD_FIELDS } from '../../../model';
import { fieldChanges } from '../records';
import { type Entity, type Touch, entityKey, touchesOf } from './footprint';
import type { MergedOperation, Segment, Side } from './operations';

/** An operation of one side as the user sees it: where it stands in that side's list. */
export interface OperationRef {
  index: number;
  operation: Operation;
}

export interface EditConflict {
  id: string;
  kind: 'edit';
  proposal: string;
  entity: Entity;
  entityId: string;
  /** The field both change; null where one side removes it, or both make it. */
  field: string | null;
  ours: OperationRef[];
  theirs: OperationRef[];
  /** The field's value after each side's proposal (absent: the side no longer has it). */
  ourValue?: unknown;
  theirValue?: unknown;
}

/** What the operation does, counting both what it was and what it became; nothing for a change of record fields only. */
export function effectTouches(m: MergedOperation): Touch[] {
  if (!m.base) return touchesOf(m.operation);
  const changed = fieldChanges(m.base, m.operation, []).map((f) => f.field);
  if (changed.every((field) => (RECORD_FIELDS as readonly string[]).includes(field))) return [];
  return [...touchesOf(m.operation), ...touchesOf(m.base)];
}

/** Each side's own operations in the merged segments, with what they touch. */
export function ownOperations(segments: readonly Segment[]): Array<{ m: MergedOperation; side: Side; touches: Touch[] }> {
  const out: Array<{ m: MergedOperation; side: Side; touches: Touch[] }> = [];
  for (const segment of segments) {
    if (segment.kind !== 'merged') continue;
    for (const m of segment.operations) if (m.side !== 'both') out.push({ m, side: m.side, touches: effectTouches(m) });
  }
  return out;
}

export function addStake(m: MergedOperation, conflict: string, fields?: string[]): void {
  m.stakes = [...(m.stakes ?? []), fields ? { conflict, fields } : { conflict }];
}

export function refOf(m: MergedOperation, side: Side): OperationRef {
  return { index: m[side]!, operation: m.operation };
}

export type ValueOf = (side: Side, entity: Entity, id: string, field: string) => unknown;

export function findEditConflicts(proposal: string, segments: readonly Segment[], valueOf: ValueOf): EditConflict[] {
  const byEntity = new Map<string, { entity: Entity; id: string; ours: Array<{ m: MergedOperation; touches: Touch[] }>; theirs: Array<{ m: MergedOperation; touches: Touch[] }> }>();
  for (const own of ownOperations(segments)) {
    for (const touch of own.touches) {
      const key = entityKey(touch.entity, touch.id);
      let entry = byEntity.get(key);
      if (!entry) byEntity.set(key, (entry = { entity: touch.entity, id: touch.id, ours: [], theirs: [] }));
      const list = entry[own.side];
      const last = list[list.length - 1];
      if (last?.m === own.m) last.touches.push(touch);
      else list.push({ m: own.m, touches: [touch] });
    }
  }
  const conflicts: EditConflict[] = [];
  for (const { entity, id, ours, theirs } of byEntity.values()) {
    if (ours.length === 0 || theirs.length === 0) continue;
    const all = [...ours, ...theirs].flatMap((x) => x.touches);
    const make = (field: string | null, oursIn: typeof ours, theirsIn: typeof theirs) => {
      const conflict: EditConflict = {
        id: `proposal/${proposal}/edit/${entity}/${id}/${field ?? '*'}`,
        kind: 'edit',
        proposal,
        entity,
        entityId: id,
        field,
        ours: oursIn.map((x) => refOf(x.m, 'ours')),
        theirs: theirsIn.map((x) => refOf(x.m, 'theirs')),
      };
      if (field !== null) {
        const ourValue = valueOf('ours', entity, id, field);
        const theirValue = valueOf('theirs', entity, id, field);
        if (ourValue !== undefined) conflict.ourValue = ourValue;
        if (theirValue !== undefined) conflict.theirValue = theirValue;
      }
      for (const x of [...oursIn, ...theirsIn]) addStake(x.m, conflict.id, field === null ? undefined : [field]);
      conflicts.push(conflict);
    };
    const removes = all.some((t) => t.effect === 'remove');
    const bothCreate = ours.some((x) => x.touches.some((t) => t.effect === 'create')) && theirs.some((x) => x.touches.some((t) => t.effect === 'create'));
    if (removes || bothCreate) {
      make(null, ours, theirs);
      continue;
    }
    const written = (list: typeof ours) => new Set(list.flatMap((x) => x.touches.flatMap((t) => (t.effect === 'write' ? [t.field] : []))));
    const theirFields = written(theirs);
    for (const field of written(ours)) {
      if (!theirFields.has(field)) continue;
      const writes = (x: { touches: Touch[] }) => x.touches.some((t) => t.effect === 'write' && t.field === field);
      make(field, ours.filter(writes), theirs.filter(writes));
    }
  }
  return conflicts;
}
