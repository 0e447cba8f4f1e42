// Units, bureaus and duties compared by id, field by field: the order they are listed in is not a
// difference, and neither is a field written out with the value SPEC §3 gives when it is left out.
import type { Bureau, FunctionDef, Unit } from '../../model';
import { BUREAU_FIELDS, UNIT_FIELDS } from '../../model/shapes';
import { differingKeys, sameValue } from './canonical';

/** One field that differs; `before` or `after` is absent where the field is. */
export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

export type RecordChange<T> =
  | { change: 'added'; id: string; after: T }
  | { change: 'removed'; id: string; before: T }
  | { change: 'changed'; id: string; before: T; after: T; fields: FieldChange[] };

export interface RecordKind<T extends { id: string }> {
  /** The fields in the order people read them (the order of SPEC §3). */
  fields: readonly string[];
  /** The record with every field that holds its default value left out. */
  normal: (record: T) => T;
}

/** SPEC §3: `partyCommittee` and `developedTown` default to false, a unit's `leaderPosts` to 0. */
const UNIT_DEFAULTS: ReadonlyArray<[keyof Unit, unknown]> = [['partyCommittee', false], ['developedTown', false], ['leaderPosts', 0]];

function normalUnit(unit: Unit): Unit {
  if (!UNIT_DEFAULTS.some(([field, value]) => unit[field] === value)) return unit;
  const out: Record<string, unknown> = { ...unit };
  for (const [field, value] of UNIT_DEFAULTS) if (out[field] === value) delete out[field];
  return out as unknown as Unit;
}

export const UNIT_RECORDS: Readonly<RecordKind<Unit>> = { fields: UNIT_FIELDS, normal: normalUnit };
export const BUREAU_RECORDS: Readonly<RecordKind<Bureau>> = { fields: BUREAU_FIELDS, normal: (bureau) => bureau };
export const FUNCTION_RECORDS: Readonly<RecordKind<FunctionDef>> = { fields: ['id', 'name', 'category'], normal: (fn) => fn };

/** By id; where an id repeats (a file's own duties may, in version 1), the last one counts, as in the catalogue. */
export function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

export function fieldChanges(before: object, after: object, order: readonly string[]): FieldChange[] {
  const left = before as Record<string, unknown>;
  const right = after as Record<string, unknown>;
  return differingKeys(left, right, order).map((field) => change(field, left[field], right[field]));
}

function change(field: string, before: unknown, after: unknown): FieldChange {
  const out: FieldChange = { field };
  if (before !== undefined) out.before = before;
  if (after !== undefined) out.after = after;
  return out;
}

/** Removed and changed records in the order of `before`, then the added ones in the order of `after`. */
export function diffRecords<T extends { id: string }>(before: readonly T[], after: readonly T[], kind: RecordKind<T>): RecordChange<T>[] {
  const left = byId(before);
  const right = byId(after);
  const changes: RecordChange<T>[] = [];
  for (const [id, record] of left) {
    const other = right.get(id);
    if (other === undefined) {
      changes.push({ change: 'removed', id, before: record });
      continue;
    }
    const fields = fieldChanges(kind.normal(record), kind.normal(other), kind.fields);
    if (fields.length > 0) changes.push({ change: 'changed', id, before: record, after: other, fields });
  }
  for (const [id, record] of right) if (!left.has(id)) changes.push({ change: 'added', id, after: record });
  return changes;
}

/** `before` with the changes made: what is removed goes, changed fields take their new values, additions come last. */
export function patchRecords<T extends { id: string }>(before: readonly T[], changes: readonly RecordChange<T>[]): T[] {
  const byChange = new Map(changes.map((c) => [c.id, c]));
  const out: T[] = [];
  for (const record of byId(before).values()) {
    const c = byChange.get(record.id);
    if (c?.change === 'removed') continue;
    out.push(c?.change === 'changed' ? withFields(record, c.fields) : record);
  }
  for (const c of changes) if (c.change === 'added') out.push(c.after);
  return out;
}

export function withFields<T extends object>(record: T, fields: readonly FieldChange[]): T {
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const f of fields) {
    if (Object.hasOwn(f, 'after')) out[f.field] = f.after;
    else delete out[f.field];
  }
  return out as unknown as T;
}
