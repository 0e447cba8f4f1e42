// Three-way merge of records (a file's fields, its rule numbers, units, bureaus, duties, a
// proposal's fields), field by field. For each field: the same on both sides → that; changed on
// one side only (the other still has the ancestor's value) → the change; otherwise a conflict,
// listed with both values, the ancestor's where it is known. Without an ancestor every field
// that differs is a conflict: nobody can tell which side changed it.
import { sameValue } from '../canonical';
import { type RecordKind, byId } from '../records';
import type { Side } from './operations';

export type Section = 'file' | 'rules' | 'unit' | 'bureau' | 'function' | 'proposal';

/** A field (or, with `field: null`, a whole record) both sides changed. */
export interface FieldConflict {
  id: string;
  kind: 'field';
  section: Section;
  /** The unit's, bureau's, duty's or proposal's id; absent for the file's fields and rule numbers. */
  record?: string;
  field: string | null;
  baseKnown: boolean;
  base?: unknown;
  ours?: unknown;
  theirs?: unknown;
}

/** Where a conflict's chosen value goes. */
export interface Slot {
  conflict: string;
  section: Section;
  record?: string;
  field: string | null;
  ours?: unknown;
  theirs?: unknown;
}

export interface Found {
  conflicts: FieldConflict[];
  slots: Slot[];
}

type Rec = Record<string, unknown>;

function conflictId(section: Section, record: string | undefined, field: string | null): string {
  return [section, ...(record === undefined ? [] : [record]), field ?? '*'].join('/');
}

function put(found: Found, c: Omit<FieldConflict, 'id' | 'kind'>): void {
  const id = conflictId(c.section, c.record, c.field);
  const conflict: FieldConflict = { id, kind: 'field', section: c.section, field: c.field, baseKnown: c.baseKnown };
  const slot: Slot = { conflict: id, section: c.section, field: c.field };
  if (c.record !== undefined) conflict.record = slot.record = c.record;
  if (c.base !== undefined) conflict.base = c.base;
  if (c.ours !== undefined) conflict.ours = slot.ours = c.ours;
  if (c.theirs !== undefined) conflict.theirs = slot.theirs = c.theirs;
  found.conflicts.push(conflict);
  found.slots.push(slot);
}

/** The merged fields; a conflicting field holds ours' value until the user decides. */
export function mergeFields(
  base: Rec | undefined,
  ours: Rec,
  theirs: Rec,
  order: readonly string[],
  where: { section: Section; record?: string },
  found: Found,
): Rec {
  const keys = new Set([...Object.keys(ours), ...Object.keys(theirs), ...Object.keys(base ?? {})]);
  const ordered = [...order.filter((k) => keys.has(k)), ...[...keys].filter((k) => !order.includes(k)).sort()];
  const merged: Rec = {};
  for (const key of ordered) {
    const [b, o, t] = [base?.[key], ours[key], theirs[key]];
    let value = o;
    if (sameValue(o, t)) value = o;
    else if (base && sameValue(o, b)) value = t;
    else if (base && sameValue(t, b)) value = o;
    else put(found, { ...where, field: key, baseKnown: base !== undefined, base: b, ours: o, theirs: t });
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** A record one side removed (and the other left as it was): the removal is merged, and remembered. */
export interface Removal<T> {
  id: string;
  by: Side;
  /** As the other side has it. */
  record: T;
}

/**
 * Records by id, in ours' order and then theirs' new ones; `value` absent where the merged file
 * has none. `base` undefined: no ancestor.
 */
export function mergeRecords<T extends { id: string }>(
  base: readonly T[] | undefined,
  ours: readonly T[],
  theirs: readonly T[],
  kind: RecordKind<T>,
  section: Section,
  found: Found,
  removals: Array<Removal<T>>,
): Array<{ id: string; value?: T }> {
  const b = base && byId(base);
  const o = byId(ours);
  const t = byId(theirs);
  const ids = [...o.keys(), ...[...t.keys()].filter((id) => !o.has(id))];
  const normal = (r: T | undefined) => (r === undefined ? undefined : kind.normal(r));
  return ids.map((id) => {
    const [bv, ov, tv] = [normal(b?.get(id)), normal(o.get(id)), normal(t.get(id))];
    const original = { ours: o.get(id), theirs: t.get(id) };
    let value: T | undefined;
    if (sameValue(ov, tv)) value = original.ours;
    else if (b && sameValue(ov, bv)) {
      value = original.theirs;
      if (value === undefined) removals.push({ id, by: 'theirs', record: original.ours! });
    } else if (b && sameValue(tv, bv)) {
      value = original.ours;
      if (value === undefined) removals.push({ id, by: 'ours', record: original.theirs! });
    } else if (ov && tv) {
      value = mergeFields(b ? ((bv ?? {}) as Rec) : undefined, ov as Rec, tv as Rec, kind.fields, { section, record: id }, found) as T;
    } else {
      put(found, { section, record: id, field: null, baseKnown: b !== undefined, base: bv, ours: ov, theirs: tv });
      value = original.ours;
    }
    return value === undefined ? { id } : { id, value };
  });
}
